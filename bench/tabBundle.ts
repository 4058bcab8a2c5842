import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { defineBenchmark, projectRoot, round } from './support';
import { bundler } from './bundler';

/**
 * The tab's initial JavaScript, gzipped, against a minimal Fluent UI v9 app (FluentProvider +
 * Button + DataGrid + Dialog) bundled the same way in the same run. "Initial" is what the
 * browser loads before the first view is usable: the entry, the chunks it imports statically
 * and the first view's chunk (the activity log), which the shell loads at once.
 */

function gzippedSize(root: string, files: string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(root, f)), { level: 9 }).length, 0);
}

function chunkOf(metafile: Metafile, sourceSuffix: string): string {
  const found = Object.entries(metafile.outputs).find(([file, o]) => file.endsWith('.js') && o.entryPoint?.endsWith(sourceSuffix));
  if (!found) throw new Error(`no chunk for ${sourceSuffix}`);
  return found[0];
}

export const tabBundle = defineBenchmark({
  name: 'Tab bundle: initial JS (gzip) vs a minimal Fluent v9 app bundled the same way',
  goal: { text: 'tab initial JS / minimal Fluent app ≤ 1.2×', met: (f) => Number(f.ratio) <= 1.2 },
  async run() {
    const { bundle, initialFiles, outputOf } = bundler();
    const root = projectRoot();
    const out = mkdtempSync(path.join(tmpdir(), 'fs-bench-bundle-'));
    try {
      const tabMeta = await bundle({ entryPoints: { main: path.join(root, 'src/tab/main.tsx') }, outdir: path.join(out, 'tab') });
      const tabEntry = outputOf(tabMeta, 'src/tab/main.tsx');
      const firstView = chunkOf(tabMeta, 'src/tab/views/ActivityLogView.tsx');
      const tabFiles = [...new Set([...initialFiles(tabMeta, tabEntry), ...initialFiles(tabMeta, firstView)])];

      const minimalMeta = await bundle({
        entryPoints: { minimal: path.join(root, 'bench/fixtures/minimalFluentApp.tsx') },
        outdir: path.join(out, 'minimal'),
      });
      const minimalFiles = initialFiles(minimalMeta, outputOf(minimalMeta, 'bench/fixtures/minimalFluentApp.tsx'));

      const tab = gzippedSize(root, tabFiles);
      const minimal = gzippedSize(root, minimalFiles);
      const raw = (files: string[]) => files.reduce((s, f) => s + readFileSync(path.join(root, f)).length, 0);
      return {
        tabInitialFiles: tabFiles.length,
        tabInitialGzipKB: round(tab / 1024, 1),
        tabInitialRawKB: round(raw(tabFiles) / 1024, 1),
        minimalGzipKB: round(minimal / 1024, 1),
        minimalRawKB: round(raw(minimalFiles) / 1024, 1),
        ratio: round(tab / minimal, 3),
      };
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  },
});
