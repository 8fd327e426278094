/**
 * The scheduler's public surface. A custom plugin is an object with a `name` and any of
 * preFilter / filter / postFilter / preScore / score (+ normalizeScore); pass it, or a
 * KubeSchedulerConfiguration, as `options.scheduler` to runScenario or the Simulation:
 *
 * @example
 * runScenario(scenario, { options: { scheduler: { config: 'binpack', plugins: [{ name: 'Mine', weight: 2, score: (_s,
 * _p, node) => node.pods.length }] } } });
 */
export type * from './framework.js';
export { MAX_NODE_SCORE, MIN_NODE_SCORE } from './framework.js';
export type { NodeColumns } from './nodeColumns.js';
export * from './status.js';
export { CycleState, newCycleState, stateKey, type StateKey } from './cycleState.js';
export { Registry, inTreeRegistry } from './registry.js';
export { buildProfiles, BUILTIN_PROFILES, DEFAULT_MULTI_POINT, ProfileError, type KubeSchedulerConfiguration, type ProfileConfig } from './profile.js';
export { Scheduler, scheduler, type SchedulerOptions } from './scheduler.js';
export { names } from './plugins/names.js';
export { defaultNormalizeScore } from './plugins/helper.js';
