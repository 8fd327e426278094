import { decode } from '@msgpack/msgpack';
import { kindInfo } from '../../api/kinds.js';
import { isObj } from '../../api/validation/common.js';
import { millis } from '../../api/ids.js';
/** sk-core src/constants.rs CURRENT_TRACE_FORMAT_VERSION: the trace format this reader knows. */
export const SIMKUBE_TRACE_VERSION = 2;
/**
 * Map keys msgpack allows and JavaScript objects do not: SimKube's pod_lifecycles is keyed by
 * (owner GVK, owner namespaced name) 2-tuples (docs/ref/trace-files.md), kept here as JSON text.
 */
const mapKey = (k) => (typeof k === 'string' || typeof k === 'number' ? k
    : JSON.stringify(k));
/**
 * A SimKube trace file (sk-tracer's msgpack export, format version 2: `{version, config,
 * events: [{ts, applied_objs, deleted_objs}], index, pod_lifecycles}`), replayed with virtual
 * time 0 at the first event's `ts` (unix seconds). Applied objects are checked as
 * `kubectl apply --validate=strict` would and applied at their time; deleted objects are deleted
 * (Background propagation). The file is decoded whole (msgpack has no row boundaries to stream
 * on); the steps are still handed to the run one instant at a time.
 */
export function loadSimKube(files, io) {
    if (files.length !== 1)
        return { nodes: [], manifests: [],
            problems: [{ file: files[1] ?? 'trace', message: 'simkube: give exactly one trace file' }], warnings: [] };
    const file = files[0];
    const problems = [];
    const warnings = [];
    const at = (p) => ({ file, ...p });
    let doc;
    try {
        const bytes = io.bytes(file);
        if (bytes.length === 0)
            return { nodes: [], manifests: [],
                problems: [at({ message: 'empty file: not a SimKube trace' })], warnings: [] };
        doc = decode(bytes, { mapKeyConverter: mapKey });
    }
    catch (e) {
        const msg = e.message;
        return { nodes: [], manifests: [], problems: [at({ message: /ENOENT|no such file/.test(msg)
                        ? 'cannot read file (does it exist?)' : `not a msgpack SimKube trace: ${msg}` })], warnings: [] };
    }
    if (!isObj(doc))
        return { nodes: [], manifests: [], problems: [
                at({ message: 'not a SimKube trace: the file holds no map' })
            ], warnings: [] };
    if (doc.version !== SIMKUBE_TRACE_VERSION) {
        problems.push(at({ path: 'version',
            message: `unsupported trace version ${JSON.stringify(doc.version)} (kubesim reads SimKube trace format ` +
                `${SIMKUBE_TRACE_VERSION})` }));
    }
    if (!Array.isArray(doc.events))
        problems.push(at({ path: 'events',
            message: 'Required value: a list of {ts, applied_objs, deleted_objs}' }));
    if (problems.length)
        return { nodes: [], manifests: [], problems, warnings };
    const events = doc.events;
    const steps = [];
    let start;
    let last = -Infinity;
    events.forEach((ev, i) => {
        const path = `events[${i}]`;
        if (!isObj(ev) || typeof ev.ts !== 'number' || !Number.isInteger(ev.ts)) {
            problems.push(at({ path: `${path}.ts`, message: 'must be a whole number of seconds' }));
            return;
        }
        if (ev.ts < last)
            problems.push(at({ path: `${path}.ts`,
                message: `must not be before the previous event's (${last}), got ${ev.ts}` }));
        last = ev.ts;
        start ??= ev.ts;
        const t = millis((ev.ts - start) * 1000);
        const applied = readObjects(ev.applied_objs, `${file}#${path}.applied_objs`, io, problems, warnings);
        if (applied.length)
            steps.push({ at: t, action: { kind: 'apply', objects: applied },
                source: { file: `${file}#${path}` } });
        const deleted = Array.isArray(ev.deleted_objs) ? ev.deleted_objs : [];
        if (ev.deleted_objs !== undefined && !Array.isArray(ev.deleted_objs))
            problems.push(at({ path: `${path}.deleted_objs`, message: 'must be a list of objects' }));
        deleted.forEach((o, j) => {
            const dp = `${path}.deleted_objs[${j}]`;
            const info = isObj(o) && typeof o.kind === 'string' ? kindInfo(o.kind) : undefined;
            const md = isObj(o) && isObj(o.metadata) ? o.metadata : undefined;
            if (!info || typeof md?.name !== 'string') {
                warnings.push(at({ path: dp,
                    message: `${isObj(o) ? String(o.kind) : 'object'}: a kind kubesim does not simulate, or no ` +
                        `metadata.name: deletion not replayed` }));
                return;
            }
            const namespace = typeof md.namespace === 'string' ? md.namespace : 'default';
            steps.push({ at: t, action: { kind: 'delete', resource: info.resource, objectKind: info.kind, namespace,
                    name: md.name }, source: { file: `${file}#${dp}` } });
        });
    });
    const lifecycles = isObj(doc.pod_lifecycles) ? Object.keys(doc.pod_lifecycles).length : 0;
    if (lifecycles)
        warnings.push(at({ path: 'pod_lifecycles',
            message: `the recorded pod run times of ${lifecycles} owners are not replayed: pods run as behaviours say (give ` +
                `exitAfter rules)` }));
    const end = steps.length ? steps[steps.length - 1].at : 0;
    return { nodes: [], manifests: [], problems, warnings, replay: { format: 'simkube', files, steps: () => steps,
            end } };
}
function readObjects(v, where, io, problems, warnings) {
    if (v === undefined)
        return [];
    if (!Array.isArray(v)) {
        problems.push({ file: where, message: 'must be a list of objects' });
        return [];
    }
    return v.flatMap((o, j) => {
        // JSON is YAML: the manifest reader checks each object as it checks a file's documents.
        const r = io.manifests(JSON.stringify(o), `${where}[${j}]`);
        problems.push(...r.problems);
        warnings.push(...r.warnings);
        return r.value;
    });
}
