import { formatDuration } from '../../api/time.js';
import { objectsOf } from '../get/get.js';
import { apiObject } from '../get/apiObject.js';
import { RESOURCES } from '../printers/index.js';
export function firstDivergence(a, b) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
        if (i >= a.length || i >= b.length || JSON.stringify(a[i]) !== JSON.stringify(b[i]))
            return { index: i,
                ...(a[i] ? { a: a[i] } : {}), ...(b[i] ? { b: b[i] } : {}) };
    }
    return undefined;
}
/** Field paths that differ, `spec.containers[0].image` style; uids are left out (they differ by construction). */
export function fieldChanges(a, b, path = '') {
    if (JSON.stringify(a) === JSON.stringify(b))
        return [];
    const obj = (v) => typeof v === 'object' && v !== null;
    if (obj(a) && obj(b) && Array.isArray(a) === Array.isArray(b)) {
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
        if (!Array.isArray(a))
            keys.sort();
        return keys.filter((k) => k !== 'uid').flatMap((k) => fieldChanges(a[k], b[k], Array.isArray(a) ? `${path}[${k}]`
            : path ? `${path}.${k}` : k));
    }
    return [{ path, a, b }];
}
/** The objects that differ between two states, as kind namespace/name with their field changes. */
export function stateDiff(sa, fa, sb, fb) {
    const out = [];
    for (const info of RESOURCES) {
        if (info.resource === 'events')
            continue;
        const index = (s, f) => new Map(objectsOf(s, f, info).map((o) => [`${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`,
            apiObject(o, info, s.startTime)]));
        const ma = index(sa, fa), mb = index(sb, fb);
        for (const key of [...new Set([...ma.keys(), ...mb.keys()])].sort()) {
            const object = `${info.kind.toLowerCase()} ${key}`;
            const a = ma.get(key), b = mb.get(key);
            if (!b)
                out.push({ object, only: 'a', fields: [] });
            else if (!a)
                out.push({ object, only: 'b', fields: [] });
            else {
                const fields = fieldChanges(a, b);
                if (fields.length)
                    out.push({ object, fields });
            }
        }
    }
    return out;
}
const show = (v) => (v === undefined ? '<absent>' : typeof v === 'string' ? v : JSON.stringify(v));
/** The text `kubesim diff` prints. */
export function diffText(names, d, objects, at) {
    const lines = [];
    if (!d)
        lines.push('the logs hold the same facts');
    else {
        const when = d.a ?? d.b;
        lines.push(`first divergence: fact ${d.index + 1} at ${formatDuration(when.at)}`);
        lines.push(`  ${names.a}: ${d.a ? JSON.stringify(d.a) : '<log ended>'}`);
        lines.push(`  ${names.b}: ${d.b ? JSON.stringify(d.b) : '<log ended>'}`);
    }
    lines.push(`state at ${formatDuration(at)}: ${objects.length ? `${objects.length} objects differ` : 'the same'}`);
    for (const o of objects) {
        if (o.only) {
            lines.push(`  ${o.object}: only in ${o.only === 'a' ? names.a : names.b}`);
            continue;
        }
        lines.push(`  ${o.object}:`);
        for (const f of o.fields)
            lines.push(`    ${f.path}: ${show(f.a)} -> ${show(f.b)}`);
    }
    return `${lines.join('\n')}\n`;
}
