/**
 * Per-attempt scratch space shared by a profile's plugins (kube-scheduler's CycleState), with
 * typed keys instead of string keys and type assertions. A fresh CycleState is made for each
 * scheduling attempt and never stored in ClusterState.
 */
export interface StateKey<T> {
  readonly name: string;
  /** Phantom field: carries T for the compiler only. */
  readonly __type?: T;
}

export const stateKey = <T>(name: string): StateKey<T> => ({ name });

export class CycleState {
  #data = new Map<string, unknown>();

  write<T>(key: StateKey<T>, value: T): void {
    this.#data.set(key.name, value);
  }

  /** The value a PreFilter/PreScore stored, or undefined when that stage did not run. */
  read<T>(key: StateKey<T>): T | undefined {
    return this.#data.get(key.name) as T | undefined;
  }

  has(key: StateKey<unknown>): boolean {
    return this.#data.has(key.name);
  }
}

export const newCycleState = (): CycleState => new CycleState();
