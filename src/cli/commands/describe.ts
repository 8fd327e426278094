import type { Command } from 'commander';
import { recordEvents } from '../../output/events/record.js';
import { replay } from '../../engine/replay.js';
import { describePod, eventsAbout } from '../../output/describePod.js';
import { tget } from '../../reducers/table.js';
import { CliError, durationOption, fail } from '../io.js';
import { readLog } from './replay.js';


export function registerDescribe(program: Command): void {
  program
    .command('describe')
    .description('show one object as `kubectl describe` would, from a log (at its end or at any virtual time)')
    .argument('<kind>', 'pod (the only kind so far)')
    .argument('<name>', 'the object name')
    .requiredOption('--log <file>', 'a log written by kubesim run --log')
    .option('--at <duration>', 'the state at this virtual time (e.g. 5m)')
    .option('-n, --namespace <ns>', 'namespace', 'default')
    .action((kind: string, name: string, o: { log: string; at?: string; namespace: string }) => {
      try {
        if (!['pod', 'pods', 'po'].includes(kind.toLowerCase())) throw new CliError(
          `describe: kind ${kind} is not supported yet (supported: pod)`);
        const log = readLog(o.log);
        const at = o.at !== undefined ? durationOption(o.at, '--at') : undefined;
        const state = replay(log.events, at);
        const key = `${o.namespace}/${name}`;
        const uid = tget(state.podUids, key);
        const pod = uid ? tget(state.pods, uid) : undefined;
        if (!pod || !uid) throw new CliError(`pods "${name}" not found in namespace ${o.namespace} at ${state.time} ms`,
          1);
        const events = eventsAbout(recordEvents(log.events, log.header.startTime, state.time), 'Pod', o.namespace, name,
          uid);
        process.stdout.write(describePod(pod, events, log.header.startTime, state.time));
      } catch (err) { fail(err); }
    });
}
