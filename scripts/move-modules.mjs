#!/usr/bin/env node
// Moves TypeScript modules with `git mv` and rewrites every relative import that names them, in every
// .ts/.mts/.mjs file of the project (src, test, test-support, property-tests, benchmarks, examples).
// Usage: node scripts/move-modules.mjs old/path.ts=new/path.ts ...  (paths from the repository root)
//    or: node scripts/move-modules.mjs --imports-only $(cat scripts/house-moves.txt)
//        (files already moved: only rewrite imports that still name an old path, e.g. after merging main)
// A file's own relative imports are rewritten too, so moving a file into a subfolder keeps it compiling.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const importsOnly = process.argv.includes('--imports-only');
const moves = new Map(process.argv.slice(2).filter((a) => a !== '--imports-only')
  .map((a) => a.split('=').map((p) => resolve(root, p))));
const DIRS = ['src', 'test', 'test-support', 'property-tests', 'benchmarks', 'examples', 'scripts'];
const walk = (d) => readdirSync(d).flatMap((f) => {
  const p = join(d, f);
  if (f === 'node_modules' || f === 'dist') return [];
  return statSync(p).isDirectory() ? walk(p) : /\.(ts|mts|mjs)$/.test(p) ? [p] : [];
});
const files = DIRS.flatMap((d) => { try { return walk(join(root, d)); } catch { return []; } });
const SPEC = /(['"])(\.\.?\/[^'"\n]+?\.js)\1/g;
const rewrites = [];
for (const oldFile of files) {
  const newFile = importsOnly ? oldFile : moves.get(oldFile) ?? oldFile;
  const text = readFileSync(oldFile, 'utf8');
  const out = text.replace(SPEC, (m, q, spec) => {
    const oldTarget = resolve(dirname(oldFile), spec.replace(/\.js$/, '.ts'));
    const newTarget = moves.get(oldTarget) ?? oldTarget;
    if (newTarget === oldTarget && newFile === oldFile) return m;
    let rel = relative(dirname(newFile), newTarget).replace(/\.ts$/, '.js');
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `${q}${rel}${q}`;
  });
  if (out !== text) rewrites.push([oldFile, out]);
}
for (const [from, to] of importsOnly ? [] : moves) {
  mkdirSync(dirname(to), { recursive: true });
  execFileSync('git', ['mv', from, to], { cwd: root });
}
for (const [oldFile, out] of rewrites) writeFileSync(importsOnly ? oldFile : moves.get(oldFile) ?? oldFile, out);
console.log(`${importsOnly ? "checked" : "moved"} ${moves.size} paths, rewrote imports in ${rewrites.length} files`);
