import { type FileReader } from '../src/scenario/load.js';
import type { Scenario } from '../src/scenario/types.js';
import { runScenario, type RunOptions } from '../src/engine/run.js';
/** A FileReader over an in-memory map of path -> text (paths resolve relative to '/'). */
export declare function memoryFs(files: Readonly<Record<string, string>>): FileReader;
/**
 * The one way tests load a scenario: its YAML text, with side files (trace CSVs, a
 * KubeSchedulerConfiguration, a manifest folder ...) keyed by their path relative to it, loaded
 * as the file `name`. Throws ScenarioError on bad input, as `kubesim run` reports it.
 */
export declare function scenarioFrom(yaml: string, files?: Readonly<Record<string, string>>, name?: string): Scenario;
/**
 * A scenario file on disk (an example) with the files it names, read as `kubesim run` reads it
 * (the CLI's file reader): the disk counterpart of scenarioFrom.
 */
export declare const scenarioFile: (path: string) => Scenario;
/** Runs a scenario and returns the state, the log text and its hash. */
export declare function runWithLog(s: Scenario, opts?: RunOptions): ReturnType<typeof runScenario> & {
    log: string;
};
