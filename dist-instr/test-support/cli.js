import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
/**
 * Compiles dist/ once per test run (CLI tests spawn the compiled CLI; worker threads need JS).
 * Test files run in parallel, so a lock directory makes the others wait for the one building.
 */
export function buildDist() {
    if (distIsFresh())
        return;
    const lock = join(ROOT, '.dist-build-lock');
    try {
        mkdirSync(lock);
    }
    catch {
        const t0 = Date.now();
        while (Date.now() - t0 < 120_000) {
            try {
                if (Date.now() - statSync(lock).mtimeMs > 120_000)
                    rmdirSync(lock);
            }
            catch {
                return;
            }
            spawnSync('sleep', ['0.2']);
        }
        return;
    }
    try {
        execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'pipe' });
    }
    finally {
        rmdirSync(lock);
    }
}
/** Runs the compiled CLI; returns exit code, stdout and stderr. */
export function kubesim(args, cwd) {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
/** Newest mtime of the .ts sources the build compiles. */
function newestSource(dir) {
    let t = 0;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory())
            t = Math.max(t, newestSource(p));
        else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
            t = Math.max(t, statSync(p).mtimeMs);
    }
    return t;
}
/** dist/ is newer than every compiled source (skip the 3-15 s build when it is). */
function distIsFresh() {
    try {
        const built = statSync(CLI).mtimeMs;
        return ['src', 'test-support', 'benchmarks', 'property-tests/arbitraries'].every((d) => newestSource(join(ROOT, d)) < built);
    }
    catch {
        return false;
    }
}
