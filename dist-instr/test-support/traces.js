import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
/** The Alibaba openb trace shared beside the project (never copied into it): ../shared/data. */
export const OPENB_DIR = join(import.meta.dirname, '../../shared/data/alibaba-openb-gpu-2023');
export const OPENB_PODS = join(OPENB_DIR, 'csv/openb_pod_list_default.csv');
export const OPENB_NODES = join(OPENB_DIR, 'csv/openb_node_list_all_node.csv');
export const OPENB_GPU_NODES = join(OPENB_DIR, 'csv/openb_node_list_gpu_node.csv');
export const OPENB_NODE_YAML = join(OPENB_DIR, 'node_yaml/openb_node_list_gpu_node.yaml');
/** True when the shared trace is there; otherwise says, visibly, that the tests on it are skipped. */
export function haveOpenb() {
    const ok = existsSync(OPENB_PODS);
    if (!ok)
        console.warn(`SKIPPED: the openb trace is not at ${OPENB_DIR}; tests on the real sample do not run`);
    return ok;
}
/** Text cut into pieces of `size` characters, as a file read piece by piece arrives. */
export function* pieces(text, size) {
    for (let i = 0; i < text.length; i += size)
        yield text.slice(i, i + size);
}
export const readPieces = (path, size = 1 << 16) => pieces(readFileSync(path, 'utf8'), size);
