/** The Alibaba openb trace shared beside the project (never copied into it): ../shared/data. */
export declare const OPENB_DIR: string;
export declare const OPENB_PODS: string;
export declare const OPENB_NODES: string;
export declare const OPENB_GPU_NODES: string;
export declare const OPENB_NODE_YAML: string;
/** True when the shared trace is there; otherwise says, visibly, that the tests on it are skipped. */
export declare function haveOpenb(): boolean;
/** Text cut into pieces of `size` characters, as a file read piece by piece arrives. */
export declare function pieces(text: string, size: number): Generator<string>;
export declare const readPieces: (path: string, size?: number) => Generator<string>;
