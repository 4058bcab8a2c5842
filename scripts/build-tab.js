// @ts-check
/**
 * Builds the tab into dist/tab: the content page (index.html) and the channel tab's
 * configuration page (config.html), each with its entry script and module preloads.
 */
const path = require('node:path');
const fs = require('node:fs');
const { bundle, initialFiles, outputOf } = require('./bundle');

const root = path.join(__dirname, '..');
const outdir = path.join(root, 'dist', 'tab');

const PAGES = [
  { html: 'index.html', entry: 'src/tab/main.tsx', name: 'main', title: 'Förvaltningsstöd' },
  { html: 'config.html', entry: 'src/tab/config.tsx', name: 'config', title: 'Förvaltningsstöd – inställningar' },
];

function page(/** @type {{title: string, script: string, preloads: string[]}} */ p) {
  const preload = p.preloads.map((f) => `    <link rel="modulepreload" href="${f}" />`).join('\n');
  return `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${p.title}</title>
${preload}
    <style>html,body{margin:0}body{font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif}</style>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="${p.script}"></script>
  </body>
</html>
`;
}

async function main() {
  const started = Date.now();
  const metafile = await bundle({
    entryPoints: Object.fromEntries(PAGES.map((p) => [p.name, path.join(root, p.entry)])),
    outdir,
  });
  const rel = (/** @type {string} */ f) => './' + path.relative(outdir, path.join(root, f)).split(path.sep).join('/');
  for (const p of PAGES) {
    const entry = outputOf(metafile, p.entry);
    const preloads = initialFiles(metafile, entry).filter((f) => f !== entry).map(rel);
    fs.writeFileSync(path.join(outdir, p.html), page({ title: p.title, script: rel(entry), preloads }));
  }
  fs.writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(metafile));
  console.log(`tab built into ${path.relative(root, outdir)} in ${Date.now() - started} ms`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
