import type { Command } from 'commander';
import { replay } from '../../engine/replay.js';
import { DESCRIBABLE, kubectlDescribe } from '../../output/describe/index.js';
import { durationOption, fail } from '../io.js';
import { readLog } from './replay.js';

export function registerDescribe(program: Command): void {
  program
    .command('describe')
    .description('show one object as `kubectl describe` would, from a log (at its end or at any virtual time)')
    .argument('<kind>', DESCRIBABLE.join(', '))
    .argument('<name>', 'the object name')
    .requiredOption('--log <file>', 'a log written by kubesim run --log')
    .option('--at <duration>', 'the state at this virtual time (e.g. 5m)')
    .option('-n, --namespace <ns>', 'namespace', 'default')
    .action((kind: string, name: string, o: { log: string; at?: string; namespace: string }) => {
      try {
        const log = readLog(o.log);
        const at = o.at !== undefined ? durationOption(o.at, '--at') : undefined;
        const state = replay(log.events, at);
        const r = kubectlDescribe(state, log.events, kind, name, o.namespace);
        process.stdout.write(r.stdout);
        process.stderr.write(r.stderr);
        if (r.exitCode) process.exitCode = r.exitCode;
      } catch (err) { fail(err); }
    });
}
