/**
 * Every word the screen shows comes from translations/: no component holds a
 * user-visible literal, no layout module puts one into a row of text, and every
 * interface key exists in English and Spanish.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, test} from 'vitest';
import {createI18n, loadResources, UI_LANGUAGES} from '../../src/i18n.js';
import {COMMANDS, SCOPES} from '../../src/ui/keys/key-table.js';
import {ROOT} from './support/harness.js';

const LETTER = /\p{L}/u;

/** JSX attributes whose string values are settings, not words for people. */
const SETTING_ATTRIBUTES = new Set(['flexDirection', 'wrap', 'color', 'backgroundColor', 'borderStyle', 'justifyContent', 'alignItems', 'key']);

/** Words for people written into the code of a component or a layout module. */
function literalWords(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const isWords = (node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression =>
    (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && LETTER.test(node.getText(file));
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxExpression(node) && node.expression && isWords(node.expression)) {
      const attribute = ts.isJsxAttribute(node.parent) ? node.parent.name.getText(file) : null;
      if (attribute === null || !SETTING_ATTRIBUTES.has(attribute)) found.push(node.expression.getText(file));
    }
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer) && LETTER.test(node.initializer.text)) {
      if (!SETTING_ATTRIBUTES.has(node.name.getText(file))) found.push(node.initializer.text);
    }
    // A segment of a row: {text: 'words', style}. Words go through t(), only symbols and spaces may be literal.
    if (ts.isPropertyAssignment(node) && node.name.getText(file) === 'text') {
      const walk = (n: ts.Node): void => {
        if (isWords(n)) found.push(n.getText(file));
        else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken) {
          walk(n.left);
          walk(n.right);
        } else if (ts.isConditionalExpression(n)) {
          walk(n.whenTrue);
          walk(n.whenFalse);
        } else if (ts.isParenthesizedExpression(n)) walk(n.expression);
      };
      walk(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap(e => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe('words on screen', () => {
  test('the scanner finds words in JSX text, JSX expressions, attributes and row segments', () => {
    const sample = [
      `const a = <Text>Hello</Text>;`,
      `const b = <Text>{'Saved'}</Text>;`,
      `const c = <Box title="Help" flexDirection="column" />;`,
      `const d = {text: 'pair ' + n, style: {}};`,
      `const e = {text: ok ? '✓' : 'failed', style: {}};`,
      `const f = <Text color="green">{t('ui:list.none')}</Text>;`,
      `const g = {text: ' │ ', style: {}};`,
    ].join('\n');
    expect(literalWords('sample.tsx', sample)).toEqual(['Hello', "'Saved'", 'Help', "'pair '", "'failed'"]);
  });

  test('components and layout modules hold no word for people', () => {
    const files = [...filesUnder(path.join(ROOT, 'src/ui/components')), ...filesUnder(path.join(ROOT, 'src/ui/layout')), path.join(ROOT, 'src/ui/app.tsx')];
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.flatMap(f => literalWords(f, fs.readFileSync(f, 'utf8')).map(w => `${path.relative(ROOT, f)}: ${w}`));
    expect(offenders).toEqual([]);
  });

  test('every command, scope and interface key has words in every language', () => {
    const resources = loadResources();
    for (const lang of UI_LANGUAGES) {
      const i18n = createI18n(lang);
      const ui = (resources[lang] as Record<string, unknown>)['ui'] as {keys: Record<string, string>; help: {scope: Record<string, string>}};
      for (const c of COMMANDS) expect(ui.keys[c], `${lang}: ui:keys.${c}`).toBeTruthy();
      for (const s of SCOPES) expect(ui.help.scope[s], `${lang}: ui:help.scope.${s}`).toBeTruthy();
      expect(i18n.t('ui:status.position', {current: 2, total: 9})).toBe({en: 'pair 2 of 9', es: 'par 2 de 9', fr: 'paire 2 sur 9', pt: 'par 2 de 9'}[lang]);
    }
  });
});
