import type { FieldProblem, InputProblem } from '../api/problems.js';
export interface ParsedYaml {
    /** The non-empty documents, as plain JSON-like values. */
    readonly docs: unknown[];
    /** Per document (aligned with `docs`): duplicate keys, by field path, as strict decoding reports them. */
    readonly docProblems: FieldProblem[][];
    /** Syntax errors, with line numbers; a document with a syntax error is dropped. */
    readonly problems: InputProblem[];
    /**
     * Per document (aligned with `docs`): an upper bound of its size as JSON in UTF-8 bytes, when the
     * fast path read it (no aliases); validation then skips measuring objects far below the limit.
     */
    readonly jsonBytesAtMost?: (number | undefined)[];
}
/**
 * Parses a (multi-document) YAML or KYAML file strictly: duplicate keys are errors naming the
 * field path, as with kubectl's strict decoding ("duplicate field"). Returns the documents (empty
 * ones dropped) and problems with line numbers. Each document goes through the fast path
 * (fastYaml.ts) first and through `yaml`, with its positions, when the fast path gives it up.
 * `podSpecs` (fastParseDocument): Pods with the same `spec:` text share one spec object.
 */
export declare function parseYamlDocuments(text: string, file: string, podSpecs?: Map<string, unknown>): ParsedYaml;
/** parseYamlDocuments without the fast path: what the fast path must agree with (its tests). */
export declare function parseYamlDocumentsSlowly(text: string, file: string): ParsedYaml;
