/**
 * Markdown: a heading and a two-column table, source and translation, one row per
 * bead (or per sentence group). In a cell, the characters Markdown gives a meaning to
 * are escaped with a backslash (pipes among them, or they would end the cell) and a
 * line break becomes `<br>`, a paragraph break `<br><br>`, since a table row is one
 * line.
 */
import type {TFunction} from 'i18next';
import type {ExportInput, Segmentation, WriteOutput} from './model.js';
import {visibleControls} from '../output.js';
import {basename} from './shared.js';
import {tableRows} from './table.js';
import {formatsTranslate} from './translate.js';

const SPECIAL = new Set(['\\', '|', '*', '_', '`', '[', ']', '<', '>', '~', '&', '#', '!', '$']);

/**
 * Text as the content of one Markdown table cell. Control characters and bidi
 * overrides are shown as visible symbols, as in the HTML report: Markdown is read by
 * people, often in a terminal, where they would act instead of show.
 */
export function escapeMarkdownCell(text: string): string {
  let out = '';
  for (const ch of visibleControls(text.split('\r\n').join('\n'))) {
    if (SPECIAL.has(ch)) out += `\\${ch}`;
    else if (ch === '\n') out += '<br>';
    else out += ch;
  }
  return out;
}

/** Writes the review as a Markdown table. */
export function writeMarkdown(input: ExportInput, options: {segments: Segmentation}, t: TFunction): WriteOutput {
  const ft = formatsTranslate(t);
  const lines = [
    `# ${escapeMarkdownCell(ft('formats:markdown.title', {source: basename(input.sourcePath), target: basename(input.targetPath)}))}`,
    '',
    `| ${escapeMarkdownCell(ft('formats:markdown.source', {lang: input.sourceLang}))} | ${escapeMarkdownCell(ft('formats:markdown.target', {lang: input.targetLang}))} |`,
    '| --- | --- |',
  ];
  for (const row of tableRows(input, options.segments)) {
    lines.push(`| ${escapeMarkdownCell(row.source)} | ${escapeMarkdownCell(row.target)} |`);
  }
  return {content: lines.join('\n') + '\n', warnings: []};
}
