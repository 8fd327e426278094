/**
 * Every size and range limit kubesim enforces on its input, in one place (README "Limits").
 * The Kubernetes ones carry the API server's numbers; the rest are kubesim's own, stated so that
 * bad input is refused at once with a message instead of hanging or running out of memory.
 */
/** An input file (manifest, scenario, log is separate) is read only up to this size: kubesim's own limit. */
export const MAX_INPUT_FILE_BYTES = 16 * 1024 * 1024;
/**
 * All the manifests one `validate` reads: kubesim's own limit, so that a command either answers
 * within about half a minute or is refused at once (validation reads about 1 MB/s, most of it YAML
 * parsing; `npm run bench` validate.50mb).
 */
export const MAX_TOTAL_INPUT_BYTES = 16 * 1024 * 1024;
/**
 * One object's size as JSON: the API server refuses a larger request body
 * (k8s.io/apiserver pkg/server/config.go MaxRequestBodyBytes = 3 MiB; handlers/rest.go
 * limitedReadBody answers "Request entity too large: limit is 3145728").
 */
export const MAX_OBJECT_BYTES = 3 * 1024 * 1024;
/**
 * Nesting of YAML/JSON collections: kubesim's own limit. The deepest real Kubernetes object
 * nests about 15 levels; checking depth without recursion keeps a 10,000-deep document from
 * overflowing the stack of the recursive checks that follow.
 */
export const MAX_NESTING_DEPTH = 100;
/** Sum of annotation key and value bytes (apimachinery pkg/api/validation/objectmeta.go TotalAnnotationSizeLimitB). */
export const TOTAL_ANNOTATION_SIZE_LIMIT_B = 256 * 1024;
/** int32 fields (replicas, parallelism, completions, ports, ...): Go's int32 range, as JSON decoding enforces it. */
export const INT32_MAX = 2 ** 31 - 1;
export const INT32_MIN = -(2 ** 31);
/**
 * Scenario integers (seed, counts) are exact only up to 2^53 - 1 in JavaScript: a larger one is refused, not rounded.
 */
export const MAX_SCENARIO_INTEGER = Number.MAX_SAFE_INTEGER;
/** Nodes from one `namePrefix`/`count` entry: kubesim's own limit (Kubernetes documents 5,000 nodes per cluster). */
export const MAX_NODE_COUNT = 50_000;
/** Durations (until, at, behaviour times): kubesim's own limit of ten years of virtual time. */
export const MAX_DURATION_MS = 3650 * 86_400_000;
/** Depth of the deepest collection in a JSON-like value, without recursion (stops once past `limit`). */
export function nestingDepth(value, limit = MAX_NESTING_DEPTH) {
    let max = 0;
    const stack = [[value, 0]];
    while (stack.length > 0) {
        const [v, d] = stack.pop();
        if (typeof v !== 'object' || v === null)
            continue;
        const depth = d + 1;
        if (depth > max) {
            max = depth;
            if (max > limit)
                return max;
        }
        for (const child of Array.isArray(v) ? v : Object.values(v))
            if (typeof child === 'object'
                && child !== null)
                stack.push([child, depth]);
    }
    return max;
}
export const tooDeepMessage = (limit = MAX_NESTING_DEPTH) => `nested more than ${limit} levels deep (kubesim's limit; real Kubernetes objects nest about 15): refused before ` +
    `reading further`;
/** Binary sizes as people read them: 256 KiB, 3 MiB, 50.0 MiB. */
export function formatBytes(n) {
    const MiB = 1024 * 1024;
    if (n >= MiB)
        return n % MiB === 0 ? `${n / MiB} MiB` : `${(n / MiB).toFixed(1)} MiB`;
    if (n >= 1024)
        return n % 1024 === 0 ? `${n / 1024} KiB` : `${(n / 1024).toFixed(1)} KiB`;
    return `${n} bytes`;
}
