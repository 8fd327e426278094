import { tvalues } from '../../reducers/table.js';
import { MAX_NODE_SCORE } from '../framework.js';
import { nodeFragMilli, nodeState, targetWorkloadOf } from '../gpuFrag.js';
import { exclusiveDevices, isSharing, withDevices } from '../gpuShare.js';
import { newPodInfo } from '../podInfo.js';
import { SUCCESS } from '../status.js';
import { gpuNames } from './names.js';
/** plugin_utils.go sigmoid. */
const sigmoid = (x) => 1 / (1 + Math.exp(-x));
/** Node states kept before the memo starts over (a long simulation sees ever new states). */
const MAX_STATES = 200_000;
const shapeKey = (p) => (p.gpu ? `${p.nonZeroCpu}/${p.gpu.milli}/${p.gpu.count}/${p.gpu.model}`
    : `${p.nonZeroCpu}`);
/** Scratch for stateKey (scoring never nests). */
const SORTED = [];
/**
 * What a node's FGD scores depend on, as a string: its cpu left, its model and its devices' milli
 * left as a multiset (sorted by an insertion sort into a scratch: no array per call).
 */
function stateKey(n) {
    SORTED.length = 0;
    for (let i = 0; i < n.free.length; i++) {
        const v = n.free[i];
        let j = i;
        while (j > 0 && SORTED[j - 1] > v) {
            SORTED[j] = SORTED[j - 1];
            j--;
        }
        SORTED[j] = v;
    }
    let key = `${n.cpuLeft}|${n.model}|`;
    for (let i = 0; i < SORTED.length; i++)
        key += i ? `,${SORTED[i]}` : `${SORTED[i]}`;
    return key;
}
/**
 * FGD, fragmentation gradient descent (Weng et al., ATC'23 §4.2; the artifact's fgd_score.go
 * calculateGpuShareFragExtendScore): a node's fragmentation is its GPU milli that the target
 * workload's tasks, weighted by their shares, cannot use (gpuFrag.ts nodeFragMilli); a placement
 * scores sigmoid((frag before - frag after) / 1000) * 100, truncated, so the node whose
 * fragmentation grows least wins. A share tries every device with room and keeps the best (the
 * first of equals); whole devices are the first free ones, and that is also the device choice.
 *
 * Scores depend only on the node's cpu left, model, devices (as a multiset) and the pod's shape,
 * so they are kept per node state and shape, shared by nodes in equal states (empty nodes of one
 * type, above all), and found by node until the node changes (the artifact memoises
 * fragmentation the same way).
 */
