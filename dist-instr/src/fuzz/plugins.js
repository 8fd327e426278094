import { builtinInvariants, InvariantRegistry } from '../invariants/registry.js';
import { operationalDefaults, withSpecs } from '../invariants/operational/index.js';
import { RUN_OPTIONS } from './runCase.js';
export class PluginError extends Error {
    name = 'PluginError';
}
const asList = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** Imports plugin modules (absolute file URLs), in the given order. */
export async function loadPlugins(urls) {
    const invariants = [];
    const components = [];
    const options = {};
    for (const url of urls) {
        let m;
        try {
            m = (await import(url));
        }
        catch (err) {
            throw new PluginError(`${url}: cannot load module: ${err?.message ?? String(err)}`);
        }
        const invs = [...asList(m.invariants), ...asList(m.invariant),
            ...asList(m.default)];
        const comps = asList(m.components);
        for (const c of comps)
            if (!c || typeof c.name !== 'string'
                || typeof c.create !== 'function')
                throw new PluginError(`${url}: components: each must be {name, create(scenario, ctx)}`);
        const opts = m.options;
        if (opts !== undefined && (typeof opts !== 'object' || opts === null || Array.isArray(opts)))
            throw new PluginError(`${url}: options: must be an object of Simulation options`);
        if (invs.length === 0 && comps.length === 0 && opts === undefined)
            throw new PluginError(`${url}: exports no invariants, components or options (export const invariants = [...], components = [...] or ` +
                `options = {...})`);
        invariants.push(...invs);
        components.push(...comps);
        Object.assign(options, opts ?? {});
    }
    return { invariants, components, options };
}
/** The registry (built-ins + plugin invariants) and the selected invariants and components. */
export async function buildSetup(spec) {
    const plugin = await loadPlugins(spec.plugins);
    // kubesim's own laws, then the operational invariants with default parameters.
    const registry = new InvariantRegistry([...builtinInvariants(spec.settle === undefined ? {}
            : { settle: spec.settle }), ...operationalDefaults()]);
    try {
        for (const i of plugin.invariants)
            registry.register(i);
    }
    catch (err) {
        throw new PluginError(err.message);
    }
    let invariants;
    try {
        invariants = spec.invariants.length || spec.only ? registry.select(spec.invariants)
            : registry.all();
    }
    catch (err) {
        throw new PluginError(err.message);
    }
    invariants = withSpecs(invariants, spec.specs ?? []);
    return { registry, invariants, components: plugin.components,
        options: { ...RUN_OPTIONS, ...(spec.options ?? {}), ...plugin.options } };
}
