// @ts-check
/**
 * `npm run package -- --env dev` builds the Teams app package appPackage/build/appPackage.<env>.zip
 * the way the Toolkit's teamsApp/zipAppPackage does: every `${{VAR}}` in appPackage/manifest.json
 * and in its localization files is filled from env/.env.<env> and then env/.env.<env>.user (the
 * git-ignored file with SECRET_… values and personal overrides, which wins), the result is
 * validated offline against the official schema of the manifest's version, and the manifest, the
 * localization files and both icons go to the root of the zip.
 *
 * Options: --env <name> (default local), --env-dir <folder> (default env/), --out <folder>
 * (default appPackage/build). A variable that is missing or empty stops the build with exit code 1
 * and a message naming every such variable; so does a manifest the schema refuses.
 */
const fs = require('node:fs');
const path = require('node:path');
const AdmZip = require('adm-zip');

const ROOT = path.join(__dirname, '..');
const APP_PACKAGE = path.join(ROOT, 'appPackage');
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/** Variables that may be empty on purpose: no suffix on the production app's name. */
const MAY_BE_EMPTY = new Set(['APP_NAME_SUFFIX']);

class PackageError extends Error {}

/**
 * Reads a .env file as the Toolkit does (dotenv syntax): KEY=value lines, `#` comments, optional
 * `export `, values in single or double quotes (\n in double quotes is a newline).
 * @param {string} text
 * @returns {Record<string, string>}
 */
function parseEnvFile(text) {
  /** @type {Record<string, string>} */
  const vars = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const key = /** @type {string} */ (match[1]);
    let value = /** @type {string} */ (match[2]);
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.lastIndexOf(quote) > 0) {
      value = value.slice(1, value.lastIndexOf(quote));
      if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\"/g, '"');
    } else {
      value = value.replace(/\s+#.*$/, '').trim();
    }
    vars[key] = value;
  }
  return vars;
}

/**
 * The variables of an environment: env/.env.<env>, then env/.env.<env>.user on top.
 * @param {string} envDir
 * @param {string} env
 */
function loadEnv(envDir, env) {
  const base = path.join(envDir, `.env.${env}`);
  if (!fs.existsSync(base)) {
    throw new PackageError(`No environment "${env}": ${path.relative(ROOT, base) || base} does not exist.`);
  }
  const files = [base, `${base}.user`].filter((f) => fs.existsSync(f));
  /** @type {Record<string, string>} */
  const vars = {};
  for (const file of files) Object.assign(vars, parseEnvFile(fs.readFileSync(file, 'utf8')));
  return { vars, files };
}

/**
 * Fills `${{VAR}}` in every string of a parsed JSON value (never in the JSON text, so a value
 * with quotes cannot break the file); collects the names it could not fill.
 * @param {unknown} value
 * @param {Record<string, string>} vars
 * @param {Set<string>} missing
 * @returns {unknown}
 */
function fill(value, vars, missing) {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (whole, /** @type {string} */ name) => {
      const v = vars[name];
      if (v === undefined || (v === '' && !MAY_BE_EMPTY.has(name))) {
        missing.add(name);
        return whole;
      }
      return v;
    });
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, vars, missing));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, vars, missing)]));
  }
  return value;
}

/** The bundled (offline) schema for a `$schema` URL of developer.microsoft.com/json-schemas/teams/… */
function bundledSchema(/** @type {string} */ url) {
  const match = /\/json-schemas\/teams\/(v[^/]+)\/([^/]+\.json)$/.exec(url ?? '');
  if (!match) throw new PackageError(`$schema ${url} is not an official Teams schema URL.`);
  const file = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams', /** @type {string} */ (match[1]), /** @type {string} */ (match[2]));
  if (!fs.existsSync(file)) throw new PackageError(`@microsoft/app-manifest has no offline copy of ${url}.`);
  return unicodeSafePatterns(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/**
 * The validator compiles patterns as Unicode regular expressions, where a bare `]` outside a
 * character class is a syntax error; some official patterns (the localization schema's
 * `activities.activityTypes[…\b]` keys) have one. Escaping it keeps the meaning (a literal `]`)
 * and lets the official schema compile unchanged otherwise.
 * @param {any} node
 * @returns {any}
 */
function unicodeSafePatterns(node) {
  if (Array.isArray(node)) return node.map(unicodeSafePatterns);
  if (!node || typeof node !== 'object') return node;
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'pattern' && typeof value === 'string') out[key] = escapeLoneBrackets(value);
    else if (key === 'patternProperties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([p, v]) => [escapeLoneBrackets(p), unicodeSafePatterns(v)]));
    } else out[key] = unicodeSafePatterns(value);
  }
  return out;
}

/** `a\b]` → `a\b\]`: escapes each `]` that closes no character class. */
function escapeLoneBrackets(/** @type {string} */ pattern) {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      out += c + (pattern[++i] ?? '');
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    else if (c === ']') {
      out += '\\]';
      continue;
    }
    out += c;
  }
  return out;
}

