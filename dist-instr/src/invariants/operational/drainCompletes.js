import { tget } from '../../reducers/table.js';
import { formatDuration } from '../../api/time.js';
import { mkViolation } from './monitor.js';
/** How long a drain may take by default: long enough for PDB-paced evictions of a few replicas each. */
export const DEFAULT_DRAIN_MS = 5 * 60_000;
/** The node a pod (`namespace/name`) is bound to. */
function nodeOf(state, key) {
    const uid = tget(state.podUids, key);
    return uid ? tget(state.pods, uid)?.spec.nodeName : undefined;
}
function make(p) {
    const within = p.within ?? DEFAULT_DRAIN_MS;
    const drains = new Map();
    return {
        facts(batch, state) {
            for (const e of batch) {
                if (e.type !== 'ControllerEvent')
                    continue;
                if (e.resource === 'nodes' && e.reason === 'Draining')
                    drains.set(e.key, { at: e.at, reported: false });
                else if (e.resource === 'nodes' && e.reason === 'Drained')
                    drains.delete(e.key);
                else if (e.reason === 'EvictionRefused') {
                    const d = drains.get(nodeOf(state, e.key) ?? '');
                    if (d)
                        d.refused = `${e.key} refused: ${e.message.replace(/^error when evicting [^:]*: /, '')}`;
                }
            }
        },
        instant(state, until) {
            const out = [];
            for (const [node, d] of drains) {
                if (d.reported || d.at + within >= until)
                    continue;
                d.reported = true;
                out.push(mkViolation('drain-completes', Math.max(state.time, d.at + within), `drain of Node/${node} started at ${formatDuration(d.at)} has not finished within ` +
                    `${formatDuration(within)}${d.refused ? `: eviction of Pod/${d.refused}` : ''}`, [`Node/${node}`]));
            }
            return out;
        },
    };
}
export const drainCompletes = {
    name: 'drain-completes',
    description: 'every node drain (kubectl drain) finishes within a bound',
    params: [{ name: 'within', type: 'duration', help: `bound (default ${formatDuration(DEFAULT_DRAIN_MS)})` }],
    make,
};
