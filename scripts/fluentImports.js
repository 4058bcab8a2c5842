// @ts-check
/**
 * An esbuild plugin that turns `import { Button, Dialog } from '@fluentui/react-components'`
 * into imports from the packages that really hold them (`@fluentui/react-button`, …).
 *
 * Why: with code splitting esbuild puts a module in a chunk by the entry points that reach it.
 * The umbrella package is one barrel file that re-exports every component, so every view that
 * imports from it "reaches" every component any view uses, and they all end up in one shared
 * chunk that the first page must load. Importing from the real packages lets each view's chunk
 * hold only what it uses. (The same idea as Next.js `modularizeImports`.)
 */
const fs = require('node:fs');
const path = require('node:path');

const UMBRELLA = '@fluentui/react-components';

/** @returns {Map<string, { pkg: string, name: string }>} exported name → where it comes from */
function umbrellaExports(root) {
  const file = path.join(root, 'node_modules', UMBRELLA, 'lib', 'index.js');
  const source = fs.readFileSync(file, 'utf8');
  const map = new Map();
  const statement = /export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;
  for (let m = statement.exec(source); m; m = statement.exec(source)) {
    const specifiers = m[1].replace(/\/\/[^\n]*/g, '').split(',').map((s) => s.trim()).filter(Boolean);
    for (const spec of specifiers) {
      const [name, alias] = spec.split(/\s+as\s+/).map((s) => s.trim());
      map.set(alias ?? name, { pkg: m[2], name });
    }
  }
  if (map.size < 100) throw new Error(`fluentImports: could not read the exports of ${file}`);
  return map;
}

/**
 * Rewrites the umbrella imports in one file's source. Names the umbrella does not export as
 * values are types: they become an `import type`, which the compiler erases.
 * @param {string} source
 * @param {Map<string, { pkg: string, name: string }>} exportsMap
 */
function rewrite(source, exportsMap) {
  const importStatement = /import\s*\{([^}]*)\}\s*from\s*["']@fluentui\/react-components["'];?/g;
  return source.replace(importStatement, (_whole, list) => {
    /** @type {Map<string, string[]>} */
    const byPackage = new Map();
    /** @type {string[]} */
    const types = [];
    for (const raw of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      const isType = raw.startsWith('type ');
      const spec = isType ? raw.slice(5).trim() : raw;
      const [name, local] = spec.split(/\s+as\s+/).map((s) => s.trim());
      const found = exportsMap.get(name);
      if (isType || !found) {
        types.push(local ? `${name} as ${local}` : name);
        continue;
      }
      const imported = found.name === (local ?? name) ? found.name : `${found.name} as ${local ?? name}`;
      byPackage.set(found.pkg, [...(byPackage.get(found.pkg) ?? []), imported]);
    }
    const lines = [...byPackage].map(([pkg, names]) => `import { ${names.join(', ')} } from '${pkg}';`);
    if (types.length) lines.push(`import type { ${types.join(', ')} } from '${UMBRELLA}';`);
    return lines.join(' ');
  });
}

/**
 * Icons: `import { AddRegular } from '@fluentui/react-icons'` → `'@fluentui/react-icons/svg/add'`
 * (the package's own per-icon modules), when that module really exports the icon.
 * @param {string} source
 * @param {string} root
 */
function rewriteIcons(source, root) {
  const importStatement = /import\s*\{([^}]*)\}\s*from\s*["']@fluentui\/react-icons["'];?/g;
  return source.replace(importStatement, (whole, list) => {
    /** @type {Map<string, string[]>} */
    const byAtom = new Map();
    for (const spec of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [name] = spec.split(/\s+as\s+/);
      const base = name.replace(/\d*(Regular|Filled|Color|Light)$/, '');
      const atom = base.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();
      const file = path.join(root, 'node_modules', '@fluentui', 'react-icons', 'lib', 'atoms', 'svg', `${atom}.js`);
      if (!fs.existsSync(file) || !fs.readFileSync(file, 'utf8').includes(`export const ${name} `)) return whole;
      byAtom.set(atom, [...(byAtom.get(atom) ?? []), spec]);
    }
    return [...byAtom].map(([atom, names]) => `import { ${names.join(', ')} } from '@fluentui/react-icons/svg/${atom}';`).join(' ');
  });
}

/** @param {string} root the project root @returns {import('esbuild').Plugin} */
function fluentImports(root) {
  const exportsMap = umbrellaExports(root);
  return {
    name: 'fluent-imports',
    setup(build) {
      build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const source = await fs.promises.readFile(args.path, 'utf8');
        if (!source.includes('@fluentui/react-')) return undefined;
        return { contents: rewriteIcons(rewrite(source, exportsMap), root), loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}

module.exports = { fluentImports, rewrite, rewriteIcons, umbrellaExports };
