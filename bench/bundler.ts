import path from 'node:path';
import type { Metafile } from 'esbuild';
import { projectRoot } from './support';

/** The build's own scripts, typed for the benchmarks: the bundler (scripts/bundle.js) and the Chromium launch. */
export interface Bundler {
  bundle(options: { entryPoints: Record<string, string>; outdir: string; minify?: boolean }): Promise<Metafile>;
  initialFiles(metafile: Metafile, entryOutput: string): string[];
  outputOf(metafile: Metafile, entryPoint: string): string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const bundler = (): Bundler => require(path.join(projectRoot(), 'scripts', 'bundle.js')) as Bundler;

/** Where Debian's Chromium is and how it is started (scripts/chromium.js, shared with the tests). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const chromiumLaunch = (): { CHROMIUM_PATH: string; CHROMIUM_ARGS: string[] } => require(path.join(projectRoot(), 'scripts', 'chromium.js'));
