import type { Command } from 'commander';
import type { ClusterEvent } from '../../events/index.js';
import { replay } from '../../engine/replay.js';
import { describePod } from '../../output/describePod.js';
import { tget } from '../../reducers/table.js';
import { CliError, durationOption, fail } from '../io.js';
import { readLog } from './replay.js';

/** The facts about one pod (by uid, or by name for facts before its uid was known), up to `at`. */
function podEvents(events: readonly ClusterEvent[], key: string, uid: string, at: number): ClusterEvent[] {
  return events.filter((e) => e.at <= at && 'pod' in e && e.pod === key && (!('uid' in e) || e.uid === uid));
}

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
        process.stdout.write(describePod(pod, podEvents(log.events, key, uid, state.time), log.header.startTime,
          state.time));
      } catch (err) { fail(err); }
    });
}
