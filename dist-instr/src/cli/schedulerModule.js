import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import YAML from 'yaml';
import { BUILTIN_PROFILES } from '../scheduler/profile.js';
import { CliError, readText } from './io.js';
const isPlugin = (x) => typeof x === 'object' && x !== null && typeof x.name === 'string' &&
    ['preFilter', 'filter', 'postFilter', 'preScore', 'score'].some((k) => typeof x[k] === 'function');
/**
 * `--scheduler VALUE`: a built-in profile name (default, binpack, spread), a KubeSchedulerConfiguration
 * file (.yaml/.json), or a JavaScript module (compiled from TypeScript, or run under tsx) whose
 * default export is one of: a plugin object, an array of plugins, or `{ config?, plugins? }`
 * (SchedulerOptions). Plugins are enabled at every extension point they implement.
 */
export async function loadSchedulerOption(value) {
    if (value in BUILTIN_PROFILES)
        return { config: value };
    if (/\.(ya?ml|json)$/.test(value)) {
        const text = readText(value);
        try {
            return { config: value.endsWith('.json') ? JSON.parse(text) : YAML.parse(text) };
        }
        catch (e) {
            throw new CliError(`${value}: ${e.message}`);
        }
    }
    let mod;
    try {
        mod = (await import(pathToFileURL(resolve(value)).href));
    }
    catch (e) {
        throw new CliError(`--scheduler ${value}: cannot load module: ` +
            (`${e.message}` +
                `${value.endsWith('.ts') ? ' (compile it to .js first, or run kubesim under tsx)' : ''}`));
    }
    const exp = mod.default ?? mod;
    if (isPlugin(exp))
        return { plugins: [exp] };
    if (Array.isArray(exp) && exp.every(isPlugin))
        return { plugins: exp };
    if (typeof exp === 'object' && exp !== null) {
        const o = exp;
        if (o.plugins !== undefined && !(Array.isArray(o.plugins) && o.plugins.every(isPlugin)))
            throw new CliError(`--scheduler ${value}: plugins: must be an array of plugins (objects with a name and filter/score/... ` +
                `functions)`);
        if (o.config !== undefined || o.plugins !== undefined)
            return {
                ...(o.config !== undefined ? { config: o.config } : {}),
                ...(o.plugins ? { plugins: o.plugins } : {})
            };
    }
    throw new CliError(`--scheduler ${value}: the module must export a plugin, an array of plugins, or { config, plugins }`);
}
