import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '.');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

const all = files(SRC).map((p) => ({ path: relative(SRC, p), text: readFileSync(p, 'utf8') }));
const layer = (path: string): string => path.split('/')[0];

describe('side effects live at the edges (style.md rule 3)', () => {
  const FORBIDDEN = /Math\.random|Date\.now\(|performance\.now\(|new Date\(\)|setTimeout\(|setInterval\(|process\.(env|argv|exit|stdout|stderr)|from 'node:fs'|from 'fs'/;
  // src/serve is the API server's wall-clock edge: its clock ticks and watch bookmarks use timers
  // (the wall clock itself is handed in by the CLI); it reads no process state or files.
  const SERVE_ALLOWED = /setTimeout\(|setInterval\(/g;
  test.each(all.filter((f) => layer(f.path) !== 'cli'))('$path reads no wall clock, unseeded randomness, process or file system', ({ path, text }) => {
    const lines = text.split('\n').map((l) => (layer(path) === 'serve' ? l.replace(SERVE_ALLOWED, '') : l));
    const hits = lines.filter((l) => FORBIDDEN.test(l) && !l.trim().startsWith('//') && !l.trim().startsWith('*'));
    expect(hits).toEqual([]);
  });
});

describe('dependencies point one way (style.md rule 2)', () => {
  /** What each layer may import from src; types-only imports are allowed from reducers/state. */
  const ALLOWED: Record<string, readonly string[]> = {
    events: ['events', 'api'],
    api: ['api', 'events', 'scenario'],
    clock: ['clock', 'events'],
    reducers: ['reducers', 'events', 'api', 'clock'],
    // The API server edge reads the engine and the views; only the CLI starts it.
    serve: ['serve', 'api', 'events', 'reducers', 'engine', 'output', 'scenario', 'controllers', 'clock'],
    // Trace readers turn files (handed in as text pieces by the CLI) into objects and timeline steps.
    trace: ['trace', 'api', 'events', 'scenario', 'clock', 'reducers', 'apiserver', 'engine'],
  };
  const imports = (text: string): string[] => [...text.matchAll(/from '(\.\.?\/[^']+)'/g)].map((m) => m[1]);
  test.each(all.filter((f) => layer(f.path) in ALLOWED))('$path imports only from its allowed layers', ({ path, text }) => {
    const bad = imports(text)
      .map((i) => relative(SRC, join(SRC, path, '..', i)))
      .filter((target) => !ALLOWED[layer(path)].includes(layer(target)));
    expect(bad).toEqual([]);
  });
  test('only the CLI imports src/serve', () => {
    const bad = all.filter((f) => !['cli', 'serve'].includes(layer(f.path)) && /from '[./]*serve\//.test(f.text));
    expect(bad.map((f) => f.path)).toEqual([]);
  });
  test('nothing in src imports the CLI, tests, benchmarks or test-support', () => {
    const bad = all.filter((f) => layer(f.path) !== 'cli' && /from '[./]*(cli|benchmarks|property-tests|test-support)\//.test(f.text.replace(/from '\.\/cli/g, '')));
    expect(bad.map((f) => f.path)).toEqual([]);
  });
});
