import { GPU_POLICIES, gpuProfileConfig } from './gpuProfiles.js';
import { names } from './plugins/names.js';
import { inTreeRegistry } from './registry.js';
import { profileShapeProblems } from './profileShape.js';
/** kube-scheduler's default scheduler name (pkg/apis/core/types.go DefaultSchedulerName). */
export const DEFAULT_SCHEDULER_NAME = 'default-scheduler';
const POINTS = ['multiPoint', 'preFilter', 'filter', 'postFilter', 'preScore', 'score'];
/**
 * The default plugins and score weights (pkg/scheduler/apis/config/v1/default_plugins.go
 * getDefaultPlugins), leaving out those kubesim does not model as plugins (SchedulingGates is the
 * scheduler's PreEnqueue check in scheduler.ts; volume
 * plugins, DefaultBinder: binding is the PodScheduled fact; PrioritySort is the queue's order).
 */
export const DEFAULT_MULTI_POINT = [
    { name: names.NodeUnschedulable },
    { name: names.NodeName },
    { name: names.TaintToleration, weight: 3 },
    { name: names.NodeAffinity, weight: 2 },
    { name: names.NodePorts },
    { name: names.NodeResourcesFit, weight: 1 },
    { name: names.PodTopologySpread, weight: 2 },
    { name: names.InterPodAffinity, weight: 2 },
    { name: names.DefaultPreemption },
    { name: names.NodeResourcesBalancedAllocation, weight: 1 },
    { name: names.ImageLocality, weight: 1 },
];
/**
 * Built-in profiles a scenario's `scheduler:` key may name.
 * - default: kube-scheduler's default profile.
 * - binpack: NodeResourcesFit scores MostAllocated (fill nodes before opening new ones).
 * - spread: LeastAllocated with NodeResourcesFit and PodTopologySpread weighted 5 (spread pods out).
 */
export const BUILTIN_PROFILES = {
    default: { profiles: [{}] },
    binpack: { profiles: [{ pluginConfig: [{ name: names.NodeResourcesFit,
                        args: { scoringStrategy: { type: 'MostAllocated' } } }] }] },
    spread: { profiles: [{ plugins: { score: { enabled: [{ name: names.NodeResourcesFit, weight: 5 },
                            { name: names.PodTopologySpread, weight: 5 }] } } }] },
    // GPU sharing (gpuProfiles.ts): Open-Gpu-Share with the default scores, or one of the ATC'23 policies.
    'gpu-share': gpuProfileConfig(),
    ...Object.fromEntries(Object.keys(GPU_POLICIES).map((p) => [p, gpuProfileConfig(p)])),
};
export class ProfileError extends Error {
    problems;
    name = 'ProfileError';
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
    }
}
/**
 * config/v1 mergePluginSet: disabled (or `*`) removes defaults, a re-enabled default keeps its place, others are
 * appended.
 */
function mergePluginSet(defaults, custom) {
    if (!custom)
        return [...defaults];
    const disabled = new Set((custom.disabled ?? []).map((d) => d.name));
    const enabled = custom.enabled ?? [];
    const replaced = new Set();
    const out = [];
    if (!disabled.has('*')) {
        for (const d of defaults) {
            if (disabled.has(d.name))
                continue;
            const i = enabled.findIndex((e) => e.name === d.name);
            if (i >= 0) {
                replaced.add(i);
                out.push({ ...d, ...enabled[i] });
            }
            else
                out.push(d);
        }
    }
    enabled.forEach((e, i) => { if (!replaced.has(i))
        out.push(e); });
    return out;
}
const implementsPoint = (p, point) => typeof p[point] === 'function';
/**
 * Builds the profiles of a KubeSchedulerConfiguration (or a built-in profile name). Problems are
 * collected and thrown together as a ProfileError with `field.path: message` lines.
 */
