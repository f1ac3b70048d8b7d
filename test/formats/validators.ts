/**
 * Validation of written files by the official schemas, with xmllint (libxml2) as an
 * independent judge, and the XLIFF 2.1 rules that the XSD leaves out.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository's root. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The schemas, beside the clone as CI has them. */
export const TMX_DTD = path.resolve(ROOT, '../shared/schemas/tmx-1.4/tmx14.dtd');
/** The XLIFF 2 core schema (imports the xml.xsd next to it). */
export const XLIFF_XSD = path.resolve(ROOT, '../shared/schemas/xliff-2/xliff_core_2.0.xsd');

/** Why xmllint cannot be used, or null when it can. */
export function xmllintMissing(): string | null {
  const r = spawnSync('xmllint', ['--version'], {encoding: 'utf8'});
  if (r.error) return `xmllint is not installed (${r.error.message}); install libxml2-utils`;
  if (!fs.existsSync(TMX_DTD) || !fs.existsSync(XLIFF_XSD)) return `the schemas are not at ${path.dirname(path.dirname(TMX_DTD))}`;
  return null;
}

let dir: string | undefined;
function scratch(): string {
  return (dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-xmllint-')));
}

/** xmllint's verdict on a file's text: ok, or its complaints. */
export function xmllint(text: string, kind: 'tmx' | 'xliff'): {ok: boolean; output: string} {
  const file = path.join(scratch(), `file-${Math.random().toString(36).slice(2)}.${kind === 'tmx' ? 'tmx' : 'xlf'}`);
  fs.writeFileSync(file, text);
  const args = kind === 'tmx' ? ['--noout', '--nonet', '--dtdvalid', TMX_DTD, file] : ['--noout', '--nonet', '--schema', XLIFF_XSD, file];
  const r = spawnSync('xmllint', args, {encoding: 'utf8'});
  return {ok: r.status === 0, output: `${r.stdout}${r.stderr}`};
}
