/** Buffers reused by every search (attempts never nest): node indices of a chunk, and of the feasible nodes. */
const BUF = { idx: new Int32Array(0), feasible: new Int32Array(0) };
/**
 * schedulePod's batched Filter search over node indices (findNodesThatPassFilters with
 * percentageOfNodesToScore), for when every Filter that runs has `filterIndexed`: from `start`,
 * take as many nodes as feasible ones are still wanted, let each filter keep the ones it passes,
 * repeat until `want` are found or every node was looked at. Same chunks, order and rejections
 * as the NodeInfo loop in scheduleOne.ts; NodeInfo objects are touched only for feasible nodes
 * (appended to `feasible`, which PreScore and Score receive) and inside `reject`.
 */
export function searchIndexed(s, pod, filters, cols, start, want, feasible, reject) {
    const nodes = cols.nodes;
    const n = nodes.length;
    if (BUF.idx.length < n) {
        BUF.idx = new Int32Array(n);
        BUF.feasible = new Int32Array(n);
    }
    const idx = BUF.idx, fidx = BUF.feasible;
    let processed = 0, found = 0;
    while (processed < n && found < want) {
        const size = Math.min(want - found, n - processed);
        const first = (start + processed) % n;
        for (let j = 0; j < size; j++) {
            const i = first + j;
            idx[j] = i < n ? i : i - n;
        }
        processed += size;
        let alive = size;
        for (let fi = 0; fi < filters.length && alive > 0; fi++)
            alive =
                filters[fi].filterIndexed(s, pod, cols, idx, alive, reject);
        for (let k = 0; k < alive; k++) {
            const i = idx[k];
            fidx[found] = i;
            // Overwrite in place rather than empty and push: V8 would shrink and regrow the backing store.
            if (found < feasible.length)
                feasible[found] = nodes[i];
            else
                feasible.push(nodes[i]);
            found++;
        }
    }
    if (feasible.length > found)
        feasible.length = found;
    return { processed, feasibleIdx: fidx, found };
}
