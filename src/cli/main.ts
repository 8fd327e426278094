#!/usr/bin/env node
import { Command } from 'commander';
import { config as rxjsConfig } from 'rxjs';
import { fail } from './io.js';
import { registerDescribe } from './commands/describe.js';
import { registerReplay } from './commands/replay.js';
import { registerRun } from './commands/run.js';
import { registerValidate } from './commands/validate.js';
import { registerCheck } from './commands/check.js';
import { registerFuzz } from './commands/fuzz.js';
import { registerExplain } from './commands/explain.js';
import { registerBench } from './commands/bench.js';
import { registerGet } from './commands/get.js';
import { registerServe } from './commands/serve.js';
import { registerClock } from './commands/clock.js';
import { registerReport } from './commands/report.js';
import { registerDiff } from './commands/diff.js';

// rxjs reports an exception thrown inside a subscriber (a plugin's invariant, a log sink) on a
// later tick instead of at the throw: make it a clean internal error with exit code 3, not a
// stray stack trace after the run's output.
rxjsConfig.onUnhandledError = (err) => fail(err);

const program = new Command();
program
  .name('kubesim')
  .description('Deterministic, event-sourced simulation of a Kubernetes cluster')
  .version('0.1.0')
  .showHelpAfterError();

registerRun(program);
registerReplay(program);
registerValidate(program);
registerCheck(program);
registerFuzz(program);
registerGet(program);
registerReport(program);
registerDiff(program);
registerDescribe(program);
registerExplain(program);
registerBench(program);
registerServe(program);
registerClock(program);

await program.parseAsync();
