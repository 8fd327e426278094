import type { Command } from 'commander';
import { replay } from '../../engine/replay.js';
import { kubectlGet } from '../../output/get/get.js';
import { formatDuration } from '../../api/time.js';
import { CliError, durationOption, fail } from '../io.js';
import { readLog } from './replay.js';
import { stateFromCheckpoint } from '../checkpoints.js';

/** The state of a log at `--at` (its end without), refusing an instant past the log's last fact. */
export function logAt(file: string, atText: string | undefined): { log: ReturnType<typeof readLog>;
  state: ReturnType<typeof replay> } {
  const log = readLog(file);
  return { log, state: stateAt(file, log.events, atText) };
}

/** The state at `--at` from the facts, refusing an instant past the last one. */
function stateAt(file: string, events: ReturnType<typeof readLog>['events'],
  atText: string | undefined): ReturnType<typeof replay> {
  const end = events.length ? events[events.length - 1].at : 0;
  const at = atText !== undefined ? durationOption(atText, '--at') : undefined;
  if (at !== undefined && at > end) throw new CliError(
    `--at ${atText}: past the end of ${file} (its last fact is at ${formatDuration(end)})`);
  return replay(events, at);
}

/**
 * Like logAt, for a view that needs no facts before `--at` (every kind but events, and describe
 * but for its Events): the state comes from the log's nearest checkpoint when it has them
 * (`fromCheckpoint`, and no facts), else from the facts (all of them, returned).
 */
export function stateOnlyAt(file: string, atText: string | undefined): { events: ReturnType<typeof readLog>['events'];
  state: ReturnType<typeof replay>; fromCheckpoint: boolean } {
  const at = atText !== undefined ? durationOption(atText, '--at') : undefined;
  const c = at !== undefined ? stateFromCheckpoint(file, at) : undefined;
  if (c && at! > c.end) throw new CliError(
    `--at ${atText}: past the end of ${file} (its last fact is at ${formatDuration(c.end)})`);
  if (c) return { events: [], state: c.state, fromCheckpoint: true };
  const log = readLog(file);
  return { events: log.events, state: stateAt(file, log.events, atText), fromCheckpoint: false };
}

export function registerGet(program: Command): void {
  program
    .command('get')
    .description('list objects as `kubectl get` prints them, from a log (at its end or at any virtual time)')
    .argument('<kind>',
      'pods, nodes, deployments, ..., several as deploy,rs,po, or all: pods, nodes, deployments, replicasets, ' +
        'statefulsets, daemonsets, jobs, cronjobs, hpa, pdb, configmaps, events, '
        +
        '...')
    .argument('[names...]', 'object names (all when absent)')
    .requiredOption('--log <file>', 'a log written by kubesim run --log')
    .option('--at <duration>', 'the state at this virtual time (e.g. 5m)')
    .option('-n, --namespace <ns>', 'namespace', 'default')
    .option('-A, --all-namespaces', 'list across all namespaces')
    .option('-l, --selector <selector>', 'label selector (e.g. app=web,tier!=db)')
    .option('--field-selector <selector>', 'field selector (e.g. status.phase=Running,spec.nodeName=node-0)')
    .option('-o, --output <format>', 'wide, yaml, json, name, jsonpath=TEMPLATE or custom-columns=HEADER:PATH,...')
    .option('--sort-by <field>', 'order the list by a jsonpath field (e.g. .metadata.creationTimestamp)')
    .option('--show-labels', 'add a LABELS column')
    .option('--no-headers', 'omit the header line')
    .action((kind: string, names: string[], o: { log: string; at?: string; namespace: string; allNamespaces?: boolean;
      selector?: string; fieldSelector?: string; output?: string; sortBy?: string; showLabels?: boolean;
      headers: boolean }) => {
      try {
        // Events are recorded from every fact before --at; any other kind reads only the state.
        const wantsEvents = kind.split(',').some((k) => /^(ev|events?)(\..*)?$/i.test(k));
        const { events, state } = wantsEvents ? (({ log, state: s }) => ({ events: log.events, state: s }))(
          logAt(o.log, o.at)) : stateOnlyAt(o.log, o.at);
        const r = kubectlGet(state, events, {
          resource: kind, names, namespace: o.namespace, allNamespaces: o.allNamespaces === true,
          ...(o.selector !== undefined ? { labelSelector: o.selector } : {}),
            ...(o.fieldSelector !== undefined ? { fieldSelector: o.fieldSelector } : {}),
          ...(o.output !== undefined ? { output: o.output } : {}), showLabels: o.showLabels === true,
          ...(o.sortBy !== undefined ? { sortBy: o.sortBy } : {}),
            noHeaders: o.headers === false,
        });
        process.stdout.write(r.stdout);
        process.stderr.write(r.stderr);
        process.exitCode = r.exitCode;
      } catch (err) { fail(err); }
    });
}
