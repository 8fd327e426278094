import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { FileReader } from '../scenario/load.js';
import { ScenarioError, formatProblem } from '../api/problems.js';
import { LogError } from '../engine/log.js';
import { parseDuration } from '../api/time.js';
import { ProfileError } from '../scheduler/profile.js';

/** The one real file reader: the CLI is the only module that touches the file system. */
export const nodeFs: FileReader = {
  read: (p) => readFileSync(p, 'utf8'),
  // Relative to the scenario's folder, and kept relative so messages name files as the user did.
  resolve: (from, rel) => (isAbsolute(rel) ? rel : join(dirname(from), rel)),
};

/** Exit codes: 0 ok, 1 a check failed (validation, expectations, invariants), 2 bad input. */
export const EXIT = { ok: 0, failed: 1, badInput: 2, internal: 3 } as const;

export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(message: string, readonly code: number = EXIT.badInput) { super(message); }
}

/** Prints a clear error (never a stack trace for bad input) and exits. */
export function fail(err: unknown): never {
  if (err instanceof ScenarioError) {
    for (const p of err.problems) process.stderr.write(`error: ${formatProblem(p)}\n`);
    process.exit(EXIT.badInput);
  }
  if (err instanceof CliError) { process.stderr.write(`error: ${err.message}\n`); process.exit(err.code); }
  if (err instanceof ProfileError) { for (const p of err.problems) process.stderr.write(`error: ${p}\n`);
    process.exit(EXIT.badInput); }
  if (err instanceof LogError) { process.stderr.write(`error: ${err.message}\n`); process.exit(EXIT.badInput); }
  const e = err as Error;
  process.stderr.write(`kubesim: internal error: ${e?.message ?? String(err)}\n`);
  if (process.env.KUBESIM_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
  else process.stderr.write('(set KUBESIM_DEBUG=1 for a stack trace, and please report it)\n');
  process.exit(EXIT.internal);
}

export function durationOption(v: string, flag: string): number {
  const d = parseDuration(v);
  if (typeof d === 'string') throw new CliError(`${flag}: ${d}`);
  return d;
}

export function readText(path: string): string {
  try { return readFileSync(path, 'utf8'); } catch { throw new CliError(`${path}: cannot read file (does it exist?)`); }
}
