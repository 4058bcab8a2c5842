// @ts-check
/**
 * `npm run playground`: chat with the bot locally, the way Teams would show it. Starts the app
 * (demo data, dev sign-in) and Microsoft 365 Agents Playground pointed at its /api/messages,
 * then open http://localhost:56150. Ctrl+C stops both. For people only: tests and CI never
 * start the playground (it reaches for telemetry hosts; telemetry is switched off here).
 */
const { spawn } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const port = process.env.PORT || '3978';
const children = [];

function start(command, args, env = {}) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code) => {
    console.log(`${path.basename(args[args.length - 1] ?? command)} stopped (${code ?? 'signal'}); stopping the rest.`);
    stopAll(code ?? 0);
  });
  return child;
}

function stopAll(code) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}

async function waitForHealth() {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the app did not answer on port ${port}`);
}

async function main() {
  if (await fetch(`http://127.0.0.1:${port}/healthz`).then(() => true, () => false)) {
    throw new Error(`port ${port} is already in use (another npm start?): stop it, or run with PORT=<another port>`);
  }
  start(process.execPath, ['--disable-warning=DEP0111', path.join(root, 'dist', 'src', 'index.js')], { PORT: port });
  await waitForHealth();
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  start(process.execPath, [cli, '-e', `http://localhost:${port}/api/messages`, '-c', 'msteams', '--disable-telemetry']);
  console.log('\nAgents Playground: http://localhost:56150 — write "utbildningar" or "hjälp" to the bot.\n');
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
main().catch((error) => {
  console.error(error);
  stopAll(1);
});