export function fgd(args) {
    let target = (args?.targetWorkload ?? []).map((t) => ({ ...t, model: t.model ?? '' }));
    let generation = 0, derivedFrom = -1;
    // Memos by node index (checked against the node), shape ids by shape; the last pod's id kept
    // because Score asks for one pod over every node in a row.
    const nodes = [];
    const states = new Map();
    const shapeIds = new Map();
    let lastPod, lastId = 0;
    // The indexed form's memo: per shape id, each snapshot row's score and the row generation it
    // was computed for (NodeColumns.generation); reset when the columns or the target change.
    let rowScore = [], rowGeneration = [], rowsOf;
    function shapeOf(pod) {
        if (pod !== lastPod) {
            const k = shapeKey(pod);
            let id = shapeIds.get(k);
            if (id === undefined) {
                id = shapeIds.size;
                shapeIds.set(k, id);
            }
            lastPod = pod;
            lastId = id;
        }
        return lastId;
    }
    /** The node's state entry, shared by every node in an equal state. */
    function scoresOf(node) {
        const cpuNow = node.allocatable.cpu - node.requested.cpu;
        const m = nodes[node.index];
        if (m && m.node === node && m.free === node.gpu?.free && m.cpuLeft === cpuNow && m.generation === generation) {
            return m.scores;
        }
        const n = nodeState(node);
        const key = stateKey(n);
        let scores = states.get(key);
        if (!scores) {
            if (states.size >= MAX_STATES)
                states.clear();
            scores = { state: n, frag: nodeFragMilli(n, target), byShape: [] };
            states.set(key, scores);
        }
        nodes[node.index] = { node, free: node.gpu?.free, cpuLeft: cpuNow, generation, scores };
        return scores;
    }
    function scoreOf(pod, node) {
        const id = shapeOf(pod);
        const st = scoresOf(node);
        let sc = st.byShape[id];
        if (sc === undefined)
            st.byShape[id] = sc = place(pod, st.state, st.frag).score;
        return sc;
    }
    /**
     * The placement of `pod` on a node in state `n` with fragmentation `before`. Its score depends
     * on the devices as a multiset only; the devices it picks, on their order too.
     */
    function place(pod, n, before) {
        const cpuLeft = n.cpuLeft - pod.nonZeroCpu;
        const score = (free) => Math.trunc(sigmoid((before - nodeFragMilli({ cpuLeft, free, model: n.model }, target)) / 1000) * MAX_NODE_SCORE);
        const req = pod.gpu;
        if (req && isSharing(req)) {
            // Devices with equal milli left give equal scores: one computation per distinct value.
            const byValue = new Map();
            let top = -1;
            for (let i = 0; i < n.free.length; i++) {
                const v = n.free[i];
                if (v < req.milli || byValue.has(v))
                    continue;
                const sc = score(withDevices(n.free, req.milli, [i], 1));
                byValue.set(v, sc);
                if (sc > top)
                    top = sc;
            }
            const first = n.free.findIndex((v) => byValue.get(v) === top);
            return first < 0 ? { score: 0, devices: undefined } : { score: top, devices: [first] };
        }
        if (req) {
            const devices = exclusiveDevices(n.free, req);
            return { score: devices ? score(withDevices(n.free, req.milli, devices, 1)) : 0, devices };
        }
        return { score: score(n.free), devices: undefined };
    }
    return {
        name: gpuNames.FGDScore,
        preScore(_s, _pod, snapshot) {
            // Without a given target workload: the shapes of the cluster's pods, re-derived when
            // their number has changed by more than 1% (a trace's pods arrive in many batches).
            if (args?.targetWorkload)
                return SUCCESS;
            const count = snapshot.state.pods.size;
            if (derivedFrom < 0 || Math.abs(count - derivedFrom) > derivedFrom / 100) {
                target = targetWorkloadOf(tvalues(snapshot.state.pods).map(newPodInfo));
                derivedFrom = count;
                generation++;
                states.clear();
                rowsOf = undefined;
            }
            return SUCCESS;
        },
        score(_s, pod, node) {
            return scoreOf(pod, node);
        },
        scoreIndexed(_s, pod, cols, idx, count, out) {
            if (rowsOf !== cols) {
                rowScore = [];
                rowGeneration = [];
                rowsOf = cols;
            }
            const id = shapeOf(pod), rows = cols.nodes.length, g = cols.generation;
            let sc = rowScore[id], seen = rowGeneration[id];
            if (!sc || sc.length < rows) {
                const size = Math.max(rows, 2 * (sc?.length ?? 0));
                // Scores are integers 0..100: a byte each.
                const grown = new Uint8Array(size), grownSeen = new Float64Array(size);
                if (sc) {
                    grown.set(sc);
                    grownSeen.set(seen);
                }
                rowScore[id] = sc = grown;
                rowGeneration[id] = seen = grownSeen;
            }
            for (let k = 0; k < count; k++) {
                const i = idx[k];
                if (seen[i] !== g[i]) {
                    sc[i] = scoreOf(pod, cols.nodes[i]);
                    seen[i] = g[i];
                }
                out[k] = sc[i];
            }
        },
        selectDevices(pod, node) {
            return pod.gpu && node.gpu ? place(pod, nodeState(node), scoresOf(node).frag).devices : undefined;
        },
    };
}
