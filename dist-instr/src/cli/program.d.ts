import { Command } from 'commander';
/**
 * The kubesim command line for `args` (the words after `kubesim`), built fresh per invocation
 * (main.ts, and the in-process runner the front-door fuzz tests use). When the first word names a
 * command, only that command is registered; for `--version` none; otherwise (help, a mistyped command,
 * which commander answers with the closest name) every one is. A usage error (unknown option, missing
 * argument) is bad input: exit 2, as README states, not commander's default 1.
 */
export declare function buildProgram(args: readonly string[]): Promise<Command>;
