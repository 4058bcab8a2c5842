#!/usr/bin/env node
/**
 * `node scripts/bench-compare.js <commit> [rounds] <word> [<word> …]`: what a change costs, as
 * ratios. Builds <commit> in a temporary git worktree (sharing this checkout's node_modules), then
 * runs the benchmarks whose name has each word — each benchmark in its own process, the old build
 * and this one alternating, `rounds` times (default 7) — and prints every numeric figure's median
 * on both sides and their ratio (this / old). Run `npm run build` first; only 127.0.0.1 is used.
 *
 * Example: node scripts/bench-compare.js 017939a 9 patches "sign-up contention:"
 */
'use strict';
const { execFileSync } = require('node:child_process');
const { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const [commit, maybeRounds, ...rest] = process.argv.slice(2);
const rounds = /^\d+$/.test(maybeRounds ?? '') ? Number(maybeRounds) : 7;
const words = /^\d+$/.test(maybeRounds ?? '') ? rest : [maybeRounds, ...rest].filter(Boolean);
if (!commit || words.length === 0) {
  console.error('usage: node scripts/bench-compare.js <commit> [rounds] <word> [<word> …]');
  process.exit(2);
}
if (!existsSync(path.join(root, 'dist', 'bench', 'index.js'))) {
  console.error('bench-compare: run `npm run build` first');
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs one benchmark in a fresh process in `tree`; its numeric figures, or null when it failed. */
function runOnce(tree, word) {
  try {
    execFileSync(process.execPath, ['--disable-warning=DEP0111', 'dist/bench/index.js', word], { cwd: tree, stdio: 'ignore', timeout: 240_000 });
  } catch {
    // A failed benchmark still writes its report; it is counted below.
  }
  const report = JSON.parse(readFileSync(path.join(tree, 'bench', 'results', 'latest-chosen.json'), 'utf8'));
  const [outcome] = report.benchmarks;
  if (!outcome || outcome.error) return null;
  return Object.fromEntries(Object.entries(outcome.figures).filter(([, v]) => typeof v === 'number'));
}

const old = mkdtempSync(path.join(os.tmpdir(), 'fs-bench-compare-'));
try {
  execFileSync('git', ['worktree', 'add', '--detach', old, commit], { cwd: root, stdio: 'ignore' });
  symlinkSync(path.join(root, 'node_modules'), path.join(old, 'node_modules'), 'dir');
  console.log(`building ${commit} in ${old} …`);
  execFileSync('npm', ['run', 'build'], { cwd: old, stdio: 'ignore' });

  for (const word of words) {
    const sides = { old: [], now: [] };
    let failed = 0;
    for (let i = 0; i < rounds; i++) {
      for (const [side, tree] of [['old', old], ['now', root]]) {
        const figures = runOnce(tree, word);
        if (figures) sides[side].push(figures);
        else failed++;
      }
    }
    console.log(`\n"${word}": ${rounds} rounds, alternating${failed ? `, ${failed} failed runs left out` : ''}`);
    const keys = Object.keys(sides.now[0] ?? {});
    for (const key of keys) {
      const a = median(sides.old.map((f) => f[key]).filter((v) => v !== undefined));
      const b = median(sides.now.map((f) => f[key]).filter((v) => v !== undefined));
      if (Number.isNaN(a) || a === undefined) continue;
      const ratio = a === 0 ? '' : `${(b / a).toFixed(2)}×`;
      console.log(`   ${key.padEnd(36)} ${String(a).padStart(10)} → ${String(b).padStart(10)}   ${ratio}`);
    }
  }
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', old], { cwd: root, stdio: 'ignore' });
  rmSync(old, { recursive: true, force: true });
}
