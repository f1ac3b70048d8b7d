// A program that opens a pair through the store and then, as told: waits until it is
// killed ("wait"), exits without closing anything ("exit"), or dies of an uncaught
// error ("throw"). It prints "ready" once the session is open, or "error CODE PARAMS".
//
// Usage: node lock-child.mjs BUNDLE SOURCE TARGET wait|exit|throw
import fs from 'node:fs';

const [bundle, sourcePath, targetPath, mode] = process.argv.slice(2);
const {documentFromText, openSession} = await import(bundle);

function load(path, lang) {
  const r = documentFromText(fs.readFileSync(path, 'utf8'), {path, lang});
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

const source = load(sourcePath, 'es');
const target = load(targetPath, 'en');
const oneToOne = () => source.paragraphs.map((_, i) => ({source: [i], target: [i], confidence: 0.5}));
const opened = await openSession({source, target, align: oneToOne, realign: oneToOne});
if (!opened.ok) {
  console.log(`error ${opened.error.code} ${JSON.stringify(opened.error.params)}`);
  process.exit(2);
}
for (const n of opened.value.notices) console.log(`notice ${n.code} ${JSON.stringify(n.params)}`);
console.log('ready');
if (mode === 'exit') process.exit(0);
if (mode === 'throw') setTimeout(() => {
  throw new Error('a bug');
}, 10);
if (mode === 'wait') setInterval(() => {}, 1000);
