import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The layers, as the imports draw them (design: commands/ is the only door to the store):
 * - the adapters — src/api, src/bot, src/jobs, src/web — import nothing from src/store (not even
 *   its types or errors: what they need comes from domain/ or commands/), and none imports
 *   another, except that jobs/ takes the bot's sender and composer as types (the hand-over of
 *   proactive messages);
 * - the tab (src/tab, browser code) imports from the rest of src/ only domain/, i18n/ and the
 *   API contract (src/api/contract.ts);
 * - graph/ is the only place that knows Microsoft Graph and Entra token exchange (the Graph client
 *   package, the on-behalf-of and client credentials); it uses no store and no adapter, and the
 *   adapters do not reach into it (the use cases and the composition root hand its ports on).
 * Tests (*.test.ts) are not adapters and may set up what they need.
 */
const SRC = path.join(__dirname, '..', '..', 'src');
const ADAPTERS = ['api', 'bot', 'jobs', 'web'];
const TAB_MAY_USE = [/^domain(\/|$)/, /^i18n(\/|$)/, /^api\/contract$/];

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const from = path.relative(SRC, file).split(path.sep).join('/');
  const found: Import[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[3] ?? m[4] ?? m[5]!;
    if (!spec.startsWith('.')) continue;
    const to = path.relative(SRC, path.resolve(path.dirname(file), spec)).split(path.sep).join('/');
    if (to.startsWith('..')) continue;
    found.push({ from, to, typeOnly: !!m[2] });
  }
  return found;
}

const all = sourceFiles(SRC).flatMap(importsOf);
const top = (p: string) => p.split('/')[0]!;
const describeImport = (i: Import) => `${i.from} → ${i.to}${i.typeOnly ? ' (type)' : ''}`;

describe('import rules', () => {
  it('reads the imports of the source tree (the rules below are not vacuous)', () => {
    expect(all.filter((i) => top(i.from) === 'api').length).toBeGreaterThan(20);
    expect(all.filter((i) => top(i.from) === 'tab').length).toBeGreaterThan(50);
    expect(all.some((i) => i.from === 'jobs/notifier.ts' && i.to === 'bot/core/turn')).toBe(true);
  });

  it('the adapters (api, bot, jobs, web) import nothing from store/', () => {
    expect(all.filter((i) => ADAPTERS.includes(top(i.from)) && top(i.to) === 'store').map(describeImport)).toEqual([]);
  });

  it('no adapter imports another (jobs takes the bot\'s sender and composer as types only)', () => {
    const crossing = all.filter((i) => ADAPTERS.includes(top(i.from)) && ADAPTERS.includes(top(i.to)) && top(i.from) !== top(i.to));
    const allowed = (i: Import) => top(i.from) === 'jobs' && top(i.to) === 'bot' && i.typeOnly;
    expect(crossing.filter((i) => !allowed(i)).map(describeImport)).toEqual([]);
  });

  it('the tab builds no API path by hand: every call goes through the contract (api/contract.ts)', () => {
    const tabFiles = sourceFiles(path.join(SRC, 'tab'));
    const handBuilt = tabFiles.filter((f) => /['"`]\/api\//.test(readFileSync(f, 'utf8'))).map((f) => path.relative(SRC, f));
    expect(tabFiles.length).toBeGreaterThan(50);
    expect(handBuilt).toEqual([]);
  });

  it('the tab imports from the rest of src/ only domain/, i18n/ and the API contract', () => {
    const outside = all.filter((i) => top(i.from) === 'tab' && top(i.to) !== 'tab');
    expect(outside.length).toBeGreaterThan(10);
    expect(outside.filter((i) => !TAB_MAY_USE.some((re) => re.test(i.to))).map(describeImport)).toEqual([]);
  });

  it('only graph/ knows Microsoft Graph and Entra token exchange; graph/ uses no store or adapter, and no adapter uses graph/', () => {
    const GRAPH_ONLY = /@microsoft\/microsoft-graph-client|OnBehalfOfCredential|ClientSecretCredential|ClientAssertionCredential/;
    const knowing = sourceFiles(SRC)
      .filter((f) => GRAPH_ONLY.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(SRC, f).split(path.sep).join('/'));
    expect(knowing.length).toBeGreaterThan(2);
    expect(knowing.filter((f) => top(f) !== 'graph')).toEqual([]);
    expect(all.filter((i) => top(i.from) === 'graph' && (top(i.to) === 'store' || ADAPTERS.includes(top(i.to)))).map(describeImport)).toEqual([]);
    expect(all.filter((i) => ADAPTERS.includes(top(i.from)) && top(i.to) === 'graph').map(describeImport)).toEqual([]);
  });
});
