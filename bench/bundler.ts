import path from 'node:path';
import type { Metafile } from 'esbuild';
import { projectRoot } from './support';

/** The build's own bundler (scripts/bundle.js), typed for the benchmarks. */
export interface Bundler {
  bundle(options: { entryPoints: Record<string, string>; outdir: string; minify?: boolean }): Promise<Metafile>;
  initialFiles(metafile: Metafile, entryOutput: string): string[];
  outputOf(metafile: Metafile, entryPoint: string): string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const bundler = (): Bundler => require(path.join(projectRoot(), 'scripts', 'bundle.js')) as Bundler;
