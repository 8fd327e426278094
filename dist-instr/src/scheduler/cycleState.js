let nextSlot = 0;
export const stateKey = (name) => ({ name, slot: nextSlot++ });
export class CycleState {
    #slots = [];
    write(key, value) {
        this.#slots[key.slot] = value;
    }
    /** The value a PreFilter/PreScore stored, or undefined when that stage did not run. */
    read(key) {
        return this.#slots[key.slot];
    }
    has(key) {
        return this.#slots[key.slot] !== undefined;
    }
}
export const newCycleState = () => new CycleState();
export const preFilterNodesKey = stateKey('PreFilterResult');
/** Narrows the nodes this attempt looks at (PreFilterResult.Merge: the intersection). */
export function restrictNodes(state, plugin, names) {
    const prev = state.read(preFilterNodesKey);
    const merged = prev ? new Set([...prev.names].filter((n) => names.has(n))) : new Set(names);
    state.write(preFilterNodesKey, { names: merged, plugins: [...(prev?.plugins ?? []), plugin] });
}
/** The scheduler's random stream for this attempt (uniform integer in [0, n)), for plugins that draw. */
export const randomIntKey = stateKey('RandomInt');
