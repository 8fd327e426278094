import { type DocumentOptions, type SchemaOptions } from 'yaml';
/** Resolves plain scalars with the tags of the `yaml` schema the slow path uses, so both agree by construction. */
export declare class PlainScalars {
    #private;
    constructor(options: DocumentOptions & SchemaOptions);
    /** The value of a plain scalar (a key when `key`); NotFast when its tag reports an error. */
    resolve(s: string, key: boolean): unknown;
}
/**
 * One document's text (no `---` lines) to its value: `undefined` when the fast path gives it up,
 * `null` for an empty document. With `podSpecs`, Pods whose `spec:` blocks are the same text get the
 * same spec object (the caller must not change it).
 */
export declare function fastParseDocument(lines: readonly string[], scalars: PlainScalars, podSpecs?: Map<string, unknown>): unknown;
