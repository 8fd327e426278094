/**
 * kubesim's library surface: `import { runScenario, loadScenario, replay } from 'kubesim'`.
 * The CLI (src/cli) is built on exactly these.
 */
export * from './events/index.js';
export * from './reducers/index.js';
export { EventQueue, Priority } from './clock/eventQueue.js';
export { VirtualClock } from './clock/virtualClock.js';
export { Rng } from './clock/rng.js';
export type { Timer, Outbox } from './decider/outbox.js';
export type { Component, ComponentContext } from './decider/component.js';
export { Simulation, type ComponentFactory, type SimulationOptions, type Recorded } from './engine/simulation.js';
export { DEFAULT_COMPONENTS } from './engine/components.js';
export { runScenario, type RunOptions, type RunResult } from './engine/run.js';
export { replay } from './engine/replay.js';
export { LogWriter, LogError, parseLog, LOG_FORMAT_VERSION, type LogHeader, type ParsedLog } from './engine/log.js';
export { loadScenario, loadManifestFile, loadManifestText, type FileReader } from './scenario/load.js';
export { ScenarioError, formatProblem, type InputProblem } from './api/problems.js';
export type * from './scenario/types.js';
export type * from './api/types.js';
export { toApi, type ApiSnapshot } from './output/toApi.js';
export { controller, ControllerComponent, type ControllerDef, type SyncContext, type SyncResult } from './controllers/controller.js';
export * as scheduler from './scheduler/index.js';
export * as invariants from './invariants/index.js';
