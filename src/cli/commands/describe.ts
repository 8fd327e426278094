import type { Command } from 'commander';
import { DESCRIBABLE, kubectlDescribe } from '../../output/describe/index.js';
import { durationOption, fail } from '../io.js';
import { stateOnlyAt } from './get.js';
import { asInJson, factsNaming } from '../logScan.js';

/**
 * The facts that can be about one object's Events: those naming it (a pod's as namespace/name, a
 * node's, a controller's key), and a preemptor's FailedScheduling, whose victims' Preempted
 * events name it (output/events/observe.ts).
 */
const naming = (name: string): string[] => [asInJson(name), '"nominatedNode"'];

export function registerDescribe(program: Command): void {
  program
    .command('describe')
    .description('show one object as `kubectl describe` would, from a log (at its end or at any virtual time)')
    .argument('<kind>', DESCRIBABLE.join(', '))
    .argument('<name>', 'the object name')
    .requiredOption('--log <file>', 'a log written by kubesim run --log')
    .option('--at <duration>', 'the state at this virtual time (e.g. 5m); past the log\'s end is refused')
    .option('-n, --namespace <ns>', 'namespace', 'default')
    .action((kind: string, name: string, o: { log: string; at?: string; namespace: string }) => {
      try {
        // With checkpoints, --at starts from the nearest one, and the Events come from the facts naming the object.
        const s = stateOnlyAt(o.log, o.at);
        const facts = s.fromCheckpoint ? factsNaming(o.log, naming(name), durationOption(o.at!, '--at')) : s.events;
        const r = kubectlDescribe(s.state, facts, kind, name, o.namespace);
        process.stdout.write(r.stdout);
        process.stderr.write(r.stderr);
        if (r.exitCode) process.exitCode = r.exitCode;
      } catch (err) { fail(err); }
    });
}
