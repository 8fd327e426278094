// Bundles the command line (and the GCDA bench's child, which runs as `kubesim run` does) into one file each,
// in place of tsc's entry module: `kubesim run` loads ~310 modules, and Node 20 (no compile cache) spends
// more time resolving, reading and linking them than compiling one file of the same code (docs/architecture.md,
// "The GCDA shape and process start"). The other modules stay in dist/ as tsc wrote them: the library
// (dist/src/index.js), the tests and the worker threads (piscina loads dist/src/fuzz/worker.js) use them.
// Usage (after tsc): node scripts/bundle.mjs
import { readFileSync, renameSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const ENTRIES = ['dist/src/cli/main.js', 'dist/benchmarks/gcdaChild.js'];
/** The first line of a bundle: a second run (no tsc in between) leaves a bundled entry alone. */
const MARK = '// kubesim: bundled by scripts/bundle.mjs';

/**
 * `import.meta.url` names the file it is written in (reportFile.ts finds the package root from it,
 * fuzz.ts its worker file), as CommonJS's `__filename` and `__dirname` do (piscina finds its worker
 * file from it): in the bundle, they become that file's location computed from the bundle's own.
 */
const locationOfSource = (outDir) => ({
  name: 'location-of-source',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
      let text = readFileSync(args.path, 'utf8');
      const rel = JSON.stringify(relative(outDir, args.path).split('\\').join('/'));
      const meta = text.includes('import.meta.url'), cjs = /\b__(dirname|filename)\b/.test(text);
      if (!meta && !cjs) return undefined;
      if (meta) text = text.replaceAll('import.meta.url', `new URL(${rel}, kubesimBundleUrl).href`);
      // (A bundle is an ES module, strict as a whole: a 'use strict' directive need not stay first.)
      if (cjs) text = `var __filename = kubesimFileURLToPath(new URL(${rel}, kubesimBundleUrl)), ` +
        `__dirname = kubesimDirname(__filename);\n${text}`;
      return { contents: text, loader: 'js' };
    });
  },
});

// CommonJS dependencies (rxjs, yaml) require Node's built-ins: the bundle has a require, and the URL the
// plugin above computes source locations from.
const BANNER = [MARK, "import { createRequire as kubesimCreateRequire } from 'node:module';",
  "import { dirname as kubesimDirname } from 'node:path';",
  "import { fileURLToPath as kubesimFileURLToPath } from 'node:url';",
  'const kubesimBundleUrl = import.meta.url;', 'const require = kubesimCreateRequire(kubesimBundleUrl);'].join('\n');

// A worktree installed before esbuild was a devDependency still builds: unbundled, as tsc wrote it (slower start).
const esbuild = await import('esbuild').catch(() => undefined);
if (!esbuild) console.warn('scripts/bundle.mjs: esbuild is not installed (npm ci): dist/ stays unbundled');
for (const entry of esbuild ? ENTRIES : []) {
  const file = resolve(entry);
  if (readFileSync(file, 'utf8').slice(0, 200).includes(MARK)) continue;
  const tmp = `${file}.bundle`;
  await esbuild.build({
    entryPoints: [file], outfile: tmp, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    logLevel: 'warning', plugins: [locationOfSource(dirname(file))], banner: { js: BANNER },
  });
  renameSync(tmp, file);
}
