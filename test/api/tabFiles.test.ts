import { TestApp, startTestApp } from '../helpers/app';

/** The built tab is served under /tab with the right types, caching and framing rules. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('tab files', () => {
  it('serves index.html and config.html (no-cache) that load their hashed scripts (cached for good)', async () => {
    for (const page of ['index.html', 'config.html']) {
      const res = await app.request('GET', `/tab/${page}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const script = res.text.match(/<script type="module" src="\.\/([^"]+)"/)![1]!;
      const js = await app.request('GET', `/tab/${script}`);
      expect(js.status).toBe(200);
      expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(js.headers.get('cache-control')).toContain('immutable');
    }
  });

  it('lets Teams frame the tab, and local hosts only in dev mode', async () => {
    const csp = (await app.request('GET', '/tab/index.html')).headers.get('content-security-policy')!;
    expect(csp).toMatch(/^frame-ancestors 'self' https:\/\/teams\.microsoft\.com .*http:\/\/localhost:\*/);
    const entra = await startTestApp({ AUTH_MODE: 'entra', AUTH_TENANT_ID: 't', AUTH_CLIENT_ID: 'c' });
    try {
      const strict = (await entra.request('GET', '/tab/index.html')).headers.get('content-security-policy')!;
      expect(strict).toContain('https://teams.microsoft.com');
      expect(strict).not.toContain('localhost');
    } finally {
      await entra.stop();
    }
  });

  it('redirects / to the tab, and refuses paths outside it', async () => {
    const root = await fetch(`${app.url}/`, { redirect: 'manual' });
    expect([root.status, root.headers.get('location')]).toEqual([302, '/tab/index.html']);
    expect((await app.request('GET', '/tab/..%2f..%2fpackage.json')).status).toBe(404);
    expect((await app.request('GET', '/tab/nothing.js')).status).toBe(404);
  });
});
