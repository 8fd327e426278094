import type { Labels, LabelSelector } from './types.js';
/** A compiled label selector (apimachinery labels.Selector). */
export type Matcher = (labels: Labels | undefined) => boolean;
export declare const MATCH_NOTHING: Matcher;
export declare const MATCH_EVERYTHING: Matcher;
/** One requirement against one label value (`undefined`: the key is absent). */
export declare function requirementMatches(operator: string, values: readonly string[] | undefined, value: string | undefined): boolean;
/** metav1.LabelSelectorAsSelector(sel).Matches(labels). */
export declare function labelSelectorMatches(sel: LabelSelector | undefined, labels: Labels | undefined): boolean;
/** labels.SelectorFromSet(set).Matches(labels): a map selector (ReplicationController, Service); every pair holds. */
export declare function labelSetMatches(set: Labels, labels: Labels | undefined): boolean;
/**
 * The label pairs a selector requires exactly (its matchLabels, and each In with one value):
 * every label set it matches carries each of them, so an index by label can find the candidates.
 */
export declare function selectorAnchors(sel: LabelSelector | undefined): [string, string][];
/** `labelSelectorMatches` compiled once, for selectors matched against many label sets (the scheduler). */
export declare function compileSelector(sel: LabelSelector | undefined): Matcher;
