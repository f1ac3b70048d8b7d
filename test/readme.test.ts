import fs from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {createI18n} from '../src/i18n.js';
import {keyTableMarkdown} from '../src/ui/keys/describe.js';
import {uiTranslate} from '../src/ui/translate.js';
import {ROOT} from './support/cli.js';

test('README lists the keys exactly as the help screen does (node scripts/readme-keys.mjs updates it)', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const between = readme.slice(readme.indexOf('<!-- keys:start -->') + '<!-- keys:start -->'.length, readme.indexOf('<!-- keys:end -->'));
  expect(between.trim()).toBe(keyTableMarkdown(uiTranslate(createI18n('en'))).trim());
});

test('README gives the two quick-start commands', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  expect(readme).toContain('npm install && npm start');
  expect(readme).toContain('npm test');
});
