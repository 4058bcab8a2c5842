// @ts-check
/**
 * `npm run playground`: chat with the bot locally, the way Teams would show it. Starts the app
 * (demo data, dev sign-in) and Microsoft 365 Agents Playground pointed at its /api/messages,
 * then open http://localhost:56150. Ctrl+C stops both. For people only: tests and CI never
 * start the playground (it reaches for telemetry hosts; telemetry is switched off here).
 *
 * The Playground's own user (Alex Wilber) is someone the app does not know, and in dev mode acts
 * with the demo förvaltningsledare's rights. `npm run playground -- --as reader` (or lead, owner,
 * member, member2, systemowner) chats as that demo user instead, in a team "O365 Förvaltning"
 * whose members are the demo users: a Playground config file is written to a temporary folder.
 */
const { spawn } = require('node:child_process');
const { mkdtempSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
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

/** A Playground config (JSON is YAML) with `alias` as the current user and the other demo users as members. */
function playgroundConfigAs(alias) {
  const { DEV_USERS } = require(path.join(root, 'dist', 'src', 'auth', 'devUsers.js'));
  const me = DEV_USERS.find((u) => u.alias === alias);
  if (!me) throw new Error(`--as: no demo user "${alias}"; one of ${DEV_USERS.map((u) => u.alias).join(', ')}`);
  const account = (u) => {
    const [givenName, ...rest] = u.name.split(' ');
    const email = `${u.alias}@example.se`;
    return { id: `user-${u.alias}`, name: u.name, userPrincipleName: email, aadObjectId: u.id, givenName, surname: rest.join(' '), email };
  };
  const config = {
    version: '0.1.1',
    tenantId: 'dev-tenant',
    bot: { id: '00000000-0000-0000-0000-00000000000011', name: 'Förvaltningsstöd' },
    currentUser: account(me),
    users: DEV_USERS.filter((u) => u !== me).map(account),
    personalChat: { id: '__PERSONAL_CHAT_ID__' },
    groupChat: { id: '__GROUP_CHAT_ID__', name: 'Förvaltningsgruppen' },
    team: {
      id: 'team-o365-forvaltning',
      name: 'O365 Förvaltning',
      aadGroupId: '00000000-0000-0000-0000-000000000031',
      channels: [{ id: 'channel-uppfoljning', name: 'Uppföljning' }],
    },
  };
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'forvaltningsstod-playground-')), '.m365agentsplayground.yml');
  writeFileSync(file, JSON.stringify(config, null, 2));
  return { file, name: me.name };
}

async function main() {
  const asIndex = process.argv.indexOf('--as');
  const as = asIndex >= 0 ? playgroundConfigAs(process.argv[asIndex + 1] ?? '') : null;
  if (await fetch(`http://127.0.0.1:${port}/healthz`).then(() => true, () => false)) {
    throw new Error(`port ${port} is already in use (another npm start?): stop it, or run with PORT=<another port>`);
  }
  start(process.execPath, ['--disable-warning=DEP0111', path.join(root, 'dist', 'src', 'index.js')], { PORT: port });
  await waitForHealth();
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  start(process.execPath, [cli, '-e', `http://localhost:${port}/api/messages`, '-c', 'msteams', '--disable-telemetry'], as ? { M365_AGENTS_PLAYGROUND_CONFIG_PATH: as.file } : {});
  console.log(`\nAgents Playground: http://localhost:56150 — write "utbildningar" or "hjälp" to the bot${as ? `, as ${as.name}` : ''}.\n`);
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
main().catch((error) => {
  console.error(error);
  stopAll(1);
});
