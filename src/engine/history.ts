import type { ClusterEvent } from '../events/index.js';
import { MAX_DURATION_MS } from '../api/limits.js';

/** The header fields the checks read (LogHeader, without importing log.ts, which calls this). */
export interface HistoryHeader { readonly scenario: string; readonly seed: number; readonly startTime: number;
  readonly until: number }

/** A fact that could not have happened: its index (-1 for the header) and why. */
export interface Impossible { readonly index: number; readonly message: string }

function headerProblem(header: HistoryHeader): Impossible | undefined {
  const h = header as unknown as Record<string, unknown>;
  if (typeof h.scenario !== 'string') return { index: -1, message: 'header: scenario must be a string' };
  if (!Number.isSafeInteger(h.seed)) return { index: -1,
    message: `header: seed must be a whole number up to 2^53 - 1, got ${JSON.stringify(h.seed)}` };
  if (typeof h.startTime !== 'number' || !Number.isFinite(h.startTime)) return { index: -1,
    message: 'header: startTime must be a finite number' };
  if (!Number.isSafeInteger(h.until) || (h.until as number) < 0
    || (h.until as number) > MAX_DURATION_MS) return { index: -1,
      message: `header: until must be whole milliseconds from 0 to ${MAX_DURATION_MS}, got ` +
        `${JSON.stringify(h.until)}` };
  return undefined;
}

/**
 * impossibleHistory over facts given one at a time (a day's log is read as a stream): `fact`
 * for each in order, then `result`, which is what impossibleHistory returns for all of them.
 */
export class HistoryCheck {
  #problem: Impossible | undefined;
  readonly #nodes = new Set<string>();
  readonly #pods = new Map<string, string>(); // uid -> key
  readonly #podKeys = new Set<string>();
  #count = 0;
  /** The index of a SimulationStopped seen (a fact after it is the problem). */
  #stopped = -1;

  constructor(private readonly header: HistoryHeader) {
    this.#problem = headerProblem(header);
  }

  fact(e: ClusterEvent): void {
    const i = this.#count++;
    if (this.#problem) return;
    if (this.#stopped >= 0) { this.#problem = { index: this.#stopped, message: 'facts after SimulationStopped' };
      return; }
    this.#problem = this.#check(e, i);
  }

  get result(): Impossible | undefined { return this.#problem; }

  #check(e: ClusterEvent, i: number): Impossible | undefined {
    const header = this.header, nodes = this.#nodes, pods = this.#pods, podKeys = this.#podKeys;
    const bad = (message: string) => ({ index: i, message });
    if (!Number.isSafeInteger(e.at) || e.at < 0) return bad(
      `virtual time ${JSON.stringify(e.at)} is not whole milliseconds from 0`);
    if (e.at > header.until) return bad(`virtual time ${e.at} is after the run's until (${header.until})`);
    if (i === 0 && (e.type !== 'SimulationStarted' || e.at !== 0)) return bad(
      'the first fact must be SimulationStarted at 0');
    if (i > 0 && e.type === 'SimulationStarted') return bad('SimulationStarted again: a run starts once');
    if (e.type === 'SimulationStarted' && (e.seed !== header.seed || e.scenario !== header.scenario)) return bad(
      'SimulationStarted names another scenario or seed than the header');
    if (e.type === 'SimulationStopped') this.#stopped = i;
    if (e.type === 'NodeAdded') {
      if (nodes.has(e.node)) return bad(`node ${JSON.stringify(e.node)} is added twice`);
      if (e.object.metadata.name !== e.node) return bad(
        `NodeAdded names node ${JSON.stringify(e.node)} but holds ${JSON.stringify(e.object.metadata.name)}`);
      nodes.add(e.node);
      return undefined;
    }
    if (e.type === 'PodCreated') {
      if (pods.has(e.uid)) return bad(`pod uid ${e.uid} is created twice`);
      if (podKeys.has(e.pod)) return bad(`pod ${e.pod} is created while a pod of that name exists`);
      pods.set(e.uid, e.pod); podKeys.add(e.pod);
      return undefined;
    }
    if ('node' in e && typeof e.node === 'string' && e.type.startsWith('Node')
      && !nodes.has(e.node)) return bad(`${e.type} of node ${JSON.stringify(e.node)}, which does not exist`);
    if (e.type === 'PodScheduled' && !nodes.has(e.node)) return bad(
      `pod ${e.pod} binds to node ${JSON.stringify(e.node)}, which does not exist`);
    if ('uid' in e && 'pod' in e && typeof e.uid === 'string') {
      const key = pods.get(e.uid);
      if (key === undefined) return bad(`${e.type} of pod ${e.pod} (uid ${e.uid}), which was never created`);
      if (key !== e.pod) return bad(`${e.type} names pod ${e.pod} but uid ${e.uid} is pod ${key}`);
      if (e.type === 'PodDeleted') { pods.delete(e.uid); podKeys.delete(e.pod); }
    }
    return undefined;
  }
}

/**
 * Whether a log's facts describe a history that could have happened, beyond its hash chain (a
 * chain can be recomputed after an edit): the header's fields are sound, the first fact starts
 * the run, no fact is after `until`, a node is added once and named facts refer to nodes and
 * pods that exist at that moment (a pod binds to an existing node; a pod is created once).
 * Returns the index of the first impossible fact (-1 for the header) and why, or undefined.
 */
export function impossibleHistory(header: HistoryHeader, events: readonly ClusterEvent[]): Impossible | undefined {
  const check = new HistoryCheck(header);
  for (const e of events) check.fact(e);
  return check.result;
}
