import { cronJobForbid } from './cronJobForbid.js';
import { daemonSetOnePerNode } from './daemonSetOnePerNode.js';
import { jobCompletions } from './jobCompletions.js';
import { legalPhaseTransitions } from './legalPhaseTransitions.js';
import { noOvercommit } from './noOvercommit.js';
import { noRunningContainerInTerminatedPod } from './noRunningContainerInTerminatedPod.js';
import { pdbRespected } from './pdbRespected.js';
import { podOnOneNode } from './podOnOneNode.js';
import { replicasConverge } from './replicasConverge.js';
import { restartCountMonotonic } from './restartCountMonotonic.js';
import { statefulSetOrdinals } from './statefulSetOrdinals.js';
import type { Invariant } from './types.js';

export interface InvariantOptions {
  /** Convergence laws are judged this long after the last disturbance (default 2m). */
  readonly settle?: number;
}

/** The built-in catalogue, in a fixed order (reports list violations in this order). */
export function builtinInvariants(opts: InvariantOptions = {}): Invariant[] {
  return [
    replicasConverge(opts), daemonSetOnePerNode(opts), statefulSetOrdinals(opts), noOvercommit, legalPhaseTransitions,
    jobCompletions, cronJobForbid, pdbRespected, restartCountMonotonic, podOnOneNode, noRunningContainerInTerminatedPod,
  ];
}

/**
 * Named invariants: the built-ins plus the user's own. Registering a name twice throws, as
 * kube-scheduler's runtime.Registry.Register does.
 */
export class InvariantRegistry {
  #byName = new Map<string, Invariant>();

  constructor(initial: readonly Invariant[] = builtinInvariants()) {
    for (const i of initial) this.register(i);
  }

  register(inv: Invariant): void {
    if (!inv || typeof inv.name !== 'string' || typeof inv.check !== 'function'
      || (inv.when !== 'batch' && inv.when !== 'end'))
      throw new TypeError(
        `not an invariant: want {name, description, when: 'batch' | 'end', check(ctx)}, got ${JSON.stringify(inv)}`);
    if (this.#byName.has(inv.name)) throw new Error(`an invariant named ${inv.name} is already registered`);
    this.#byName.set(inv.name, inv);
  }

  get(name: string): Invariant | undefined {
    return this.#byName.get(name);
  }

  names(): string[] {
    return [...this.#byName.keys()];
  }

  all(): Invariant[] {
    return [...this.#byName.values()];
  }

  /** Looks up names, throwing one error that lists the unknown ones and the known ones. */
  select(names: readonly string[]): Invariant[] {
    const unknown = names.filter((n) => !this.#byName.has(n));
    if (unknown.length) throw new RangeError(
      `unknown invariant${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: ${this.names().join(', ')})`);
    return names.map((n) => this.#byName.get(n)!);
  }
}
