import fc from 'fast-check';
import { type VaryBounds } from '../scenario/vary.js';
/**
 * What one case draws for one behaviour rule (or the catch-all) beyond its start delay; each field
 * is absent when its `vary:` key is, or when fast-check drew (or shrank to) the rule's own value.
 */
export interface BehaviorDraw {
    readonly exitAfter?: number;
    readonly exitCode?: number;
    /** The memory curve: its peak in percent of the limit, reached `memoryAt` ms after the start. */
    readonly memoryPeak?: number;
    readonly memoryAt?: number;
    readonly passAfter?: number;
    readonly failAfter?: number;
    readonly pullMs?: number;
}
/** Start delays for each behaviour rule plus a catch-all, within `vary.startDelay` (shrink to the range's start). */
export declare const startDelays: (rules: number, vary?: VaryBounds) => fc.Arbitrary<number[]>;
/** Whether `vary` asks for anything beyond start delays (otherwise cases carry no behaviour draws). */
export declare const variesBehavior: (vary?: VaryBounds) => boolean;
/** One BehaviorDraw per behaviour rule plus the catch-all, within the `vary:` bounds. */
export declare function behaviorDraws(rules: number, vary: VaryBounds): fc.Arbitrary<BehaviorDraw[]>;
/**
 * The scenario's behaviour rules with a case's variation: rule i gets startDelays[i] (0 keeps its
 * own) and draws[i]; a catch-all rule `{match: {}}` after them carries the last entries, so it
 * reaches only the containers no rule of the user's matches (first match wins).
 */
export declare function variedRules(rules: readonly unknown[], delays: readonly number[], draws?: readonly BehaviorDraw[]): unknown[];
