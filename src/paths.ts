/**
 * Where the program's own files are: the package root holds translations/ and
 * package.json, one level above src/ (tests) or two above dist/src/ (the build).
 */
import fs from 'node:fs';
import {fileURLToPath} from 'node:url';

let root: string | undefined;

/** The package's root folder, with a trailing slash. */
export function packageRoot(): string {
  if (root) return root;
  for (const rel of ['../', '../../']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (fs.existsSync(`${dir}package.json`) && fs.existsSync(`${dir}translations`)) {
      root = dir;
      return dir;
    }
  }
  throw new Error('package root not found beside the program');
}
