/**
 * Every size and range limit kubesim enforces on its input, in one place (README "Limits").
 * The Kubernetes ones carry the API server's numbers; the rest are kubesim's own, stated so that
 * bad input is refused at once with a message instead of hanging or running out of memory.
 */
/** An input file (manifest, scenario, log is separate) is read only up to this size: kubesim's own limit. */
export declare const MAX_INPUT_FILE_BYTES: number;
/**
 * All the manifests one `validate` reads: kubesim's own limit, so that a command either answers
 * within about half a minute or is refused at once (validation reads about 1 MB/s, most of it YAML
 * parsing; `npm run bench` validate.50mb).
 */
export declare const MAX_TOTAL_INPUT_BYTES: number;
/**
 * One object's size as JSON: the API server refuses a larger request body
 * (k8s.io/apiserver pkg/server/config.go MaxRequestBodyBytes = 3 MiB; handlers/rest.go
 * limitedReadBody answers "Request entity too large: limit is 3145728").
 */
export declare const MAX_OBJECT_BYTES: number;
/**
 * Nesting of YAML/JSON collections: kubesim's own limit. The deepest real Kubernetes object
 * nests about 15 levels; checking depth without recursion keeps a 10,000-deep document from
 * overflowing the stack of the recursive checks that follow.
 */
export declare const MAX_NESTING_DEPTH = 100;
/** Sum of annotation key and value bytes (apimachinery pkg/api/validation/objectmeta.go TotalAnnotationSizeLimitB). */
export declare const TOTAL_ANNOTATION_SIZE_LIMIT_B: number;
/** int32 fields (replicas, parallelism, completions, ports, ...): Go's int32 range, as JSON decoding enforces it. */
export declare const INT32_MAX: number;
export declare const INT32_MIN: number;
/**
 * Scenario integers (seed, counts) are exact only up to 2^53 - 1 in JavaScript: a larger one is refused, not rounded.
 */
export declare const MAX_SCENARIO_INTEGER: number;
/** Nodes from one `namePrefix`/`count` entry: kubesim's own limit (Kubernetes documents 5,000 nodes per cluster). */
export declare const MAX_NODE_COUNT = 50000;
/** Durations (until, at, behaviour times): kubesim's own limit of ten years of virtual time. */
export declare const MAX_DURATION_MS: number;
/** Depth of the deepest collection in a JSON-like value, without recursion (stops once past `limit`). */
export declare function nestingDepth(value: unknown, limit?: number): number;
export declare const tooDeepMessage: (limit?: number) => string;
/** Binary sizes as people read them: 256 KiB, 3 MiB, 50.0 MiB. */
export declare function formatBytes(n: number): string;
