import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'restify';
import { TEAMS_ORIGINS } from '../http/origin';

/**
 * Serves the built tab (dist/tab) under /tab. Hashed assets are cached for good; the HTML pages
 * are always revalidated so a deployment shows at once. Teams hosts the tab in an iframe, so
 * framing is allowed for Teams and Microsoft 365 only.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Who may frame the tab: Teams and Microsoft 365; in dev mode also local hosts (the Agents playground). */
export function frameAncestors(devMode: boolean): string {
  return `frame-ancestors 'self' ${TEAMS_ORIGINS.join(' ')}${devMode ? ' http://localhost:* http://127.0.0.1:*' : ''}`;
}

export function registerTabFiles(server: Server, tabDir: string, opts: { devMode: boolean }): void {
  const root = path.resolve(tabDir);
  const csp = frameAncestors(opts.devMode);
  server.get('/', (_req, res, next) => {
    res.redirect(302, '/tab/index.html', next);
  });
  server.get('/tab', (_req, res, next) => {
    res.redirect(302, '/tab/index.html', next);
  });
  server.get('/tab/*', (req, res, next) => {
    const wanted = decodeURIComponent(req.getPath().slice('/tab/'.length)) || 'index.html';
    const file = path.resolve(root, wanted);
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      const missing = !existsSync(path.join(root, 'index.html'));
      res.writeHead(missing ? 503 : 404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(missing ? 'The tab is not built yet: run `npm run build`.' : 'Not found');
      return next(false);
    }
    const ext = path.extname(file);
    const hashed = /-[A-Z0-9]{8}\.(js|map|txt)$/.test(file);
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
    });
    createReadStream(file)
      .on('error', () => res.end())
      .pipe(res)
      .on('finish', () => next(false));
  });
}
