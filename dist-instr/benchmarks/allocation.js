/**
 * Bytes allocated, from V8's `--trace-gc` lines (`Scavenge 45.2 (60.1) -> 30.1 (61.1) MB, ...`):
 * the heap grows only by allocation between two collections, so the sum over collections of
 * (used before this one - used after the previous one) is what the program allocated, to within
 * the last interval (after the last collection). Node does not expose V8's allocation counter.
 */
export function allocatedFromTraceGc(text) {
    const re = /: (?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Sweep|Mark-Compact \(reduce\))[^\d]*([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB, (?:pooled: [\d.]+ MB, )?([\d.]+)/;
    let after = 0, mb = 0, collections = 0, gcMs = 0;
    for (const line of text.split('\n')) {
        const m = re.exec(line);
        if (!m)
            continue;
        mb += Math.max(0, Number(m[1]) - after);
        after = Number(m[2]);
        gcMs += Number(m[3]);
        collections++;
    }
    return { bytes: Math.round(mb * 1024 * 1024), collections, gcMs: Math.round(gcMs) };
}
