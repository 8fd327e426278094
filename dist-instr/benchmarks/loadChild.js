/**
 * validation.load alone in a fresh process: `n` manifests of the bench's mix
 * through validateObject (already parsed) and through loadManifestText (the whole load: YAML, duplicate
 * keys, null fields, validation, shared pod specs). The first load is reported apart (cold: the code not
 * yet compiled, as a `kubesim validate` of one file meets it), then `runs` loads; medians of wall and of
 * CPU time (all threads: GC and the compiler's included) per load. No forced GC between loads: a forced
 * full collection leaves its sweeping to background threads, which then count in the next load's CPU time.
 */
import { validateObject } from '../src/api/validation/index.js';
import { loadManifestText } from '../src/scenario/load.js';
import { parseYamlDocuments } from '../src/scenario/yaml.js';
import { median } from './harness.js';
import { manifestText } from './manifestText.js';
const [n, runs] = process.argv.slice(2).map(Number);
const text = manifestText(n);
/** Wall and CPU ms of one call of `fn`. */
function measure(fn) {
    const c0 = process.cpuUsage(), t0 = process.hrtime.bigint();
    fn();
    const wall = Number(process.hrtime.bigint() - t0) / 1e6, c = process.cpuUsage(c0);
    return { wall, cpu: (c.user + c.system) / 1000 };
}
let loaded = 0;
const load = () => {
    const r = loadManifestText(text, 'bench.yaml');
    if (r.problems.length)
        throw new Error(`benchmark manifests are invalid: ${r.problems[0].message}`);
    loaded = r.value.length;
};
const cold = measure(load);
const loads = Array.from({ length: runs }, () => measure(load));
// Validation alone (strict fields + Kubernetes rules) on already parsed documents.
const docs = parseYamlDocuments(text, 'bench.yaml').docs;
const validate = () => {
    for (const d of docs)
        if (validateObject(d).errors.length)
            throw new Error('benchmark manifests are invalid');
};
const validations = Array.from({ length: runs }, () => measure(validate));
const ms = (xs, k) => +median(xs.map((x) => x[k])).toFixed(1);
process.stdout.write(`${JSON.stringify({
    n, loaded, bytes: text.length, runs, coldMs: +cold.wall.toFixed(1), coldCpuMs: +cold.cpu.toFixed(1),
    loadMs: ms(loads, 'wall'), loadCpuMs: ms(loads, 'cpu'), validateMs: ms(validations, 'wall'),
    validateCpuMs: ms(validations, 'cpu'),
})}\n`);
