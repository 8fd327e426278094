import { canonicalJson } from './controllerUtils.js';
/**
 * rand.SafeEncodeString's alphabet (apimachinery pkg/util/rand/rand.go): no vowels, no
 * look-alikes, so a hash never spells a word.
 */
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';
/** apimachinery rand.SafeEncodeString: maps each byte to ALPHANUMS[byte % 27]. */
export function safeEncodeString(s) {
    let out = '';
    for (let i = 0; i < s.length; i++)
        out += ALPHANUMS[s.charCodeAt(i) % ALPHANUMS.length];
    return out;
}
/** FNV-32a over UTF-8 bytes (hash/fnv New32a). */
function fnv32a(bytes, h = 0x811c9dc5) {
    for (const b of bytes) {
        h ^= b;
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
}
const encoder = new TextEncoder();
/**
 * pkg/controller/controller_utils.go ComputeHash: FNV-32a of the pod template, then the
 * collision count as 8 little-endian bytes when set, rendered as the decimal Sum32 through
 * SafeEncodeString (so `1524588021` becomes `5b7f6c...`). Kubernetes feeds the template to the
 * hash through hashutil.DeepHashObject (a spew dump of the Go struct); kubesim feeds canonical
 * JSON (sorted keys) instead, so the values differ from a real cluster's but are just as stable:
 * the same template always gives the same hash, in every run and in replay.
 */
export function computeHash(template, collisionCount) {
    let h = fnv32a(encoder.encode(canonicalJson(template)));
    if (collisionCount !== undefined) {
        const b = new Uint8Array(8);
        new DataView(b.buffer).setUint32(0, collisionCount >>> 0, true);
        h = fnv32a(b, h);
    }
    return safeEncodeString(String(h));
}
