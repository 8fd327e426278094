export { MAX_NODE_SCORE, MIN_NODE_SCORE } from './framework.js';
export * from './status.js';
export { CycleState, newCycleState, stateKey } from './cycleState.js';
export { Registry, inTreeRegistry } from './registry.js';
export { buildProfiles, BUILTIN_PROFILES, DEFAULT_MULTI_POINT, ProfileError } from './profile.js';
export { Scheduler, scheduler } from './scheduler.js';
export { names } from './plugins/names.js';
export { defaultNormalizeScore } from './plugins/helper.js';
