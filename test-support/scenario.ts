import { loadScenario, type FileReader } from '../src/scenario/load.js';
import type { Scenario } from '../src/scenario/types.js';
import { runScenario, type RunOptions } from '../src/engine/run.js';

/** A FileReader over an in-memory map of path -> text (paths resolve relative to '/'). */
export function memoryFs(files: Readonly<Record<string, string>>): FileReader {
  return {
    read: (p) => {
      if (!(p in files)) throw new Error(`ENOENT ${p}`);
      return files[p];
    },
    resolve: (from, rel) => (rel.startsWith('/') ? rel : `${from.slice(0, from.lastIndexOf('/') + 1)}${rel}`),
  };
}

/** Loads a scenario from YAML text (and optional side files), throwing ScenarioError on bad input. */
export function scenarioFrom(yaml: string, files: Readonly<Record<string, string>> = {}): Scenario {
  return loadScenario('/scenario.yaml', memoryFs({ ...files, '/scenario.yaml': yaml })).scenario;
}

/** Runs a scenario and returns the state, the log text and its hash. */
export function runWithLog(s: Scenario, opts: RunOptions = {}): ReturnType<typeof runScenario> & { log: string } {
  const lines: string[] = [];
  const r = runScenario(s, { ...opts, writeLog: (l) => lines.push(l) });
  return { ...r, log: lines.join('') };
}
