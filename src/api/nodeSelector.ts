/**
 * Node selectors as kube-scheduler and the DaemonSet controller match them
 * (staging/src/k8s.io/component-helpers/scheduling/corev1/nodeaffinity/nodeaffinity.go).
 * A term is parsed first (newNodeSelectorTerm, via labels.NewRequirement and the field selector
 * rules); a term that does not parse matches no node, and a term with neither matchExpressions
 * nor matchFields matches nothing. Terms are ORed; a null or empty term list matches nothing.
 * Compiled terms are memoised per term object (specs are immutable and shared by a template's pods).
 */
import type { Labels, NodeSelectorRequirement, NodeSelectorTerm } from './types.js';
import { isQualifiedName, LABEL_VALUE } from './validation/common.js';

/** Whether a compiled term matches a node's labels and name. */
export type TermMatcher = (labels: Labels, nodeName: string) => boolean;

const NOTHING: TermMatcher = () => false;
const INT = /^[+-]?\d+$/;
const isLabelValue = (v: unknown): boolean => typeof v === 'string' && v.length <= 63 && LABEL_VALUE.test(v);

/**
 * labels.NewRequirement's checks for one matchExpression: a qualified key; In/NotIn with at least
 * one value, Exists/DoesNotExist with none, Gt/Lt with one integer; every value a valid label value
 * (so `NotIn ["invalid value: ___@#$%^"]` is a parse error, not "matches every node").
 */
function labelRequirement(r: NodeSelectorRequirement): ((labels: Labels) => boolean) | undefined {
  if (typeof r.key !== 'string' || !isQualifiedName(r.key)) return undefined;
  const vals = Array.isArray(r.values) ? r.values : [];
  switch (r.operator) {
    case 'In': case 'NotIn': if (vals.length === 0) return undefined; break;
    case 'Exists': case 'DoesNotExist': if (vals.length !== 0) return undefined; break;
    case 'Gt': case 'Lt': if (vals.length !== 1 || !INT.test(String(vals[0]))) return undefined; break;
    default: return undefined;
  }
  if (!vals.every(isLabelValue)) return undefined;
  const key = r.key, set = new Set(vals);
  const has = (l: Labels): boolean => Object.prototype.hasOwnProperty.call(l, key);
  switch (r.operator) {
    case 'In': return (l) => has(l) && set.has(l[key]);
    case 'NotIn': return (l) => !has(l) || !set.has(l[key]);
    case 'Exists': return has;
    case 'DoesNotExist': return (l) => !has(l);
    default: {
      const bound = Number(vals[0]), gt = r.operator === 'Gt';
      // labels.Requirement.Matches: the node's value must parse as an integer too.
      return (l) => has(l) && INT.test(l[key]) && (gt ? Number(l[key]) > bound : Number(l[key]) < bound);
    }
  }
}

/**
 * nodeSelectorRequirementsAsFieldSelector: one value, In (=) or NotIn (!=). The node's field set
 * holds only metadata.name, so another key reads as "" (validation refuses such keys anyway).
 */
function fieldRequirement(r: NodeSelectorRequirement): ((nodeName: string) => boolean) | undefined {
  const vals = Array.isArray(r.values) ? r.values : [];
  if (vals.length !== 1 || (r.operator !== 'In' && r.operator !== 'NotIn')) return undefined;
  const want = vals[0], isName = r.key === 'metadata.name', inOp = r.operator === 'In';
  return (name) => ((isName ? name : '') === want) === inOp;
}

function compileTerm(t: NodeSelectorTerm | null | undefined): TermMatcher {
  if (!t) return NOTHING;
  const exprs = t.matchExpressions ?? [], fields = t.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return NOTHING;
  const ls: ((l: Labels) => boolean)[] = [], fs: ((n: string) => boolean)[] = [];
  for (const r of exprs) { const m = r ? labelRequirement(r) : undefined; if (!m) return NOTHING; ls.push(m); }
  for (const r of fields) { const m = r ? fieldRequirement(r) : undefined; if (!m) return NOTHING; fs.push(m); }
  return (labels, name) => ls.every((m) => m(labels)) && fs.every((m) => m(name));
}

const compiled = new WeakMap<object, TermMatcher>();
/** The term, compiled once per term object. */
export function termMatcher(t: NodeSelectorTerm | null | undefined): TermMatcher {
  if (!t || typeof t !== 'object') return NOTHING;
  let m = compiled.get(t);
  if (!m) { m = compileTerm(t); compiled.set(t, m); }
  return m;
}

/** A node selector term matches the node (nodeSelectorTerm.match). */
export const nodeSelectorTermMatches = (t: NodeSelectorTerm | null | undefined, labels: Labels,
  nodeName: string): boolean => termMatcher(t)(labels, nodeName);

/** NodeSelector.Match: any term; a null or empty list matches nothing. */
export function nodeSelectorTermsMatch(terms: readonly NodeSelectorTerm[] | null | undefined, labels: Labels,
  nodeName: string): boolean {
  if (!Array.isArray(terms)) return false;
  for (const t of terms) if (termMatcher(t)(labels, nodeName)) return true;
  return false;
}
