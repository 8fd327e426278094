import { isObj } from '../../api/validation/common.js';
import { availability } from './availability.js';
import { drainCompletes } from './drainCompletes.js';
import { hpaStable } from './hpaStable.js';
import { jobCompletes } from './jobCompletes.js';
import { checkParams, monitorInvariant } from './monitor.js';
import { noCrashloop } from './noCrashloop.js';
import { pendingBounded } from './pendingBounded.js';
import { rolloutCompletes } from './rolloutCompletes.js';
/** The operational invariants: what a user asks of their own manifests under faults and operations. */
export const OPERATIONAL = [availability, rolloutCompletes, drainCompletes, pendingBounded,
    noCrashloop, hpaStable, jobCompletes];
export const operationalDef = (name) => OPERATIONAL.find((d) => d.name === name);
/** Each operational invariant with its default parameters. */
export const operationalDefaults = () => OPERATIONAL.map((d) => monitorInvariant(d, {}));
/** Builds the invariant a spec names (its parameters already checked). */
export function instantiate(spec) {
    const def = operationalDef(spec.name);
    if (!def)
        throw new RangeError(`unknown operational invariant ${spec.name} (known: ${OPERATIONAL.map((d) => d.name).join(', ')})`);
    return monitorInvariant(def, spec.params);
}
/**
 * Reads a scenario's `invariants:` list (`[{name: availability, selector: app=web, min: 2}]`).
 * `known` names other registered invariants, which may be listed without parameters.
 * Problems name the file and the field path.
 */
export function parseInvariantSpecs(raw, file, known) {
    const specs = [], names = [], problems = [];
    if (raw === undefined)
        return { specs, names, problems };
    const all = [...OPERATIONAL.map((d) => d.name), ...known];
    if (!Array.isArray(raw))
        return { specs, names, problems: [
                { file, path: 'invariants', message: 'must be a list of {name, ...parameters}' }
            ] };
    raw.forEach((e, i) => {
        const path = `invariants[${i}]`;
        const entry = typeof e === 'string' ? { name: e } : e;
        if (!isObj(entry) || typeof entry.name !== 'string') {
            problems.push({ file, path: `${path}.name`, message: 'Required value' });
            return;
        }
        const { name, ...params } = entry;
        const def = operationalDef(name);
        if (!def) {
            if (!known.includes(name))
                problems.push({ file, path: `${path}.name`,
                    message: `unknown invariant ${JSON.stringify(name)} (known: ${all.join(', ')})` });
            else if (Object.keys(params).length)
                problems.push({ file, path: `${path}.${Object.keys(params)[0]}`,
                    message: `${name} takes no parameters` });
            else
                names.push(name);
            return;
        }
        const r = checkParams(def, params);
        for (const x of r.problems)
            problems.push({ file, path: `${path}.${x.path}`, message: x.message });
        if (!r.problems.length)
            specs.push({ name, params: r.params });
    });
    return { specs, names, problems };
}
/**
 * Reads `--invariant 'availability selector=app=web min=2'`: a name, then key=value words (the
 * first `=` splits, so a selector keeps its own). Throws RangeError with what is wrong.
 */
export function parseInvariantFlag(text) {
    const [name, ...words] = text.trim().split(/\s+/);
    const def = operationalDef(name ?? '');
    if (!def)
        throw new RangeError(`--invariant: unknown operational invariant ${JSON.stringify(name)} (known: ` +
            `${OPERATIONAL.map((d) => d.name).join(', ')})`);
    const raw = {};
    for (const w of words) {
        const i = w.indexOf('=');
        if (i <= 0)
            throw new RangeError(`--invariant ${name}: ${JSON.stringify(w)} must be key=value (known keys: ` +
                `${def.params.map((p) => p.name).join(', ')})`);
        raw[w.slice(0, i)] = w.slice(i + 1);
    }
    const r = checkParams(def, raw);
    if (r.problems.length)
        throw new RangeError(`--invariant ${name}: ${r.problems.map((x) => `${x.path}: ${x.message}`).join('; ')}`);
    return { name, params: r.params };
}
/**
 * The invariants to judge: `selected`, with the default instance of every operational
 * invariant the specs name replaced by the specs' instances.
 */
export function withSpecs(selected, specs) {
    const named = new Set(specs.map((s) => s.name));
    return [...selected.filter((i) => !named.has(i.name)), ...specs.map(instantiate)];
}
export { monitorInvariant };
