/**
 * Validation of written files by the official schemas, with xmllint (libxml2) as an
 * independent judge, and the XLIFF 2.1 rules that the XSD leaves out.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

/** The repository's root. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The schemas, beside the clone as CI has them. */
export const TMX_DTD = path.resolve(ROOT, '../shared/schemas/tmx-1.4/tmx14.dtd');
/** The XLIFF 2 core schema (imports the xml.xsd next to it). */
export const XLIFF_XSD = path.resolve(ROOT, '../shared/schemas/xliff-2/xliff_core_2.0.xsd');

/** The OASIS XLIFF 1.2 strict schema (imports the xml.xsd beside it). */
export const XLIFF12_XSD = path.resolve(ROOT, '../shared/schemas/xliff-1.2/xliff-core-1.2-strict.xsd');

/** The XLIFF 2 Metadata module's schema. */
export const MDA_XSD = path.resolve(ROOT, '../shared/schemas/xliff-2/metadata.xsd');

/**
 * A schema that imports the core and the Metadata module, so that the `mda:`
 * elements, which the core alone accepts without looking (lax), are checked too.
 */
function coreWithMetadata(): string {
  const file = path.join(scratch(), 'xliff-core-and-metadata.xsd');
  if (!fs.existsSync(file)) {
    fs.writeFileSync(
      file,
      `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="urn:oasis:names:tc:xliff:document:2.0" schemaLocation="${pathToFileURL(XLIFF_XSD).href}"/>
  <xs:import namespace="urn:oasis:names:tc:xliff:metadata:2.0" schemaLocation="${pathToFileURL(MDA_XSD).href}"/>
</xs:schema>
`,
    );
  }
  return file;
}

/** Why xmllint cannot be used, or null when it can. */
export function xmllintMissing(): string | null {
  const r = spawnSync('xmllint', ['--version'], {encoding: 'utf8'});
  if (r.error) return `xmllint is not installed (${r.error.message}); install libxml2-utils`;
  if (!fs.existsSync(TMX_DTD) || !fs.existsSync(XLIFF_XSD) || !fs.existsSync(XLIFF12_XSD)) return `the schemas are not at ${path.dirname(path.dirname(TMX_DTD))}`;
  return null;
}

let dir: string | undefined;
function scratch(): string {
  // One folder per test run, left for the system to clean like any temporary file.
  return (dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-xmllint-')));
}

/**
 * xmllint's verdict on a file's text: whether it is valid, and its complaints (none
 * when valid). `xliff` is the XLIFF 2 core schema as published; `xliff+mda` adds the
 * Metadata module; `xliff12` is the XLIFF 1.2 strict schema.
 */
export function xmllint(text: string, kind: 'tmx' | 'xliff' | 'xliff+mda' | 'xliff12'): {ok: boolean; output: string} {
  const file = path.join(scratch(), `file-${Math.random().toString(36).slice(2)}.${kind === 'tmx' ? 'tmx' : 'xlf'}`);
  fs.writeFileSync(file, text);
  const args =
    kind === 'tmx'
      ? ['--noout', '--nonet', '--dtdvalid', TMX_DTD, file]
      : ['--noout', '--nonet', '--schema', kind === 'xliff' ? XLIFF_XSD : kind === 'xliff12' ? XLIFF12_XSD : coreWithMetadata(), file];
  const r = spawnSync('xmllint', args, {encoding: 'utf8'});
  // With --schema, xmllint reports success as "FILE validates"; only complaints are kept.
  const output = `${r.stdout}${r.stderr}`
    .split('\n')
    .filter(line => line !== '' && line !== `${file} validates`)
    .join('\n');
  return {ok: r.status === 0, output};
}
