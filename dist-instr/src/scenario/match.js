const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const MATCH_KEYS = ['pod', 'labels', 'container', 'image'];
/**
 * A behaviour rule's `match`: pod, container and image are name globs (strings), labels a map of
 * string to string. Anything else is an error here, not a crash when the first pod is matched.
 */
export function parseMatch(match, path, p) {
    if (!isObj(match)) {
        p.push({ path, message: `must be a mapping of ${MATCH_KEYS.join(', ')}` });
        return undefined;
    }
    const before = p.length;
    for (const [k, v] of Object.entries(match)) {
        if (!MATCH_KEYS.includes(k))
            p.push({ path: `${path}.${k}`,
                message: `unknown field (known: ${MATCH_KEYS.join(', ')})` });
        else if (k === 'labels') {
            if (!isObj(v))
                p.push({ path: `${path}.labels`, message: `Invalid value: ${JSON.stringify(v)}: must be a map of label to value` });
            else
                for (const [lk, lv] of Object.entries(v))
                    if (typeof lv !== 'string')
                        p.push({ path: `${path}.labels.${lk}`,
                            message: `Invalid value: ${JSON.stringify(lv)}: expected string (quote numbers and booleans in YAML)` });
        }
        else if (typeof v !== 'string')
            p.push({ path: `${path}.${k}`,
                message: `Invalid value: ${JSON.stringify(v)}: expected a name glob (string; quote numbers and booleans in ` +
                    `YAML)` });
    }
    return p.length === before ? match : undefined;
}
