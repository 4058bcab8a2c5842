import { existsSync } from 'node:fs';
import path from 'node:path';

/** The folder with package.json: the same from src/ (tests), dist/src/ (npm start) and dist/bench/. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}
