/**
 * The GCDA cross-simulator shape as a user hands it to kubesim: the 1,213 GPU nodes of Alibaba's
 * openb trace (its node YAML, as published) and the trace's 7,064 GPU tasks as Pod documents with
 * their cpu and memory requests (the artifact's pod_csv_to_yaml.py shape), all created at t=0,
 * under the default scheduler profile. Read from ../shared/data, never copied into the project.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
const DATA = fileURLToPath(new URL('../../../shared/data/alibaba-openb-gpu-2023/', import.meta.url));
/** One Pod document per GPU task (num_gpu > 0) of openb_pod_list_default.csv. */
function podsYaml() {
    const rows = parse(readFileSync(join(DATA, 'csv/openb_pod_list_default.csv'), 'utf8'), { columns: true });
    const docs = [];
    for (const r of rows) {
        if (Number(r.num_gpu) === 0)
            continue;
        const model = r.gpu_spec ? `\n    alibabacloud.com/gpu-card-model: '${r.gpu_spec}'` : '';
        const res = `\n          cpu: ${r.cpu_milli}m\n          memory: ${r.memory_mib}Mi`;
        docs.push(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${r.name}\n  namespace: default\n  annotations:\n` +
            `    alibabacloud.com/gpu-count: '${r.num_gpu}'\n    alibabacloud.com/gpu-milli: '${r.gpu_milli}'${model}\n` +
            `spec:\n  containers:\n  - name: main\n    image: tensorflow:latest\n    resources:\n` +
            `      requests:${res}\n      limits:${res}\n`);
    }
    return { text: docs.join('---\n'), pods: docs.length };
}
/** Writes nodes.yaml, pods.yaml and scenario.yaml into `dir`; returns the scenario's path and the counts. */
export function writeGcdaFiles(dir, until = '2m') {
    const nodes = readFileSync(join(DATA, 'node_yaml/openb_node_list_gpu_node.yaml'), 'utf8');
    const { text, pods } = podsYaml();
    writeFileSync(join(dir, 'nodes.yaml'), nodes);
    writeFileSync(join(dir, 'pods.yaml'), text);
    const scenario = join(dir, 'scenario.yaml');
    writeFileSync(scenario, `apiVersion: kubesim/v1\nkind: Scenario\nmetadata: {name: gcda}\nseed: 1\nuntil: ${until}\n` +
        `manifests:\n  - file: nodes.yaml\n  - file: pods.yaml\n`);
    return { scenario, pods, bytes: nodes.length + text.length };
}
