/** `part` as a shallow copy owned by the current batch (`part` itself once owned). */
export declare function batchOwned<P extends object>(part: P): P;
/** Ends the batch: what it owned is frozen (shallowly) when state is frozen as written. */
export declare function sealBatchOwned(freeze: boolean): void;
