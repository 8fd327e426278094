import type { ClusterState } from './state.js';
/**
 * The state as a sequence of JSON-able parts and back: what a checkpoint stores (engine/checkpoint.ts).
 * Parts, not one value, so a state of 150,000 pods is written and read in pieces of bounded size.
 * Generic over the state's shape: a Table becomes its entries in iteration order (rebuilt by
 * inserting them in that order, which gives the same order back: table.ts), a record holding
 * Tables is walked, anything else is one value. Numbers JSON cannot hold (Infinity, NaN) are kept.
 */
export type StatePart = {
    readonly path: readonly string[];
    readonly value: unknown;
} | {
    readonly path: readonly string[];
    readonly entries: readonly (readonly [string, unknown])[];
};
/** The parts of a state, in a fixed order (the state's keys, then each table's iteration order). */
export declare function stateParts(state: ClusterState): Generator<StatePart>;
/** Rebuilds a state from its parts (deeply frozen, as reducers leave their state). */
export declare function stateFromParts(parts: Iterable<StatePart>): ClusterState;
/**
 * JSON text of a part (Infinity, -Infinity and NaN as {"$number": "..."}; a Set, as podsByOwner's
 * UidSet chunks are, as {"$set": [...]} in its iteration order).
 */
export declare const partToJson: (p: StatePart) => string;
/**
 * A part from its JSON text. JSON.parse with a reviver calls it for every value (several times
 * slower on a part of 500 pods): it is used only when the text holds one of the two markers.
 */
export declare const partFromJson: (text: string) => StatePart;