/**
 * Validates a filled manifest or localization file against its official schema, offline.
 * @param {Record<string, unknown>} doc
 * @returns {Promise<string[]>} the schema's complaints (empty when valid)
 */
async function validate(doc) {
  const { AppManifestUtils } = require('@microsoft/app-manifest');
  const schema = bundledSchema(/** @type {string} */ (doc.$schema));
  return AppManifestUtils.validateAgainstSchema(/** @type {any} */ (doc), schema);
}

/** The files of the package: the manifest, its localization files and its icons. */
function packageFiles(/** @type {any} */ manifest) {
  const loc = manifest.localizationInfo ?? {};
  const languageFiles = [loc.defaultLanguageFile, ...(loc.additionalLanguages ?? []).map((/** @type {any} */ l) => l.file)].filter(Boolean);
  const icons = [manifest.icons?.color, manifest.icons?.outline, manifest.icons?.color32x32].filter(Boolean);
  return { languageFiles: /** @type {string[]} */ (languageFiles), icons: /** @type {string[]} */ (icons) };
}

/**
 * Builds appPackage.<env>.zip; returns its path. Throws PackageError with a message for people.
 * @param {{ env?: string, envDir?: string, outDir?: string }} [opts]
 */
async function buildPackage(opts = {}) {
  const env = opts.env ?? 'local';
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(env)) throw new PackageError(`--env must be a name such as dev or local, not "${env}".`);
  const envDir = opts.envDir ?? path.join(ROOT, 'env');
  const outDir = opts.outDir ?? path.join(APP_PACKAGE, 'build');
  const { vars, files } = loadEnv(envDir, env);

  const manifestTemplate = JSON.parse(fs.readFileSync(path.join(APP_PACKAGE, 'manifest.json'), 'utf8'));
  const { languageFiles, icons } = packageFiles(manifestTemplate);
  const missing = new Set();
  const manifest = /** @type {Record<string, unknown>} */ (fill(manifestTemplate, vars, missing));
  const languages = languageFiles.map((file) => ({
    file,
    doc: /** @type {Record<string, unknown>} */ (fill(JSON.parse(fs.readFileSync(path.join(APP_PACKAGE, file), 'utf8')), vars, missing)),
  }));
  if (missing.size) {
    const names = [...missing].sort();
    const where = files.map((f) => path.relative(ROOT, f) || f).join(' and ');
    throw new PackageError(
      `${names.length} variable${names.length === 1 ? ' has' : 's have'} no value in ${where}: ${names.join(', ')}.\n` +
        `Provision the "${env}" environment with the Toolkit (it writes them), or set them in env/.env.${env} ` +
        `(secrets as SECRET_… in env/.env.${env}.user).`,
    );
  }

  const problems = [];
  for (const [name, doc] of [['manifest.json', manifest], ...languages.map((l) => [l.file, l.doc])]) {
    const errors = await validate(/** @type {Record<string, unknown>} */ (doc));
    problems.push(...errors.map((e) => `${name}: ${e}`));
  }
  if (problems.length) throw new PackageError(`The filled manifest does not match its schema:\n  ${problems.join('\n  ')}`);

  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8'));
  for (const { file, doc } of languages) zip.addFile(path.basename(file), Buffer.from(JSON.stringify(doc, null, 2) + '\n', 'utf8'));
  for (const icon of icons) zip.addFile(path.basename(icon), fs.readFileSync(path.join(APP_PACKAGE, icon)));

  fs.mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `appPackage.${env}.zip`);
  fs.writeFileSync(zipPath, zip.toBuffer());
  // The filled manifest beside the zip, as the Toolkit leaves it, to read what was packed.
  fs.writeFileSync(path.join(outDir, `manifest.${env}.json`), JSON.stringify(manifest, null, 2) + '\n');
  return zipPath;
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ env?: string, envDir?: string, outDir?: string }} */
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (!['--env', '--env-dir', '--out'].includes(flag)) {
      throw new PackageError(`Unknown option ${flag}. Use --env <name>, --env-dir <folder>, --out <folder>.`);
    }
    if (!value) throw new PackageError(`${flag} needs a value.`);
    if (flag === '--env') opts.env = value;
    else if (flag === '--env-dir') opts.envDir = path.resolve(value);
    else opts.outDir = path.resolve(value);
  }
  return opts;
}

async function main() {
  try {
    const zipPath = await buildPackage(parseArgs(process.argv.slice(2)));
    console.log(`Teams app package: ${path.relative(process.cwd(), zipPath)}`);
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    console.error(`npm run package: ${error.message}`);
    process.exitCode = 1;
  }
}

module.exports = { buildPackage, parseEnvFile, validate, PackageError };

if (require.main === module) void main();
