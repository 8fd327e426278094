import { parse } from 'yaml';
import { parseBehavior } from '../behavior.js';
import { isObj } from './common.js';
/** kubesim's own annotations (src/behavior/resolve.ts reads them at run time). */
const BEHAVIOR = 'kubesim.io/behavior';
/**
 * Checks the `kubesim.io/behavior` and `kubesim.io/behavior.<container>` annotations of a pod or
 * pod template at load time, so `kubesim validate` reports them (same parser as the kubelet uses);
 * an annotation for a container the pod does not have is a warning.
 */
export function validateBehaviorAnnotations(p, warnings, metaPath, metadata, spec) {
    if (!isObj(metadata) || !isObj(metadata.annotations))
        return;
    const names = new Set();
    if (isObj(spec))
        for (const list of [spec.containers, spec.initContainers])
            if (Array.isArray(list))
                for (const c of list)
                    if (isObj(c) && typeof c.name === 'string')
                        names.add(c.name);
    for (const [key, text] of Object.entries(metadata.annotations)) {
        if (key !== BEHAVIOR && !key.startsWith(`${BEHAVIOR}.`))
            continue;
        const path = `${metaPath}.annotations[${key}]`;
        const container = key.slice(BEHAVIOR.length + 1);
        if (container && !names.has(container))
            warnings.push({ path,
                message: `no container named ${JSON.stringify(container)} in this pod: the annotation has no effect` });
        if (typeof text !== 'string')
            continue;
        let v;
        try {
            v = parse(text);
        }
        catch (e) {
            p.push({ path, message: `not valid YAML: ${e.message.split('\n')[0]}` });
            continue;
        }
        parseBehavior(v, path, p);
    }
}
