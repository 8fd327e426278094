import type { SchedulerOptions } from '../scheduler/scheduler.js';
/**
 * `--scheduler VALUE`: a built-in profile name (default, binpack, spread), a KubeSchedulerConfiguration
 * file (.yaml/.json), or a JavaScript module (compiled from TypeScript, or run under tsx) whose
 * default export is one of: a plugin object, an array of plugins, or `{ config?, plugins? }`
 * (SchedulerOptions). Plugins are enabled at every extension point they implement.
 */
export declare function loadSchedulerOption(value: string): Promise<SchedulerOptions>;
