#!/usr/bin/env node
// Writes the reviewer's key tables into README.md between the keys markers, from the
// same key table the help screen shows (run after npm run build). A test fails when
// README and the key table disagree.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const {keyTableMarkdown} = await import(path.join(root, 'dist/src/ui/keys/describe.js'));
const {createI18n} = await import(path.join(root, 'dist/src/i18n.js'));
const {uiTranslate} = await import(path.join(root, 'dist/src/ui/translate.js'));
const readme = path.join(root, 'README.md');
const text = fs.readFileSync(readme, 'utf8');
const start = '<!-- keys:start -->';
const end = '<!-- keys:end -->';
const a = text.indexOf(start);
const b = text.indexOf(end);
if (a < 0 || b < a) {
  console.error('readme-keys: README.md has no keys markers');
  process.exit(2);
}
const table = keyTableMarkdown(uiTranslate(createI18n('en'))).trim();
fs.writeFileSync(readme, `${text.slice(0, a + start.length)}\n${table}\n${text.slice(b)}`);
console.log('readme-keys: README.md key tables updated');
