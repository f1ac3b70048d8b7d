/**
 * The review report: one self-contained HTML file (inline CSS, no script, nothing
 * fetched; a Content-Security-Policy says so to the browser) that a reviewer can open
 * or print.
 *
 * At the top, a summary table counts the divergences per category and severity, with
 * the fixed and dismissed ones. Then each bead is a row with the source and the
 * translation side by side: every open divergence is a `<mark class="cat-CATEGORY">`
 * over its phrase, coloured by category, with its message as the title; the messages
 * are listed under the row. A corrected paragraph shows the correction as a word diff
 * against the translation as loaded (`<del>` removed, `<ins>` added), the marks laid
 * over the corrected text. Every piece of text is escaped.
 */
import type {TFunction} from 'i18next';
import {wordDiff, type TextChange} from '../core/diff.js';
import {CATEGORIES} from '../core/types.js';
import type {ExportBead, ExportDivergence, ExportInput, WriteOutput} from './model.js';
import {visibleControls} from '../output.js';
import {basename} from './shared.js';
import {formatsTranslate, type FormatsTranslate} from './translate.js';

/** Background colour per category, light enough for black text, distinct side by side. */
export const CATEGORY_COLOURS: Readonly<Record<string, string>> = {
  glued: '#ffd166',
  name: '#9ecbff',
  number: '#b5f0a0',
  omission: '#ff9e9e',
  addition: '#ffb8e6',
  untranslated: '#e9f28c',
  mistranslation: '#cbb5ff',
  terminology: '#8fe3d6',
  punctuation: '#d9d9d9',
  spelling: '#f2c9a0',
};
const OTHER_COLOUR = '#e6e6e6';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  let out = '';
  for (const ch of text) {
    switch (ch) {
      case '&':
        out += '&amp;';
        break;
      case '<':
        out += '&lt;';
        break;
      case '>':
        out += '&gt;';
        break;
      case '"':
        out += '&quot;';
        break;
      case "'":
        out += '&#39;';
        break;
      default:
        out += ch;
    }
  }
  return out;
}

