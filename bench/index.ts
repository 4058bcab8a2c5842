import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Benchmark, Figure, Figures, projectRoot, round } from './support';
import { activityListing } from './activityListing';
import { concurrentPatches } from './concurrentPatches';
import { tabBundle } from './tabBundle';
import { tabGrid } from './tabGrid';
import { botTurns } from './botTurns';
import { signUpContention } from './signUpContention';
import { signUpContentionAzure } from './signUpContentionAzure';
import { followUpNudges } from './followUpNudges';
import { peopleSearch } from './peopleSearch';
import { invitationSignUps } from './invitationSignUps';
// Kostnadskalkyl (issue 16)
import { costTable } from './costTable';

/**
 * `npm run bench`: runs each benchmark in order, prints its figures and whether its goal is
 * met, and writes everything to bench/results/latest.json. A missed goal is reported and the
 * exit code stays 0; a benchmark that throws makes it 1. Timings are medians and ratios
 * against a baseline measured in the same run — never fixed wall-clock limits.
 *
 * To add a benchmark: a module exporting a Benchmark (see support.ts), and one line here.
 */
const BENCHMARKS: Benchmark[] = [
  activityListing,
  concurrentPatches,
  tabBundle,
  tabGrid,
  botTurns,
  signUpContention,
  signUpContentionAzure,
  followUpNudges,
  peopleSearch,
  invitationSignUps,
  costTable,
];

/** Last resort: every request has its own timeout, but the whole run must end by itself. */
const WATCHDOG_MS = 180_000;

interface Outcome {
  name: string;
  goal: string | null;
  goalMet: boolean | null;
  seconds: number;
  figures: Figures;
  error?: string;
}

const format = (value: Figure): string =>
  typeof value === 'number' ? value.toLocaleString('en', { maximumFractionDigits: 2 }) : String(value);

function print(index: number, o: Outcome): void {
  console.log(`\n${index}. ${o.name}  (${o.seconds} s)`);
  if (o.error) {
    console.log(`   FAILED: ${o.error.split('\n')[0]}  (stack in bench/results/latest.json)`);
    return;
  }
  if (o.goal) console.log(`   goal: ${o.goal}  →  ${o.goalMet ? 'MET' : 'NOT MET'}`);
  const width = Math.max(...Object.keys(o.figures).map((k) => k.length));
  for (const [key, value] of Object.entries(o.figures)) console.log(`   ${key.padEnd(width)}  ${format(value)}`);
}

async function main(): Promise<number> {
  const watchdog = setTimeout(() => {
    console.error(`\nbench: still running after ${WATCHDOG_MS / 1000} s, giving up.`);
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  console.log(
    `Förvaltningsstöd benchmarks — node ${process.version}, ${process.platform} ${process.arch}, ${os.cpus().length} CPUs (127.0.0.1 only)`,
  );
  // `npm run bench -- azure`: only the benchmarks whose name contains one of the words given.
  const words = process.argv.slice(2).map((w) => w.toLowerCase());
  const chosen = words.length ? BENCHMARKS.filter((b) => words.some((w) => b.name.toLowerCase().includes(w))) : BENCHMARKS;
  if (chosen.length === 0) {
    console.error(`bench: no benchmark's name contains ${words.join(' or ')}`);
    return 1;
  }
  const outcomes: Outcome[] = [];
  for (const [i, bench] of chosen.entries()) {
    const start = Date.now();
    let outcome: Outcome;
    try {
      const figures = await bench.run();
      outcome = {
        name: bench.name,
        goal: bench.goal?.text ?? null,
        goalMet: bench.goal ? bench.goal.met(figures) : null,
        seconds: round((Date.now() - start) / 1000, 1),
        figures,
      };
    } catch (error) {
      outcome = {
        name: bench.name,
        goal: bench.goal?.text ?? null,
        goalMet: null,
        seconds: round((Date.now() - start) / 1000, 1),
        figures: {},
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
    }
    outcomes.push(outcome);
    print(i + 1, outcome);
  }

  const failed = outcomes.filter((o) => o.error).length;
  const missed = outcomes.filter((o) => o.goalMet === false).length;
  console.log(
    `\n${outcomes.length} benchmarks: ${failed ? `${failed} FAILED, ` : ''}${missed ? `${missed} goal(s) NOT MET` : 'all goals met'}${failed ? '' : '.'}`,
  );

  const dir = path.join(projectRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, chosen === BENCHMARKS ? 'latest.json' : 'latest-chosen.json');
  const report = {
    at: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.cpus().length,
    benchmarks: outcomes,
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Figures written to ${path.relative(process.cwd(), file) || file}`);

  clearTimeout(watchdog);
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
