import { type InputProblem } from '../api/problems.js';
import type { TraceLoad, Scenario, SourcedObject } from './types.js';
/** How the loader reaches files: injected by the CLI, the only module allowed to touch fs. */
export interface FileReader {
    /** Returns the file's text or throws. */
    read(path: string): string;
    /** Resolves `rel` against the directory of `from`. */
    resolve(from: string, rel: string): string;
    /** The file's text piece by piece (a trace too big to hold whole); absent: read() in one piece. */
    chunks?(path: string): Iterable<string>;
    /** The file's bytes (a msgpack trace); absent: the text read() returns, as UTF-8. */
    bytes?(path: string): Uint8Array;
    /**
     * Reads a scenario's `trace:` key (src/trace's loadTraceKey, handed in by the CLI, since trace
     * readers sit above the scenario loader); absent: a scenario with `trace:` is refused.
     */
    traces?(value: unknown, scenarioFile: string, resolve: (rel: string) => string): TraceLoad;
}
/** 2026-01-01T00:00:00Z: virtual time 0 unless the scenario gives `startTime`. */
export declare const DEFAULT_START_TIME: number;
export declare const objectLabel: (o: unknown) => string | undefined;
export interface LoadResult<T> {
    readonly value: T;
    readonly problems: InputProblem[];
    readonly warnings: InputProblem[];
}
/** Reads, parses and validates the manifests of one file. Invalid documents are not returned. */
export declare function loadManifestFile(path: string, fs: FileReader): LoadResult<SourcedObject[]>;
/** kubectl apply's error for a file with no objects in it (an empty or comment-only file). */
export declare const NO_OBJECTS = "no objects passed to apply";
export declare function loadManifestText(text: string, file: string): LoadResult<SourcedObject[]>;
/**
 * Loads a scenario file: the scenario's own keys, its nodes, its manifests (inline or
 * `{file: ...}` relative to the scenario), its timeline and behaviours. Throws ScenarioError with
 * every problem found; nothing from an invalid document enters the simulation.
 */
export declare function loadScenario(path: string, fs: FileReader): {
    scenario: Scenario;
    warnings: InputProblem[];
};
