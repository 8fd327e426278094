// npm links the bins of dependencies, never the project's own: link ours so that `npx kubesim`
// and node_modules/.bin/kubesim work right after `npm ci` in a clone of this repository.
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const target = join('dist', 'src', 'cli', 'main.js');
if (existsSync(target)) {
  chmodSync(target, 0o755);
  mkdirSync(join('node_modules', '.bin'), { recursive: true });
  const link = join('node_modules', '.bin', 'kubesim');
  rmSync(link, { force: true });
  symlinkSync(join('..', '..', target), link);
}
