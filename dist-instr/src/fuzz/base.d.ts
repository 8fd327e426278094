import { type FileReader } from '../scenario/load.js';
import type { Scenario } from '../scenario/types.js';
import type { FuzzBase, PodTarget } from './types.js';
/**
 * Reads a scenario file into a self-contained fuzz base: the loader validates it (bad input
 * throws ScenarioError), and every `{file: ...}` manifest reference (in manifests, staticPods and
 * timeline apply entries) is replaced by the objects it holds, so a case can be written as one
 * plain YAML file and run from anywhere.
 */
export declare function loadFuzzBase(path: string, fs: FileReader): {
    base: FuzzBase;
    scenario: Scenario;
};
/** Pods whose names are known before the run: bare Pods and StatefulSet ordinals. */
export declare function podTargets(s: Scenario): PodTarget[];
