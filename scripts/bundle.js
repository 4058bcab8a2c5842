// @ts-check
/**
 * Bundles browser code with esbuild: ES modules with code splitting (each view is its own
 * chunk), minified, hashed file names. Used by the build (the tab) and by the benchmark (a
 * minimal Fluent UI app bundled the same way, to compare sizes).
 */
const esbuild = require('esbuild');
const path = require('node:path');
const fs = require('node:fs');
const { fluentImports } = require('./fluentImports');

/**
 * @param {{ entryPoints: Record<string, string>, outdir: string, minify?: boolean }} options
 * @returns {Promise<import('esbuild').Metafile>}
 */
async function bundle({ entryPoints, outdir, minify = true }) {
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'edge110', 'firefox110', 'safari16'],
    minify,
    sourcemap: 'linked',
    metafile: true,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'linked',
    logLevel: 'warning',
    tsconfig: path.join(__dirname, '..', 'tsconfig.tab.json'),
    absWorkingDir: path.join(__dirname, '..'),
    plugins: [fluentImports(path.join(__dirname, '..'))],
  });
  return result.metafile;
}

/**
 * The JS a page loads before it can show anything: its entry file and every chunk that file
 * imports statically (esbuild's shared chunks), transitively. Dynamic imports (views) are not
 * included; `extra` adds chunks the page loads right away anyway (the default view).
 * @param {import('esbuild').Metafile} metafile
 * @param {string} entryOutput  output path of the entry, as in metafile.outputs
 * @returns {string[]}
 */
function initialFiles(metafile, entryOutput) {
  const seen = new Set();
  const visit = (/** @type {string} */ file) => {
    if (seen.has(file) || !file.endsWith('.js')) return;
    seen.add(file);
    for (const imp of metafile.outputs[file]?.imports ?? []) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(entryOutput);
  return [...seen];
}

/** @param {import('esbuild').Metafile} metafile @param {string} entryPoint  e.g. src/tab/main.tsx */
function outputOf(metafile, entryPoint) {
  const found = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint === entryPoint);
  if (!found) throw new Error(`no output for ${entryPoint}`);
  return found[0];
}

module.exports = { bundle, initialFiles, outputOf };
