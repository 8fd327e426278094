import { loadScenario } from '../src/scenario/load.js';
import { runScenario } from '../src/engine/run.js';
import { nodeFs } from '../src/cli/io.js';
/** A FileReader over an in-memory map of path -> text (paths resolve relative to '/'). */
export function memoryFs(files) {
    return {
        read: (p) => {
            if (!(p in files))
                throw new Error(`ENOENT ${p}`);
            return files[p];
        },
        resolve: (from, rel) => (rel.startsWith('/') ? rel : `${from.slice(0, from.lastIndexOf('/') + 1)}${rel}`),
    };
}
/**
 * The one way tests load a scenario: its YAML text, with side files (trace CSVs, a
 * KubeSchedulerConfiguration, a manifest folder ...) keyed by their path relative to it, loaded
 * as the file `name`. Throws ScenarioError on bad input, as `kubesim run` reports it.
 */
export function scenarioFrom(yaml, files = {}, name = 'scenario.yaml') {
    return loadScenario(name, memoryFs({ ...files, [name]: yaml })).scenario;
}
/**
 * A scenario file on disk (an example) with the files it names, read as `kubesim run` reads it
 * (the CLI's file reader): the disk counterpart of scenarioFrom.
 */
export const scenarioFile = (path) => loadScenario(path, nodeFs).scenario;
/** Runs a scenario and returns the state, the log text and its hash. */
export function runWithLog(s, opts = {}) {
    const lines = [];
    const r = runScenario(s, { ...opts, writeLog: (l) => lines.push(l) });
    return { ...r, log: lines.join('') };
}