export function buildProfiles(config, opts = {}) {
    const registry = opts.registry ?? inTreeRegistry();
    const problems = [];
    let cfg;
    if (config === undefined || config === null)
        cfg = BUILTIN_PROFILES.default;
    else if (typeof config === 'string') {
        if (!(config in BUILTIN_PROFILES))
            throw new ProfileError([`scheduler: unknown profile "${config}" (built-in: ${Object.keys(BUILTIN_PROFILES).join(', ')})`]);
        cfg = BUILTIN_PROFILES[config];
    }
    else if (typeof config === 'object' && !Array.isArray(config))
        cfg = config;
    else
        throw new ProfileError(['scheduler: must be a profile name or a KubeSchedulerConfiguration object']);
    if (cfg.kind !== undefined && cfg.kind !== 'KubeSchedulerConfiguration')
        problems.push(`scheduler.kind: must be KubeSchedulerConfiguration, got ${JSON.stringify(cfg.kind)}`);
    if (cfg.apiVersion !== undefined && !/^kubescheduler\.config\.k8s\.io\/v1/.test(cfg.apiVersion))
        problems.push(`scheduler.apiVersion: must be kubescheduler.config.k8s.io/v1, got ${JSON.stringify(cfg.apiVersion)}`);
    const pct = cfg.percentageOfNodesToScore ?? 0;
    if (!Number.isInteger(pct) || pct < 0 || pct > 100)
        problems.push('scheduler.percentageOfNodesToScore: must be an integer in 0..100');
    const init = cfg.podInitialBackoffSeconds ?? 1, max = cfg.podMaxBackoffSeconds ?? 10;
    if (!Number.isInteger(init)
        || init <= 0)
        problems.push('scheduler.podInitialBackoffSeconds: must be a positive integer');
    if (!Number.isInteger(max)
        || max < init)
        problems.push('scheduler.podMaxBackoffSeconds: must be an integer >= podInitialBackoffSeconds');
    const known = new Set(['apiVersion', 'kind', 'percentageOfNodesToScore', 'podInitialBackoffSeconds',
        'podMaxBackoffSeconds', 'profiles', 'parallelism']);
    for (const k of Object.keys(cfg))
        if (!known.has(k))
            problems.push(`scheduler.${k}: not supported by kubesim`);
    const shape = profileShapeProblems(cfg.profiles);
    if (shape.length)
        throw new ProfileError([...problems, ...shape]);
    const profiles = [];
    const seenNames = new Set();
    const list = cfg.profiles?.length ? cfg.profiles : [{}];
    list.forEach((pc, pi) => {
        const at = `scheduler.profiles[${pi}]`;
        const schedulerName = pc.schedulerName ?? DEFAULT_SCHEDULER_NAME;
        if (seenNames.has(schedulerName))
            problems.push(`${at}.schedulerName: duplicate ${schedulerName}`);
        seenNames.add(schedulerName);
        for (const k of Object.keys(pc.plugins ?? {}))
            if (!POINTS.includes(k))
                problems.push(`${at}.plugins.${k}: extension point not supported by kubesim (supported: ${POINTS.join(', ')})`);
        const args = new Map();
        (pc.pluginConfig ?? []).forEach((c, i) => {
            if (!registry.has(c.name)) {
                problems.push(`${at}.pluginConfig[${i}].name: unknown plugin "${c.name}"`);
                return;
            }
            const errs = registry.get(c.name).validateArgs?.(c.args) ?? [];
            for (const e of errs)
                problems.push(`${at}.pluginConfig[${i}].args.${e}`);
            // invalid args: build with defaults so the other checks still run
            if (errs.length === 0)
                args.set(c.name, c.args);
        });
        const multi = mergePluginSet([...DEFAULT_MULTI_POINT, ...(opts.extraPlugins ?? [])], pc.plugins?.multiPoint);
        const instances = new Map();
        const instance = (name, path) => {
            if (instances.has(name))
                return instances.get(name);
            const entry = registry.get(name);
            if (!entry) {
                problems.push(`${path}: unknown plugin "${name}" (known: ${registry.names().join(', ')})`);
                return undefined;
            }
            const p = entry.factory(args.get(name));
            instances.set(name, p);
            return p;
        };
        const pointList = (point) => {
            const fromMulti = [];
            multi.forEach((r, i) => {
                const p = instance(r.name, `${at}.plugins.multiPoint.enabled[${i}].name`);
                if (p && implementsPoint(p, point))
                    fromMulti.push(r);
            });
            const merged = mergePluginSet(fromMulti, pc.plugins?.[point]);
            const out = [];
            const seen = new Set();
            merged.forEach((r) => {
                const path = `${at}.plugins.${point}.enabled[${(pc.plugins?.[point]?.enabled ?? []).findIndex((e) => e.name === r.name)}]`;
                const p = instance(r.name, `${path}.name`);
                if (!p)
                    return;
                if (!implementsPoint(p, point)) {
                    problems.push(`${path}.name: plugin "${r.name}" does not implement ${point}`);
                    return;
                }
                if (seen.has(r.name)) {
                    problems.push(`${path}.name: plugin "${r.name}" enabled twice`);
                    return;
                }
                seen.add(r.name);
                const w = r.weight ?? 1;
                if (point === 'score' && (!Number.isInteger(w) || w < 1 || w > 100))
                    problems.push(`${path}.weight: must be an integer in 1..100, got ${JSON.stringify(r.weight)}`);
                out.push({ plugin: p, weight: w });
            });
            return out;
        };
        profiles.push({
            schedulerName,
            preFilter: pointList('preFilter').map((x) => x.plugin),
            filter: pointList('filter').map((x) => x.plugin),
            postFilter: pointList('postFilter').map((x) => x.plugin),
            preScore: pointList('preScore').map((x) => x.plugin),
            score: pointList('score').map((x) => ({ plugin: x.plugin, weight: x.weight })),
            percentageOfNodesToScore: pct,
        });
    });
    if (problems.length)
        throw new ProfileError(problems);
    return { profiles, podInitialBackoffMs: init * 1000, podMaxBackoffMs: max * 1000 };
}
