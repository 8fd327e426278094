/** apimachinery rand.SafeEncodeString: maps each byte to ALPHANUMS[byte % 27]. */
export declare function safeEncodeString(s: string): string;
/**
 * pkg/controller/controller_utils.go ComputeHash: FNV-32a of the pod template, then the
 * collision count as 8 little-endian bytes when set, rendered as the decimal Sum32 through
 * SafeEncodeString (so `1524588021` becomes `5b7f6c...`). Kubernetes feeds the template to the
 * hash through hashutil.DeepHashObject (a spew dump of the Go struct); kubesim feeds canonical
 * JSON (sorted keys) instead, so the values differ from a real cluster's but are just as stable:
 * the same template always gives the same hash, in every run and in replay.
 */
export declare function computeHash(template: unknown, collisionCount?: number): string;
