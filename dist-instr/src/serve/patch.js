import { MERGE_KEYS, MERGED_SCALAR_LISTS } from './mergeKeys.js';
import { badRequest } from './status.js';
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** RFC 7386 JSON merge patch (application/merge-patch+json): null deletes, objects merge, the rest replaces. */
export function mergePatch(target, patch) {
    if (!isObj(patch))
        return patch;
    const out = isObj(target) ? { ...target } : {};
    for (const [k, v] of Object.entries(patch)) {
        if (v === null)
            delete out[k];
        else
            out[k] = mergePatch(out[k], v);
    }
    return out;
}
/**
 * Strategic merge patch (application/strategic-merge-patch+json, apimachinery
 * pkg/util/strategicpatch): as a merge patch, except lists with a patch merge key (containers
 * by name, ...) merge element by element, `$patch: delete|replace` directives, and
 * `$deleteFromPrimitiveList/` and `$setElementOrder/` keys. `field` is the key the value sits under.
 */
export function strategicMergePatch(target, patch, field = '') {
    if (!isObj(patch))
        return patch;
    if (patch.$patch === 'replace') {
        const { $patch: _p, ...rest } = patch;
        return rest;
    }
    if (patch.$patch === 'delete')
        return undefined;
    const out = isObj(target) ? { ...target } : {};
    for (const [k, v] of Object.entries(patch)) {
        if (k === '$patch' || k === '$retainKeys' || k.startsWith('$setElementOrder/'))
            continue;
        if (k.startsWith('$deleteFromPrimitiveList/')) {
            const name = k.slice('$deleteFromPrimitiveList/'.length);
            if (Array.isArray(out[name]) && Array.isArray(v))
                out[name] = out[name].filter((x) => !v.includes(x));
            continue;
        }
        if (v === null) {
            delete out[k];
            continue;
        }
        if (Array.isArray(v)) {
            out[k] = mergeList(out[k], v, k);
            continue;
        }
        const merged = strategicMergePatch(out[k], v, k);
        if (merged === undefined)
            delete out[k];
        else
            out[k] = merged;
    }
    void field;
    return out;
}
function mergeList(target, patch, field) {
    const key = MERGE_KEYS[field];
    const base = Array.isArray(target) ? target : [];
    if (MERGED_SCALAR_LISTS.has(field))
        return [...base, ...patch.filter((x) => !base.includes(x))];
    if (!key) {
        if (patch.length === 1 && isObj(patch[0]) && patch[0].$patch === 'replace')
            return [];
        return patch;
    }
    if (patch.some((p) => isObj(p) && p.$patch === 'replace'))
        return patch.filter((p) => !(isObj(p) && p.$patch === 'replace'));
    const out = [...base];
    for (const p of patch) {
        if (!isObj(p) || p[key] === undefined)
            throw badRequest(`map: ${JSON.stringify(p)} does not contain declared merge key: ${key}`);
        const i = out.findIndex((x) => isObj(x) && x[key] === p[key]);
        if (p.$patch === 'delete') {
            if (i >= 0)
                out.splice(i, 1);
            continue;
        }
        if (i >= 0)
            out[i] = strategicMergePatch(out[i], p, field);
        else
            out.push(strategicMergePatch({}, p, field));
    }
    return out;
}
const unescape = (s) => s.replace(/~1/g, '/').replace(/~0/g, '~');
/** RFC 6902 JSON patch (application/json-patch+json): add, remove, replace, move, copy, test. */
export function jsonPatch(target, ops) {
    if (!Array.isArray(ops))
        throw badRequest('json patch: must be a list of operations');
    let doc = structuredClone(target);
    for (const [i, op] of ops.entries()) {
        if (!isObj(op) || typeof op.op !== 'string' || typeof op.path !== 'string')
            throw badRequest(`json patch: operation ${i}: needs op and path`);
        const path = op.path;
        switch (op.op) {
            case 'add':
                doc = setAt(doc, path, op.value, 'add');
                break;
            case 'replace':
                getAt(doc, path, i);
                doc = setAt(doc, path, op.value, 'replace');
                break;
            case 'remove':
                getAt(doc, path, i);
                doc = setAt(doc, path, undefined, 'remove');
                break;
            case 'move': {
                const v = getAt(doc, op.from, i);
                doc = setAt(setAt(doc, op.from, undefined, 'remove'), path, v, 'add');
                break;
            }
            case 'copy':
                doc = setAt(doc, path, structuredClone(getAt(doc, op.from, i)), 'add');
                break;
            case 'test':
                if (JSON.stringify(getAt(doc, path, i)) !== JSON.stringify(op.value))
                    throw new PatchTestFailed(`testing value ${path} failed`);
                break;
            default: throw badRequest(`json patch: operation ${i}: unknown op ${JSON.stringify(op.op)}`);
        }
    }
    return doc;
}
export class PatchTestFailed extends Error {
}
function getAt(doc, path, i) {
    let cur = doc;
    for (const raw of path.split('/').slice(1)) {
        const k = unescape(raw);
        if (Array.isArray(cur))
            cur = cur[Number(k)];
        else if (isObj(cur))
            cur = cur[k];
        else
            cur = undefined;
        if (cur === undefined)
            throw badRequest(`json patch: operation ${i}: path ${path} does not exist`);
    }
    return cur;
}
function setAt(doc, path, value, mode) {
    const parts = path.split('/').slice(1).map(unescape);
    if (parts.length === 0)
        return value;
    const parent = parts.slice(0, -1).reduce((cur, k) => (Array.isArray(cur) ? cur[Number(k)] : isObj(cur) ? cur[k] : undefined), doc);
    const last = parts[parts.length - 1];
    if (Array.isArray(parent)) {
        const idx = last === '-' ? parent.length : Number(last);
        if (mode === 'add')
            parent.splice(idx, 0, value);
        else if (mode === 'replace')
            parent[idx] = value;
        else
            parent.splice(idx, 1);
    }
    else if (isObj(parent)) {
        if (mode === 'remove')
            delete parent[last];
        else
            parent[last] = value;
    }
    else
        throw badRequest(`json patch: path ${path}: parent does not exist`);
    return doc;
}
