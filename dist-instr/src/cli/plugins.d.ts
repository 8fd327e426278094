/** `--plugin ./mine.js` (repeatable): collects values for commander. */
export declare const collect: (v: string, acc: string[]) => string[];
/** A module path on the command line as an absolute file URL, for import() here or in a worker. */
export declare const moduleUrl: (p: string) => string;
/** True for an `--invariants` item that names a module rather than an invariant. */
export declare const isModulePath: (s: string) => boolean;
