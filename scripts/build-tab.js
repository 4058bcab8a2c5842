// @ts-check
/**
 * Builds the tab into dist/tab: the content page (index.html), the channel tab's configuration
 * page (config.html) and the page Entra's consent step returns to (consent-done.html), each with
 * its entry script and module preloads.
 */
const path = require('node:path');
const fs = require('node:fs');
const { bundle, initialFiles, outputOf } = require('./bundle');

const root = path.join(__dirname, '..');
const outdir = path.join(root, 'dist', 'tab');

/** @type {{ html: string, entry: string, name: string, title: string, firstView?: string }[]} */
const PAGES = [
  // The first view (the activity log) is preloaded too: it is what the tab shows unless told otherwise.
  { html: 'index.html', entry: 'src/tab/main.tsx', name: 'main', title: 'Förvaltningsstöd', firstView: 'src/tab/views/ActivityLogView.tsx' },
  { html: 'config.html', entry: 'src/tab/config.tsx', name: 'config', title: 'Förvaltningsstöd – inställningar' },
  // The people pickers' consent step (host.ts askConsent) ends here, in the Teams pop-up.
  { html: 'consent-done.html', entry: 'src/tab/consentDone.ts', name: 'consent-done', title: 'Förvaltningsstöd – behörighet' },
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
  // Build beside the served folder and swap it in at the end, so a running server (or a test
  // run) never sees a half-written tab.
  const staging = `${outdir}.staging`;
  const metafile = await bundle({
    entryPoints: Object.fromEntries(PAGES.map((p) => [p.name, path.join(root, p.entry)])),
    outdir: staging,
  });
  const rel = (/** @type {string} */ f) => './' + path.relative(staging, path.join(root, f)).split(path.sep).join('/');
  for (const p of PAGES) {
    const entry = outputOf(metafile, p.entry);
    const view = p.firstView && Object.entries(metafile.outputs).find(([f, o]) => f.endsWith('.js') && o.entryPoint === p.firstView)?.[0];
    const files = new Set([...initialFiles(metafile, entry), ...(view ? initialFiles(metafile, view) : [])]);
    const preloads = [...files].filter((f) => f !== entry).map(rel);
    fs.writeFileSync(path.join(staging, p.html), page({ title: p.title, script: rel(entry), preloads }));
  }
  fs.writeFileSync(path.join(staging, 'meta.json'), JSON.stringify(metafile));
  const old = `${outdir}.old`;
  fs.rmSync(old, { recursive: true, force: true });
  if (fs.existsSync(outdir)) fs.renameSync(outdir, old);
  fs.renameSync(staging, outdir);
  fs.rmSync(old, { recursive: true, force: true });
  console.log(`tab built into ${path.relative(root, outdir)} in ${Date.now() - started} ms`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