/** A class name safe to write whatever the category is called. */
function categoryClass(category: string): string {
  let out = '';
  for (const ch of category.toLowerCase()) out += (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch === '-' ? ch : '-';
  return `cat-${out}`;
}

/**
 * Text with line breaks as `<br>`, escaped; control characters and bidi overrides
 * shown as visible symbols, since HTML does not allow the former and the latter can
 * disguise what the text says.
 */
function textHtml(text: string): string {
  return escapeHtml(visibleControls(text)).split('\n').join('<br>');
}

/** A highlight over a paragraph's text. */
interface Mark {
  readonly start: number;
  readonly end: number;
  readonly className: string;
  readonly title: string;
}

/**
 * A paragraph's HTML: its text with the marks laid over it and, when `changes` is
 * given, the word diff against the old text (marks are over the new text).
 */
export function paragraphHtml(text: string, marks: readonly Mark[], changes: readonly TextChange[] | null): string {
  // Marks that overlap an earlier one are left out of the text; the list under the
  // pair still shows their messages.
  const sorted = [...marks]
    .map(m => ({...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end)}))
    .filter(m => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  for (const m of sorted) if (kept.length === 0 || m.start >= kept[kept.length - 1]!.end) kept.push(m);

  const pieces: TextChange[] = changes ? [...changes] : text ? [{kind: 'same', text, oldStart: 0, newStart: 0}] : [];
  const cuts = new Set<number>();
  for (const m of kept) cuts.add(m.start).add(m.end);
  type Atom = {kind: 'same' | 'added'; start: number; end: number} | {kind: 'removed'; at: number; text: string};
  const atoms: Atom[] = [];
  for (const p of pieces) {
    if (p.kind === 'removed') {
      atoms.push({kind: 'removed', at: p.newStart, text: p.text});
      continue;
    }
    let s = p.newStart;
    const e = p.newStart + p.text.length;
    const inner = [...cuts].filter(c => c > s && c < e).sort((a, b) => a - b);
    for (const c of [...inner, e]) {
      atoms.push({kind: p.kind, start: s, end: c});
      s = c;
    }
  }

  let html = '';
  let open: Mark | null = null;
  let next = 0;
  const close = () => {
    if (open) html += '</mark>';
    open = null;
  };
  for (const atom of atoms) {
    if (atom.kind === 'removed') {
      const inside = open !== null && atom.at > (open as Mark).start && atom.at < (open as Mark).end;
      if (!inside) close();
      html += `<del>${textHtml(atom.text)}</del>`;
      continue;
    }
    if (open && (open as Mark).end <= atom.start) close();
    while (next < kept.length && kept[next]!.end <= atom.start) next++;
    const m = kept[next];
    if (!open && m && m.start === atom.start) {
      open = m;
      next++;
      html += `<mark class="${escapeHtml(m.className)}" title="${escapeHtml(m.title)}">`;
    }
    const chunk = textHtml(text.slice(atom.start, atom.end));
    html += atom.kind === 'added' ? `<ins>${chunk}</ins>` : chunk;
    if (open && (open as Mark).end === atom.end) close();
  }
  close();
  return html;
}

function markOf(d: ExportDivergence, start: number, end: number): Mark {
  const title = d.suggestion !== undefined ? `${d.message} → ${d.suggestion}` : d.message;
  return {start, end, className: `${categoryClass(d.category)} sev-${d.severity}`, title: `${d.categoryName}: ${title}`};
}

function sideHtml(
  bead: ExportBead,
  side: 'source' | 'target',
  lang: string,
  ft: FormatsTranslate,
): string {
  const indexes = side === 'source' ? bead.sourceParagraphs : bead.targetParagraphs;
  const texts = side === 'source' ? bead.source : bead.target;
  if (indexes.length === 0) return `<p class="none">${escapeHtml(ft('formats:html.no-counterpart'))}</p>`;
  return indexes
    .map((paragraph, k) => {
      const text = texts[k] ?? '';
      const marks: Mark[] = [];
      for (const d of bead.divergences) {
        if (d.resolution !== 'open') continue;
        const loc = side === 'source' ? d.source : d.target;
        if (loc && loc.paragraph === paragraph) marks.push(markOf(d, loc.start, loc.end));
      }
      const old = side === 'target' && bead.original ? bead.original[k] : undefined;
      const changes = old !== undefined && old !== text ? wordDiff(old, text) : null;
      const cls = changes ? ' class="corrected"' : '';
      return `<p${cls} lang="${escapeHtml(lang)}" dir="auto">${paragraphHtml(text, marks, changes)}</p>`;
    })
    .join('');
}

function divergenceItem(d: ExportDivergence, bead: ExportBead, ft: FormatsTranslate): string {
  const phraseOf = (indexes: readonly number[], texts: readonly string[], loc: ExportDivergence['target']) => {
    if (!loc) return '';
    const k = indexes.indexOf(loc.paragraph);
    return k >= 0 ? (texts[k] ?? '').slice(loc.start, loc.end) : '';
  };
  const phrase = phraseOf(bead.targetParagraphs, bead.target, d.target) || phraseOf(bead.sourceParagraphs, bead.source, d.source);
  const cls = `${categoryClass(d.category)} sev-${d.severity}${d.resolution !== 'open' ? ' resolved' : ''}`;
  let html = `<li class="${escapeHtml(cls)}"><span class="badge ${escapeHtml(categoryClass(d.category))}">${escapeHtml(d.categoryName)}</span> `;
  html += `<span class="sev">${escapeHtml(ft(`formats:severity.${d.severity}`))}</span> `;
  if (phrase) html += `<q>${textHtml(phrase)}</q> `;
  html += `<span class="msg">${textHtml(d.message)}</span>`;
  if (d.suggestion !== undefined) html += ` <span class="suggestion">${textHtml(ft('formats:html.suggestion', {suggestion: d.suggestion}))}</span>`;
  if (d.resolution === 'fixed') html += ` <span class="state">(${escapeHtml(ft('formats:html.fixed-item'))})</span>`;
  if (d.resolution === 'dismissed') {
    const said = d.reason ? ft('formats:html.dismissed-reason', {reason: d.reason}) : ft('formats:html.dismissed-item');
    html += ` <span class="state">(${textHtml(said)})</span>`;
  }
  return `${html}</li>`;
}

function summaryHtml(input: ExportInput, ft: FormatsTranslate): string {
  type Row = {name: string; error: number; warning: number; info: number; fixed: number; dismissed: number};
  const rows = new Map<string, Row>();
  for (const bead of input.beads) {
    for (const d of bead.divergences) {
      const row = rows.get(d.category) ?? {name: d.categoryName, error: 0, warning: 0, info: 0, fixed: 0, dismissed: 0};
      if (d.resolution === 'open') row[d.severity]++;
      else row[d.resolution]++;
      rows.set(d.category, row);
    }
  }
  // Divergences fixed by changing their phrase are gone from the text but count as fixed.
  for (const r of input.resolvedElsewhere ?? []) {
    const row = rows.get(r.category) ?? {name: r.categoryName, error: 0, warning: 0, info: 0, fixed: 0, dismissed: 0};
    row[r.resolution]++;
    rows.set(r.category, row);
  }
  if (rows.size === 0) return `<p class="none">${escapeHtml(ft('formats:html.none'))}</p>`;
  const order = [...CATEGORIES.filter(c => rows.has(c)), ...[...rows.keys()].filter(c => !(CATEGORIES as readonly string[]).includes(c))];
  const head = ['category', 'errors', 'warnings', 'infos', 'fixed', 'dismissed', 'total'] as const;
  let html = '<table class="summary"><thead><tr>';
  for (const h of head) html += `<th scope="col">${escapeHtml(ft(`formats:html.${h}`))}</th>`;
  html += '</tr></thead><tbody>';
  const total: Row = {name: ft('formats:html.total'), error: 0, warning: 0, info: 0, fixed: 0, dismissed: 0};
  const cells = (r: Row) =>
    [r.error, r.warning, r.info, r.fixed, r.dismissed, r.error + r.warning + r.info + r.fixed + r.dismissed].map(n => `<td>${n}</td>`).join('');
  for (const c of order) {
    const r = rows.get(c)!;
    html += `<tr><th scope="row"><span class="swatch ${escapeHtml(categoryClass(c))}"></span>${escapeHtml(r.name)}</th>${cells(r)}</tr>`;
    total.error += r.error;
    total.warning += r.warning;
    total.info += r.info;
    total.fixed += r.fixed;
    total.dismissed += r.dismissed;
  }
  html += `</tbody><tfoot><tr><th scope="row">${escapeHtml(total.name)}</th>${cells(total)}</tr></tfoot></table>`;
  return html;
}

function styles(): string {
  const colours = Object.entries(CATEGORY_COLOURS)
    .map(([c, colour]) => `.${categoryClass(c)}{background-color:${colour}}`)
    .join('\n');
  return `
:root{color-scheme:light}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.45;color:#1a1a1a;background:#fff;margin:2em auto;max-width:78em;padding:0 1em}
h1{font-size:1.5em;margin:0 0 .25em}
h2{font-size:1.15em;margin:2em 0 .5em}
.meta,.legend{color:#555;font-size:.9em;margin:.25em 0}
table{border-collapse:collapse;width:100%}
th,td{vertical-align:top;text-align:left;padding:.45em .6em;border-bottom:1px solid #ddd}
table.summary{width:auto}
table.summary td{text-align:right;font-variant-numeric:tabular-nums}
table.summary tfoot th,table.summary tfoot td{font-weight:600;border-top:2px solid #999}
.swatch{display:inline-block;width:.9em;height:.9em;border:1px solid #888;margin-right:.4em;vertical-align:-.1em}
table.pairs{table-layout:fixed}
table.pairs col.n{width:5.5em}
table.pairs thead th{border-bottom:2px solid #999;position:sticky;top:0;background:#fff}
tr.pair th{font-weight:600;color:#444}
tr.pair th small{display:block;font-weight:400;color:#777}
tr.pair td p{margin:0 0 .5em}
tr.pair td p:last-child{margin-bottom:0}
tr.pair.has-notes td,tr.pair.has-notes th{border-bottom:none}
p.none{color:#888;font-style:italic}
p.corrected{border-left:3px solid #2a7ab0;padding-left:.5em}
mark{color:inherit;padding:0 .1em;border-radius:.2em;box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark.sev-error{box-shadow:inset 0 -2px 0 #b00020}
mark.sev-warning{box-shadow:inset 0 -2px 0 #a86400}
del{color:#8a1c1c;background:#fde2e2;text-decoration:line-through}
ins{color:#14532d;background:#dcfce7;text-decoration:underline}
ul.divergences{margin:0;padding-left:1.1em;font-size:.92em}
ul.divergences li{margin:.15em 0;background:none}
ul.divergences li.resolved{color:#777}
.badge{display:inline-block;padding:0 .4em;border-radius:.3em;font-size:.8em;font-weight:600;color:#1a1a1a}
.sev{font-size:.8em;font-weight:600;text-transform:uppercase;letter-spacing:.03em}
li.sev-error .sev{color:#b00020}
li.sev-warning .sev{color:#a86400}
li.sev-info .sev{color:#555}
.suggestion{font-style:italic}
q{font-style:italic}
mark{background-color:${OTHER_COLOUR}}
${colours}
@media print{
  @page{size:A4 landscape;margin:12mm}
  body{margin:0;max-width:none;padding:0;font-size:9.5pt}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  table.pairs thead{display:table-header-group}
  table.pairs thead th{position:static}
  tr{break-inside:avoid;page-break-inside:avoid}
  h2{break-after:avoid;page-break-after:avoid}
  mark{text-decoration:underline;text-decoration-thickness:1px}
  .legend{display:none}
}`;
}

/** Writes the review report as one HTML file. */
export function writeHtml(input: ExportInput, t: TFunction): WriteOutput {
  const ft = formatsTranslate(t);
  const source = basename(input.sourcePath);
  const target = basename(input.targetPath);
  const title = ft('formats:html.title', {source, target});
  const date = new Intl.DateTimeFormat(input.uiLang, {dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC'}).format(input.createdAt);
  const parts: string[] = [];
  parts.push(
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(input.uiLang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="Cotejo ${escapeHtml(input.toolVersion)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${styles()}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(
      ft('formats:html.generated', {source, sourceLang: input.sourceLang, target, targetLang: input.targetLang, version: input.toolVersion, date}),
    )}</p>`,
    '</header>',
    '<section class="summary">',
    `<h2>${escapeHtml(ft('formats:html.summary'))}</h2>`,
    summaryHtml(input, ft),
    '</section>',
    '<section class="pairs">',
    `<h2>${escapeHtml(ft('formats:html.pairs'))}</h2>`,
    `<p class="legend">${escapeHtml(ft('formats:html.legend'))}</p>`,
    '<table class="pairs"><colgroup><col class="n"><col><col></colgroup>',
    `<thead><tr><th scope="col">${escapeHtml(ft('formats:html.number'))}</th><th scope="col">${escapeHtml(
      ft('formats:html.source', {lang: input.sourceLang}),
    )}</th><th scope="col">${escapeHtml(ft('formats:html.target', {lang: input.targetLang}))}</th></tr></thead>`,
    '<tbody>',
  );
  for (const bead of input.beads) {
    const notes = bead.divergences;
    const status = ft(`formats:status.${bead.status}`);
    const confidence = ft('formats:html.confidence', {confidence: bead.confidence.toFixed(2)});
    parts.push(
      `<tr class="pair status-${bead.status}${notes.length ? ' has-notes' : ''}" id="pair-${escapeHtml(bead.id)}">` +
        `<th scope="row">${escapeHtml(bead.id)}<small>${escapeHtml(status)}</small><small>${escapeHtml(confidence)}</small></th>` +
        `<td class="src">${sideHtml(bead, 'source', input.sourceLang, ft)}</td>` +
        `<td class="tgt">${sideHtml(bead, 'target', input.targetLang, ft)}</td></tr>`,
    );
    if (notes.length > 0) {
      parts.push(`<tr class="notes"><td></td><td colspan="2"><ul class="divergences">${notes.map(d => divergenceItem(d, bead, ft)).join('')}</ul></td></tr>`);
    }
  }
  parts.push('</tbody></table>', '</section>', '</body>', '</html>', '');
  return {content: parts.join('\n'), warnings: []};
}
