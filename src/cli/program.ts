import { Command, CommanderError } from 'commander';
import { EXIT } from './io.js';
import { registerDescribe } from './commands/describe.js';
import { registerReplay } from './commands/replay.js';
import { registerRun } from './commands/run.js';
import { registerValidate } from './commands/validate.js';
import { registerCheck } from './commands/check.js';
import { registerFuzz } from './commands/fuzz.js';
import { registerExplain } from './commands/explain.js';
import { registerBench } from './commands/bench.js';
import { registerVerify } from './commands/verify.js';
import { registerServe } from './commands/serve.js';
import { registerClock } from './commands/clock.js';

/**
 * The kubesim command line, built fresh per invocation (main.ts, and the in-process runner the
 * front-door fuzz tests use). A usage error (unknown option, missing argument) is bad input:
 * exit 2, as README states, not commander's default 1.
 */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('kubesim')
    .description('Deterministic, event-sourced simulation of a Kubernetes cluster')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride((err: CommanderError) => {
      process.exit(err.exitCode === 0 ? EXIT.ok : EXIT.badInput);
    });
  registerRun(program);
  registerReplay(program);
  registerValidate(program);
  registerCheck(program);
  registerFuzz(program);
  registerDescribe(program);
  registerExplain(program);
  registerBench(program);
  registerVerify(program);
  registerServe(program);
  registerClock(program);
  return program;
}
