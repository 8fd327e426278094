/** Writes nodes.yaml, pods.yaml and scenario.yaml into `dir`; returns the scenario's path and the counts. */
export declare function writeGcdaFiles(dir: string, until?: string): {
    scenario: string;
    pods: number;
    bytes: number;
};
