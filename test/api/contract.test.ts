import { API, Endpoint } from '../../src/api/contract';
import { TestApp, startTestApp } from '../helpers/app';

/** The routes implement the contract: every endpoint it names is served, and every /api route the server answers is in it (the bot's /api/messages aside). */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const endpoints = (tree: object): Endpoint[] => Object.values(tree).flatMap((v) => ('method' in v ? [v as Endpoint] : endpoints(v)));

it('the server serves exactly the contract\'s endpoints under /api', () => {
  const contract = new Set(endpoints(API).map((e) => `${e.method} ${e.path}`));
  const served = new Set(app.routes.filter((r) => r.path.startsWith('/api/') && r.path !== '/api/messages').map((r) => `${r.method} ${r.path}`));
  expect([...served].sort()).toEqual([...contract].sort());
});
