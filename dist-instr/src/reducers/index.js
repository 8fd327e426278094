const __h=()=>globalThis.__v8.getHeapStatistics().used_heap_size;const __acc=(k,b)=>{const a=(globalThis.__A??={});const r=(a[k]??={b:0,n:0,neg:0});if(b<0){r.neg++;return;}r.b+=b;r.n++;};import { containerReducers } from './containers.js';
import { isAutoFreeze } from './immer.js';
import { sealBatchOwned } from './batchOwned.js';
import { nodeReducers } from './nodes.js';
import { podReducers } from './pods.js';
import { probeReducers } from './probes.js';
import { quotaUsageReducers } from './quotaUsage.js';
import { scenarioReducers } from './scenario.js';
import { sealObjectTables, workloadReducers } from './workloads.js';
export * from './state.js';
export * from './table.js';
export { LOG_ONLY } from './scenario.js';
export { getPhase, deriveConditions, isPodReady } from './podStatus.js';
export { controllerOf } from './pods.js';
// quotaUsageReducers first: they read what a delete removes and whether an apply creates.
const TABLES = [quotaUsageReducers, scenarioReducers, nodeReducers, podReducers,
    containerReducers, probeReducers,
    workloadReducers];
/** Many tables may answer one event: the dispatch is built once, at module load. */
const DISPATCH = {};
for (const table of TABLES) {
    for (const [type, fn] of Object.entries(table)) {
        (DISPATCH[type] ??= []).push(fn);
    }
}
export const handledEventTypes = () => Object.keys(DISPATCH);
function apply(d, e) {
    const fns = DISPATCH[e.type];
    if (fns)
        for (const fn of fns)
            {const h0=__h();fn(d, e);__acc("R "+e.type,__h()-h0-64);}
    if (e.at > d.time)
        d.time = e.at;
}
const TABLE_SLICES = ['nodes', 'pods', 'podUids', 'podsOnNode', 'podsByOwner'];
/**
 * All facts of one batch on one plain copy of the root. The root is not an immer draft: every
 * large collection under it is a Table (table.ts, writable for this batch only), the `objects`
 * record and `nodeNames` are copied once per batch on their first change (batchOwned.ts), and
 * the rest are numbers and strings. Drafting the root cost a proxy trap for each field read by
 * each of a batch's ~800 facts. Frozen at the end, as immer would, when state is frozen as written.
 */
export function evolveAll(s, es) {
    if (es.length === 0)
        return s;
    const d = { ...s };
    const w = d;
    sealBatchOwned(false);
    for (const k of TABLE_SLICES)
        w[k] = w[k].beginBatch();
    for (const e of es)
        apply(d, e);
    for (const k of TABLE_SLICES)
        w[k] = w[k].persistent();
    sealObjectTables();
    const freeze = isAutoFreeze();
    sealBatchOwned(freeze);
    return freeze ? Object.freeze(d) : d;
}
/** evolve(state, event) -> state: the only way facts become state. */
export const evolve = (s, e) => evolveAll(s, [e]);
