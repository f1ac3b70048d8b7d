/**
 * `cotejo check SOURCE TARGET`: the report of the pair, as text for people or as the
 * JSON that other tools and the scorer read. Exit 1 when an error-severity divergence
 * is open, 0 otherwise.
 */
import type {TFunction} from 'i18next';
import {openOptionsOf, thresholdOf, type CommandRun} from '../command.js';
import {isHint, HINT_BELOW} from '../core/checks/confidence.js';
import {linkReport} from '../core/checks/links.js';
import {compareAll} from '../core/compare.js';
import {inputError} from '../core/result.js';
import {reportSide, type Report, type ReportResolution, type ReportSide} from '../core/report.js';
import type {CheckContext} from '../core/checks/context.js';
import type {Alignment, Bead, Divergence, Document} from '../core/types.js';
import {categoryName, describeInputError, divergenceMessage, oneLine, printError, renderMessage, shortened, visibleControls} from '../output.js';
import {CheckPool, compareAllParallel, defaultJobs, PARALLEL_MIN_BEADS, PARALLEL_MIN_PARAGRAPHS} from '../parallel-compare.js';
import {alignParagraphsParallel, PARALLEL_ALIGN_MIN_UNITS} from '../parallel-align.js';
import {openWorkspace, type Workspace} from '../workspace.js';
import {writePrettyJson, writePrettyJsonPart} from '../json-stream.js';

const FORMATS = ['text', 'json'] as const;

/**
 * The report of a workspace: its current texts, alignment and open divergences, the
 * ones under the confidence threshold set apart as hints.
 */
export function buildReport(workspace: Workspace, threshold: number = HINT_BELOW, withLinks = false, checked?: readonly Divergence[]): Report {
  const {state, ctx} = workspace;
  const all = checked ?? compareAll(state.source, state.target, state.beads, ctx);
  const open = all.filter(d => (state.resolutions[d.key]?.state ?? 'open') === 'open');
  const alignment = alignmentOf(state.beads);
  const divergences = open.filter(d => !isHint(d, threshold));
  const hints = open.filter(d => isHint(d, threshold));
  const resolutions: ReportResolution[] = [];
  for (const key of Object.keys(state.resolutions).sort()) {
    const r = state.resolutions[key]!;
    if (r.state === 'fixed') resolutions.push({key, state: r.state});
    else if (r.state === 'dismissed') resolutions.push(r.reason ? {key, state: r.state, reason: r.reason} : {key, state: r.state});
  }
  const report: Report = {version: 1, source: reportSide(state.source), target: reportSide(state.target), alignment, divergences, hints, resolutions};
  if (!withLinks) return report;
  const links = alignment.map(bead => linkReport({bead, source: state.source.paragraphs, target: state.target.paragraphs}, ctx));
  return {...report, links};
}

/** The report's alignment: each bead's paragraphs and confidence. */
function alignmentOf(beads: Alignment): Alignment {
  return beads.map(b => ({source: b.source, target: b.target, confidence: b.confidence}));
}

/** The report as JSON, each divergence with its message in the interface language. */
export function reportJson(report: Report, t: TFunction): string {
  return JSON.stringify(reportJsonValue(report, t), null, 2);
}

/** What `reportJson` writes, as a value: its members in the report's order. */
function reportJsonValue(report: Report, t: TFunction): object {
  return {...reportJsonHead(report), ...reportJsonTail(report, t)};
}

/** The JSON report's first members: the version, both documents and the alignment, which need no checks. */
function reportJsonHead(report: Pick<Report, 'version' | 'source' | 'target' | 'alignment'>): object {
  // The JSON report's sides keep their fields: how a language was guessed is said in the text report.
  const side = ({langGuessed: _guessed, ...rest}: ReportSide): object => rest;
  return {version: report.version, source: side(report.source), target: side(report.target), alignment: report.alignment};
}

/** The JSON report's other members, from the divergences on. */
function reportJsonTail(report: Report, t: TFunction): object {
  const json = (d: Divergence): object => ({
    category: d.category,
    severity: d.severity,
    message: divergenceMessage(t, d),
    ...(d.suggestion !== undefined ? {suggestion: d.suggestion} : {}),
    target: d.target,
    source: d.source,
    key: d.key,
    code: d.code,
    params: d.params,
    confidence: d.confidence,
  });
  const {version: _v, source: _s, target: _t, alignment: _a, ...rest} = report;
  return {...rest, divergences: report.divergences.map(json), hints: report.hints.map(json)};
}


