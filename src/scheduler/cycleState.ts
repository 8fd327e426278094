/**
 * Per-attempt scratch space shared by a profile's plugins (kube-scheduler's CycleState), with
 * typed keys instead of string keys and type assertions. A fresh CycleState is made for each
 * scheduling attempt and never stored in ClusterState.
 *
 * Keys get a slot number when created, so a read is an array index, not a map lookup: plugins
 * read their PreScore state once per node in the hot loop.
 */
export interface StateKey<T> {
  readonly name: string;
  readonly slot: number;
  /** Phantom field: carries T for the compiler only. */
  readonly __type?: T;
}

let nextSlot = 0;
export const stateKey = <T>(name: string): StateKey<T> => ({ name, slot: nextSlot++ });

export class CycleState {
  // Sized for every key made so far (plugins make theirs when loaded): writes do not grow it step by step.
  #slots: unknown[] = new Array<unknown>(nextSlot);

  write<T>(key: StateKey<T>, value: T): void {
    this.#slots[key.slot] = value;
  }

  /** The value a PreFilter/PreScore stored, or undefined when that stage did not run. */
  read<T>(key: StateKey<T>): T | undefined {
    return this.#slots[key.slot] as T | undefined;
  }

  has(key: StateKey<unknown>): boolean {
    return this.#slots[key.slot] !== undefined;
  }
}

export const newCycleState = (): CycleState => new CycleState();

/**
 * PreFilterResult (framework.PreFilterResult): the node names PreFilter plugins narrowed the
 * search to, intersected across plugins, with the plugins that narrowed it.
 */
export interface PreFilterNodes { readonly names: ReadonlySet<string>; readonly plugins: readonly string[] }
export const preFilterNodesKey = stateKey<PreFilterNodes>('PreFilterResult');

/** Narrows the nodes this attempt looks at (PreFilterResult.Merge: the intersection). */
export function restrictNodes(state: CycleState, plugin: string, names: ReadonlySet<string>): void {
  const prev = state.read(preFilterNodesKey);
  const merged = prev ? new Set([...prev.names].filter((n) => names.has(n))) : new Set(names);
  state.write(preFilterNodesKey, { names: merged, plugins: [...(prev?.plugins ?? []), plugin] });
}

/** The scheduler's random stream for this attempt (uniform integer in [0, n)), for plugins that draw. */
export const randomIntKey = stateKey<(n: number) => number>('RandomInt');
