import { config as rxjsConfig } from 'rxjs/internal/config';
import { EXIT, ExitSignal } from './io.js';
import { buildProgram } from './program.js';
/**
 * Runs the kubesim CLI inside this process, as `kubesim ...args` would run: its exit code (what
 * process.exit or process.exitCode would have been), stdout and stderr. For the front-door fuzz
 * tests, where spawning a process per case would cost a second each. Not re-entrant: it swaps
 * process.exit and the two output streams' write for the duration of one call.
 */
export async function runCliInProcess(args) {
    let stdout = '', stderr = '';
    const saved = { exit: process.exit, out: process.stdout.write, err: process.stderr.write, code: process.exitCode,
        rx: rxjsConfig.onUnhandledError };
    process.exitCode = undefined;
    process.exit = ((code) => { throw new ExitSignal(code ?? 0); });
    process.stdout.write = ((s) => {
        stdout += String(s);
        return true;
    });
    process.stderr.write = ((s) => {
        stderr += String(s);
        return true;
    });
    let late;
    rxjsConfig.onUnhandledError = (e) => { late ??= e; };
    let code;
    try {
        await (await buildProgram(args)).parseAsync(['node', 'kubesim', ...args]);
        code = typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
    }
    catch (e) {
        if (e instanceof ExitSignal)
            code = e.code;
        else {
            code = EXIT.internal;
            stderr += `kubesim: internal error (escaped the CLI): ${e?.stack ?? String(e)}\n`;
        }
    }
    finally {
        process.exit = saved.exit;
        process.stdout.write = saved.out;
        process.stderr.write = saved.err;
        process.exitCode = saved.code;
        rxjsConfig.onUnhandledError = saved.rx;
    }
    if (late !== undefined) {
        code = EXIT.internal;
        stderr += `kubesim: internal error (in a subscriber): ${late?.message ?? String(late)}\n`;
    }
    return { code, stdout, stderr };
}
