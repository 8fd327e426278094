/**
 * kubesim's library surface: `import { runScenario, loadScenario, replay } from 'kubesim'`.
 * The CLI (src/cli) is built on exactly these.
 */
export * from './events/index.js';
export * from './reducers/index.js';
export { EventQueue, Priority } from './clock/eventQueue.js';
export { VirtualClock } from './clock/virtualClock.js';
export { Rng } from './clock/rng.js';
export { Simulation } from './engine/simulation.js';
export { DEFAULT_COMPONENTS } from './engine/components.js';
export { runScenario } from './engine/run.js';
export { replay } from './engine/replay.js';
export { LogWriter, LogError, parseLog, LOG_FORMAT_VERSION } from './engine/log.js';
export { loadScenario, loadManifestFile, loadManifestText } from './scenario/load.js';
export { ScenarioError, formatProblem } from './api/problems.js';
export { toApi } from './output/toApi.js';
export { controller, ControllerComponent } from './controllers/controller.js';
export * as scheduler from './scheduler/index.js';
export * as invariants from './invariants/index.js';