function phrase(text: string | undefined, d: {start: number; end: number} | null): string {
  if (!d || text === undefined) return '';
  return text.slice(d.start, d.end);
}

/** A side's language for the header, saying when it was guessed and from what. */
function languageNote(side: ReportSide, t: TFunction): string {
  const lang = shortened(oneLine(side.lang));
  if (side.langGuessed === 'name') return t('report.lang-from-name', {lang});
  if (side.langGuessed === 'text') return t('report.lang-from-text', {lang});
  return lang;
}

/** The report as text for people: every aligned pair, then its divergences. */
export function reportText(report: Report, t: TFunction): string {
  const lines: string[] = [];
  const errors = report.divergences.filter(d => d.severity === 'error').length;
  lines.push(
    t('report.header', {
      // Names and codes come from the input: one line, no escape sequences, not too long.
      source: shortened(oneLine(report.source.path)),
      sourceLang: languageNote(report.source, t),
      target: shortened(oneLine(report.target.path)),
      targetLang: languageNote(report.target, t),
      pairs: report.alignment.length,
      count: report.divergences.length,
      errors,
    }),
  );
  const byBead = new Map<number, Divergence[]>();
  const beadOfTarget = new Map<number, number>();
  const beadOfSource = new Map<number, number>();
  report.alignment.forEach((b, i) => {
    b.target.forEach(p => beadOfTarget.set(p, i));
    b.source.forEach(p => beadOfSource.set(p, i));
  });
  const hints = new Set(report.hints);
  for (const d of [...report.divergences, ...report.hints]) {
    const bead = d.target ? beadOfTarget.get(d.target.paragraph) : d.source ? beadOfSource.get(d.source.paragraph) : undefined;
    if (bead === undefined) continue;
    byBead.set(bead, [...(byBead.get(bead) ?? []), d]);
  }
  report.alignment.forEach((bead, i) => {
    const label = (ps: readonly number[]) => (ps.length ? ps.map(p => p + 1).join('+') : '–');
    lines.push('');
    lines.push(
      t('report.pair', {
        n: i + 1,
        total: report.alignment.length,
        source: label(bead.source),
        target: label(bead.target),
        confidence: bead.confidence.toFixed(2),
      }),
    );
    const side = (lang: string, texts: readonly string[], ps: readonly number[]) => {
      if (!ps.length) lines.push(`  ${lang}: ${t('report.no-counterpart')}`);
      for (const p of ps) lines.push(`  ${lang}: ${visibleControls(texts[p] ?? '')}`);
    };
    side(report.source.lang, report.source.paragraphs, bead.source);
    side(report.target.lang, report.target.paragraphs, bead.target);
    for (const d of byBead.get(i) ?? []) {
      const tgt = phrase(d.target ? report.target.paragraphs[d.target.paragraph] : undefined, d.target);
      const src = phrase(d.source ? report.source.paragraphs[d.source.paragraph] : undefined, d.source);
      const quoted = tgt ? t('report.quoted', {phrase: tgt}) : t('report.missing', {source: src});
      const hint = hints.has(d);
      const mark = hint ? '·' : d.severity === 'error' ? '✖' : d.severity === 'warning' ? '▲' : '•';
      const parts = {category: categoryName(t, d.category), phrase: quoted, message: divergenceMessage(t, d)};
      const said = src && tgt ? t('report.divergence-from', {...parts, source: t('report.quoted', {phrase: src})}) : t('report.divergence', parts);
      let line = `  ${mark} ${said}`;
      if (d.suggestion !== undefined) line += ` ${t('report.suggestion', {suggestion: d.suggestion})}`;
      if (hint) line += ` ${t('report.hint', {confidence: d.confidence.toFixed(2)})}`;
      lines.push(visibleControls(line));
    }
  });
  return lines.join('\n');
}

/** The most threads `--jobs` takes. */
const MAX_JOBS = 64;

