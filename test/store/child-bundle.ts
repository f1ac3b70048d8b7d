/**
 * The program's modules as one JavaScript file for the child processes of the
 * store's tests (a crash needs a real process to kill, and it is killed some two
 * hundred times, so its start-up counts: one bundled file loads in a fraction of the
 * time that hundreds of separate modules take). Built with Vite, which the project
 * already uses for its tests, into test-output/ beside a copy of package.json and a
 * link to translations/, so the modules find the version and the messages as they
 * do in the real build.
 */
import fs from 'node:fs';
import path from 'node:path';
import {build} from 'vite';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Bundles test/store/child-entry.ts; returns the bundle's path. */
export async function bundleForChild(): Promise<string> {
  const out = path.join(ROOT, 'test-output', `child-bundle-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  fs.rmSync(out, {recursive: true, force: true});
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      ssr: path.join(import.meta.dirname, 'child-entry.ts'),
      outDir: path.join(out, 'src'),
      emptyOutDir: true,
      minify: false,
      rollupOptions: {output: {format: 'es', entryFileNames: 'child.mjs'}},
    },
    // Everything in the one file, node: built-ins aside.
    ssr: {noExternal: true},
  });
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(out, 'package.json'));
  fs.symlinkSync(path.join(ROOT, 'translations'), path.join(out, 'translations'));
  return path.join(out, 'src', 'child.mjs');
}

/** Removes a bundle made by bundleForChild. */
export function removeChildBundle(bundle: string): void {
  fs.rmSync(path.dirname(path.dirname(bundle)), {recursive: true, force: true});
}
