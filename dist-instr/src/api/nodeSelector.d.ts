/**
 * Node selectors as kube-scheduler and the DaemonSet controller match them
 * (staging/src/k8s.io/component-helpers/scheduling/corev1/nodeaffinity/nodeaffinity.go).
 * A term is parsed first (newNodeSelectorTerm, via labels.NewRequirement and the field selector
 * rules); a term that does not parse matches no node, and a term with neither matchExpressions
 * nor matchFields matches nothing. Terms are ORed; a null or empty term list matches nothing.
 * Compiled terms are memoised per term object (specs are immutable and shared by a template's pods).
 */
import type { Labels, NodeSelectorTerm } from './types.js';
/** Whether a compiled term matches a node's labels and name. */
export type TermMatcher = (labels: Labels, nodeName: string) => boolean;
/** The term, compiled once per term object. */
export declare function termMatcher(t: NodeSelectorTerm | null | undefined): TermMatcher;
/** A node selector term matches the node (nodeSelectorTerm.match). */
export declare const nodeSelectorTermMatches: (t: NodeSelectorTerm | null | undefined, labels: Labels, nodeName: string) => boolean;
/** NodeSelector.Match: any term; a null or empty list matches nothing. */
export declare function nodeSelectorTermsMatch(terms: readonly NodeSelectorTerm[] | null | undefined, labels: Labels, nodeName: string): boolean;
