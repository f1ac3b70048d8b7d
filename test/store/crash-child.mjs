// A program that works on a session until it is killed: it opens the pair through
// the store (resuming what an earlier, killed run saved), then applies actions in a
// loop and prints "saved N" each time the store reports that the first N actions
// are on disk. Action i sets target paragraph (i * 7919) % P to "Edit i of ¶p." and
// dismisses the divergence key "n-i", so the file on disk tells how many actions
// it holds and what each paragraph must say.
//
// Usage: node crash-child.mjs BUNDLE SOURCE TARGET   (BUNDLE: made by child-bundle.ts)
import fs from 'node:fs';

const [bundle, sourcePath, targetPath] = process.argv.slice(2);
const {documentFromText, reduce, openSession} = await import(bundle);

function load(path, lang) {
  const r = documentFromText(fs.readFileSync(path, 'utf8'), {path, lang});
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

const source = load(sourcePath, 'es');
const target = load(targetPath, 'en');
const oneToOne = (s, t) =>
  Array.from({length: Math.max(s.paragraphs.length, t.paragraphs.length)}, (_, i) => ({
    source: i < s.paragraphs.length ? [i] : [],
    target: i < t.paragraphs.length ? [i] : [],
    confidence: 0.5,
  }));
const opened = await openSession({
  source,
  target,
  align: () => oneToOne(source, target),
  realign: oneToOne,
  timing: {debounceMs: 1, minIntervalMs: 5, firstRetryMs: 50, maxRetryMs: 200},
});
if (!opened.ok) {
  console.log(`error ${opened.error.code} ${JSON.stringify(opened.error.params)}`);
  process.exit(3);
}
const {store, notices} = opened.value;
let state = opened.value.state;
for (const n of notices) console.log(`notice ${n.code}`);

// How many actions the resumed state holds: keys n-0 … n-(M-1), none missing.
let done = 0;
while (state.resolutions[`n-${done}`]) done++;
if (Object.keys(state.resolutions).length !== done) {
  console.log('error resolutions-not-contiguous');
  process.exit(4);
}
const start = done;
const paragraphs = target.paragraphs.length;
let acknowledged = -1;
store.subscribe(() => {
  const n = start + store.savedUpTo;
  if (n > acknowledged) {
    acknowledged = n;
    console.log(`saved ${n}`);
  }
});
console.log(`ready ${start}`);

function step() {
  // A few actions per turn of the event loop, as a fast typist would make.
  for (let k = 0; k < 3; k++) {
    const i = done;
    const p = (i * 7919) % paragraphs;
    state = reduce(state, {type: 'edit-target', paragraph: p, text: `Edit ${i} of ¶${p}.`});
    state = reduce(state, {type: 'dismiss', key: `n-${i}`});
    done++;
    store.update(state);
  }
  setTimeout(step, 1);
}
step();
