import { nodeSelectorTermsMatch, termMatcher } from '../../api/nodeSelector.js';
import { SKIP, SUCCESS, unresolvable } from '../status.js';
import { defaultNormalizeScore, MAX_NODE_SCORE } from './helper.js';
import { names } from './names.js';
import { restrictNodes } from '../cycleState.js';
const names_ = names;
/** nodeaffinity/node_affinity.go ErrReasonPod. */
export const ERR_REASON_NODE_AFFINITY = "node(s) didn't match Pod's node affinity/selector";
/** node_affinity.go errReasonConflict: required terms whose node names never intersect. */
export const ERR_REASON_CONFLICT = 'pod affinity terms conflict';
/**
 * A node selector term (component-helpers nodeaffinity nodeSelectorTerm.match, compiled once per
 * term in api/nodeSelector.ts): a term with neither matchExpressions nor matchFields, or one that
 * does not parse (an invalid label value, a matchField other than one-valued In/NotIn), matches nothing.
 */
export const termMatchesNode = (t, node) => termMatcher(t)(node.labels, node.name);
/**
 * nodeSelector and required node affinity (terms ORed): component-helpers GetRequiredNodeAffinity.
 * A null or empty nodeSelectorTerms matches no node (LazyErrorNodeSelector.Match).
 */
export function requiredNodeAffinityMatches(pod, node) {
    const sel = pod.pod.spec.nodeSelector;
    if (sel)
        for (const k in sel)
            if (node.labels[k] !== sel[k])
                return false;
    const req = pod.pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
    if (req)
        return nodeSelectorTermsMatch(req.nodeSelectorTerms, node.labels, node.name);
    return true;
}
/**
 * Filter: nodeSelector and requiredDuringScheduling terms (UnschedulableAndUnresolvable).
 * Score: the sum of the weights of the preferred terms the node matches, normalised by the max.
 */
export const nodeAffinity = {
    name: names.NodeAffinity,
    events: ['NodeAdd', 'NodeUpdate'],
    preFilter(s, pod) {
        // node_affinity.go PreFilter: "NodeAffinity Filter has nothing to do with the Pod" without
        // required terms or a nodeSelector; when every term names nodes (matchFields metadata.name In),
        // the search is narrowed to those nodes (PreFilterResult), as for DaemonSet pods.
        const spec = pod.pod.spec;
        const req = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
        if (spec.nodeSelector === undefined && req === undefined)
            return SKIP;
        if (!req || !req.nodeSelectorTerms?.length)
            return SUCCESS;
        let names;
        for (const t of req.nodeSelectorTerms) {
            let termNames;
            for (const r of t?.matchFields ?? []) {
                if (r.key !== 'metadata.name' || r.operator !== 'In')
                    continue;
                const vs = new Set(r.values ?? []);
                termNames = termNames ? new Set([...termNames].filter((n) => vs.has(n))) : vs;
            }
            if (!termNames)
                return SUCCESS; // a term without node names: any node may match (terms are ORed)
            names = new Set([...(names ?? []), ...termNames]);
        }
        if (names && names.size === 0)
            return unresolvable(names_.NodeAffinity, ERR_REASON_CONFLICT);
        if (names)
            restrictNodes(s, names_.NodeAffinity, names);
        return SUCCESS;
    },
    filter(_s, pod, node) {
        return requiredNodeAffinityMatches(pod, node) ? SUCCESS
            : unresolvable(names.NodeAffinity, ERR_REASON_NODE_AFFINITY);
    },
    preScore(_s, pod) {
        // node_affinity.go PreScore: "NodeAffinity Score has nothing to do with the Pod" without preferred terms.
        return pod.pod.spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution?.length ? SUCCESS
            : SKIP;
    },
    score(_s, pod, node) {
        let sum = 0;
        for (const p of pod.pod.spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []) {
            if (p && p.weight !== 0 && termMatchesNode(p.preference, node))
                sum += p.weight;
        }
        return sum;
    },
    normalizeScore(_s, _pod, scores) {
        defaultNormalizeScore(MAX_NODE_SCORE, false, scores);
    },
    scoreNodes(s, pod, nodes, out) {
        for (let i = 0; i < nodes.length; i++)
            out[i] = this.score(s, pod, nodes[i]);
    },
    filterNodes(s, pod, nodes, out) {
        for (let i = 0; i < nodes.length; i++)
            out[i] = this.filter(s, pod, nodes[i]);
    },
};
