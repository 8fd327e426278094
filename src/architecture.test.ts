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

const everyFile = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? everyFile(p) : p.endsWith('.ts') ? [p] : [];
});

describe('small files with one job (style guide)', () => {
  const sources = everyFile(SRC).map((p) => ({ path: relative(SRC, p), text: readFileSync(p, 'utf8') }));
  test('no file in src is over 350 lines', () => {
    const long = sources.flatMap(({ path, text }) => {
      const lines = text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
      return lines > 350 ? [`${path} (${lines})`] : [];
    });
    expect(long).toEqual([]);
  });
  test('no line in src is over 120 characters', () => {
    const long = sources.flatMap(({ path, text }) =>
      text.split('\n').flatMap((l, i) => (l.length > 120 ? [`${path}:${i + 1} (${l.length})`] : [])));
    expect(long).toEqual([]);
  });
});

const all = files(SRC).map((p) => ({ path: relative(SRC, p), text: readFileSync(p, 'utf8') }));
const layer = (path: string): string => path.split('/')[0];

describe('side effects live at the edges (style.md rule 3)', () => {
  const FORBIDDEN = new RegExp([
    /Math\.random|Date\.now\(|performance\.now\(|new Date\(\)|setTimeout\(|setInterval\(/.source,
    /process\.(env|argv|exit|stdout|stderr)|from 'node:fs'|from 'fs'/.source,
  ].join('|'));
  // src/serve is the API server's wall-clock edge: its clock ticks and watch bookmarks use timers
  // (the wall clock itself is handed in by the CLI); it reads no process state or files.
  const SERVE_ALLOWED = /setTimeout\(|setInterval\(/g;
  test.each(all.filter((f) => layer(f.path) !== 'cli'))(
    '$path reads no wall clock, unseeded randomness, process or file system', ({ path, text }) => {
    const lines = text.split('\n').map((l) => (layer(path) === 'serve' ? l.replace(SERVE_ALLOWED, '') : l));
    const hits = lines.filter((l) => FORBIDDEN.test(l) && !l.trim().startsWith('//') && !l.trim().startsWith('*'));
    expect(hits).toEqual([]);
  });
});

describe('dependencies point one way (style.md rule 2)', () => {
  /**
   * The layers, lowest first. A file may import its own layer and any layer on a lower line; layers
   * on one line are siblings and may not import each other. docs/architecture.md says what each holds.
   */
  const LEVELS: readonly (readonly string[])[] = [
    ['util'],
    ['api'],
    ['events'],
    ['clock', 'scenario'],
    ['reducers'],
    ['behavior'],
    ['decider'],
    ['apiserver'],
    // chaos: the chaos monkey is a component like the controllers (it resolves chaos: actions).
    ['kubelet', 'scheduler', 'controllers', 'output', 'chaos'],
    ['engine'],
    ['invariants'],
    // trace: readers turn trace files (handed in as text by the CLI) into objects and timeline steps.
    ['check', 'fuzz', 'trace'],
    // inflation: the ATC'23 experiment, the scheduler's own plugins over trace input (no engine).
    ['inflation'],
    // serve: the API server edge reads the engine and the views; only the CLI starts it.
    ['serve'],
    ['cli', 'index.ts'],
  ];
  const level = new Map(LEVELS.flatMap((names, i) => names.map((n) => [n, i] as const)));
  const allowed = (from: string, to: string): boolean =>
    from === to || (level.get(to) ?? Infinity) < (level.get(from) ?? -Infinity);
  const IMPORT = /(?:from |import\()'(\.\.?\/[^']+)'/g;
  const imports = (path: string, text: string): string[] =>
    [...text.matchAll(IMPORT)].map((m) => relative(SRC, join(SRC, path, '..', m[1])));

  test('every folder of src has a place in the layers', () => {
    const folders = readdirSync(SRC).filter((f) => statSync(join(SRC, f)).isDirectory() || f === 'index.ts');
    expect(folders.filter((f) => !level.has(f))).toEqual([]);
  });
  test.each(all)('$path imports only its own layer and lower ones', ({ path, text }) => {
    const bad = imports(path, text).filter((target) => !allowed(layer(path), layer(target)));
    expect(bad).toEqual([]);
  });
  test('no two files import each other, directly or through others', () => {
    const graph = new Map(all.map((f) => [f.path, imports(f.path, f.text).map((t) => t.replace(/\.js$/, '.ts'))]));
    const done = new Set<string>(), onPath: string[] = [], circles: string[] = [];
    const visit = (n: string): void => {
      if (onPath.includes(n)) { circles.push([...onPath.slice(onPath.indexOf(n)), n].join(' -> ')); return; }
      if (done.has(n) || !graph.has(n)) return;
      onPath.push(n);
      for (const m of graph.get(n)!) visit(m);
      onPath.pop();
      done.add(n);
    };
    for (const n of graph.keys()) visit(n);
    expect(circles).toEqual([]);
  });
  test("docs/architecture.md's layer table names every folder with its layer and what it may import", () => {
    const doc = readFileSync(join(SRC, '..', 'docs', 'architecture.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `([^`]+?)\/?` \| (\d+) \| .* \| ([^|]*) \|$/gm)]
      .map((m) => `${m[1]} ${m[2]} ${m[3].split(';')[0].trim()}`);
    const want = LEVELS.flatMap((names, i) => names.map((n) =>
      `${n} ${i} ${i === 0 ? 'nothing' : i === 1 ? 'layer 0' : `layers 0-${i - 1}`}`));
    expect(rows).toEqual(want);
  });
  test('only the CLI imports src/serve', () => {
    const bad = all.filter((f) => !['cli', 'serve'].includes(layer(f.path)) && /from '[./]*serve\//.test(f.text));
    expect(bad.map((f) => f.path)).toEqual([]);
  });
  test('nothing in src imports the CLI, tests, benchmarks or test-support', () => {
    const bad = all.filter((f) => layer(f.path) !== 'cli' &&
      /from '[./]*(cli|benchmarks|property-tests|test-support)\//.test(f.text.replace(/from '\.\/cli/g, '')));
    expect(bad.map((f) => f.path)).toEqual([]);
  });
});
