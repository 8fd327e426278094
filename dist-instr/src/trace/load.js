import { isObj } from '../api/validation/common.js';
import { traceIo } from './io.js';
import { loadDlrm } from './dlrm/load.js';
import { loadOpenb } from './openb/load.js';
import { loadSimKube } from './simkube/load.js';
import { loadSnapshot } from './snapshot/load.js';
/** The trace formats `trace:` and `kubesim trace import` read. */
export const TRACE_FORMATS = ['openb', 'alibaba-v2025', 'simkube', 'snapshot'];
const KEYS = ['format', 'files', 'mode'];
/**
 * Reads a scenario's `trace:` key, `{format, files: [paths relative to the scenario], mode?}`,
 * and loads the trace: nodes and objects for t=0 and the timed steps to replay. Problems name the
 * scenario's field, or the trace file with line and column.
 */
export function loadTraceKey(value, scenarioFile, resolve, io) {
    const bad = (path, message) => ({ nodes: [], manifests: [], problems: [{ file: scenarioFile, path, message }], warnings: [] });
    if (!isObj(value))
        return bad('trace', `must be {format: ${TRACE_FORMATS.join('|')}, files: [paths], mode?}`);
    const unknown = Object.keys(value).filter((k) => !KEYS.includes(k));
    if (unknown.length)
        return bad(`trace.${unknown[0]}`, `unknown field (known: ${KEYS.join(', ')})`);
    if (!TRACE_FORMATS.includes(value.format)) {
        return bad('trace.format', `Unsupported value: ${JSON.stringify(value.format)}: supported values: ${TRACE_FORMATS.map((f) => `"${f}` +
            `"`).join(', ')}`);
    }
    const files = value.files;
    if (!Array.isArray(files) || files.length === 0 || files.some((f) => typeof f !== 'string'))
        return bad('trace.files', 'must be a non-empty list of file paths');
    if (value.mode !== undefined && value.mode !== 'timed') {
        return bad('trace.mode', `Unsupported value: ${JSON.stringify(value.mode)}: supported values: "timed" (the inflation experiment runs ` +
            `with kubesim bench --trace openb=DIR --mode inflation)`);
    }
    return loadTrace(value.format, files.map(resolve), io);
}
/** Loads a trace of a known format from its files. */
export function loadTrace(format, files, io) {
    switch (format) {
        case 'openb': return loadOpenb(files, io);
        case 'alibaba-v2025': return loadDlrm(files, io);
        case 'simkube': return loadSimKube(files, io);
        case 'snapshot': return loadSnapshot(files, io);
    }
}
/** A FileReader whose scenarios may have `trace:` (the loader asks `traces`, read through the same files). */
export function withTraces(fs) {
    const r = { ...fs, traces: (v, file, resolve) => loadTraceKey(v, file, resolve, traceIo(r)) };
    return r;
}
