#!/usr/bin/env node
import { config as rxjsConfig } from 'rxjs/internal/config';
import { fail } from './io.js';
import { buildProgram } from './program.js';

// rxjs reports an exception thrown inside a subscriber (a plugin's invariant, a log sink) on a
// later tick instead of at the throw: make it a clean internal error with exit code 3, not a
// stray stack trace after the run's output.
rxjsConfig.onUnhandledError = (err) => fail(err);

// `kubesim run | head`: the reader went away; stop quietly as other Unix tools do, no EPIPE stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    fail(err);
  });
}

await (await buildProgram(process.argv.slice(2))).parseAsync();