/** The thread count `--jobs N` names (absent: chosen by the pair's length), or the text that is not one. */
function jobsOf(raw: unknown): {ok: true; value: number | undefined} | {ok: false; value: string} {
  if (raw === undefined) return {ok: true, value: undefined};
  const n = typeof raw === 'string' && /^\s*\d{1,3}\s*$/.test(raw) ? Number(raw) : NaN;
  return n >= 1 && n <= MAX_JOBS ? {ok: true, value: n} : {ok: false, value: shortened(oneLine(String(raw)))};
}

/** Runs `check` and returns the exit code. */
export async function runCheck(run: CommandRun): Promise<number> {
  const format = run.options['format'] ?? 'text';
  if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) {
    printError(describeInputError(run.t, inputError('bad-format', {format: String(format), formats: FORMATS.join(', '), command: 'check'})));
    return 2;
  }
  const threshold = thresholdOf(run);
  if (!threshold.ok) {
    printError(describeInputError(run.t, inputError('bad-confidence', {value: threshold.value})));
    return 2;
  }
  const jobs = jobsOf(run.options['jobs']);
  if (!jobs.ok) {
    printError(describeInputError(run.t, inputError('bad-jobs', {value: jobs.value})));
    return 2;
  }
  const threadsFor = (long: boolean): number => jobs.value ?? defaultJobs(long);
  // For long documents the workers start while the pair is aligned; not for a pair
  // long enough to be aligned on several threads itself: the threads would only wait
  // for each other, and the memory of both would add up.
  const started: {pool: CheckPool | null} = {pool: null};
  // For a pair long enough to be aligned in pieces the main thread only hands the work
  // out, aligned afresh or resumed: the memory that aligning and checking churn through
  // stays in the threads, which give it back when they end or collect it within their
  // heap's bound (parallel-compare's workerHeapMb).
  let huge = false;
  const onLoaded = (source: Document, target: Document, ctx: CheckContext): void => {
    const ns = source.paragraphs.length;
    const nt = target.paragraphs.length;
    huge = ns + nt >= PARALLEL_ALIGN_MIN_UNITS;
    if (huge) return;
    const threads = threadsFor(Math.min(ns, nt) >= PARALLEL_MIN_PARAGRAPHS);
    if (threads > 1) started.pool = CheckPool.start(source, target, ctx, threads);
  };
  // A long pair is aligned in pieces on as many threads, and then checked on as many.
  const alignWith = (source: Document, target: Document): Promise<Bead[]> =>
    alignParagraphsParallel(source, target, threadsFor(huge), {mainThreadAligns: !huge});
  const workspace = await openWorkspace(openOptionsOf(run, {readOnly: true, onLoaded, alignWith}));
  if (!workspace.ok) {
    started.pool?.close();
    printError(describeInputError(run.t, workspace.error));
    return 2;
  }
  // How the file was read (languages that look reversed) goes to standard error.
  for (const n of workspace.value.notices) if (n.code.startsWith('formats.')) printError(`cotejo: ${renderMessage(run.t, n.code, n.params, 'formats')}`);
  const {state, ctx} = workspace.value;
  const threads = threadsFor(state.beads.length >= PARALLEL_MIN_BEADS);
  const checking = threads > 1 ? compareAllParallel(state.source, state.target, state.beads, ctx, threads, {pool: started.pool, mainThreadChecks: !huge}) : undefined;
  if (threads <= 1) started.pool?.close();
  const write = (piece: string): void => void process.stdout.write(piece);
  // While the threads of a long pair load what they need, the main thread is free: the
  // report's documents and alignment are written then, and the rest once checked.
  const headFirst = format === 'json' && huge && checking !== undefined;
  if (headFirst) writePrettyJsonPart(reportJsonHead({version: 1, source: reportSide(state.source), target: reportSide(state.target), alignment: alignmentOf(state.beads)}), 'head', write);
  const report = buildReport(workspace.value, threshold.value, run.options['links'] === true, await checking);
  if (format === 'json') {
    // In pieces: the report of a long pair holds both documents whole.
    if (headFirst) writePrettyJsonPart(reportJsonTail(report, run.t), 'tail', write);
    else writePrettyJson(reportJsonValue(report, run.t), write);
    process.stdout.write('\n');
  } else process.stdout.write(`${reportText(report, run.t)}\n`);
  return report.divergences.some(d => d.severity === 'error') ? 1 : 0;
}
