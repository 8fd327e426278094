import { seconds } from '../timedSteps.js';
import { CREATION_TIME, DELETION_TIME, GPU_COUNT, GPU_MILLI, MILLI_PER_GPU } from '../openb/gpu.js';
import { TRACE_SCHEDULED_TIME } from '../openb/pod.js';
/** cluster-trace-gpu-v2025 README, disaggregated_DLRM_trace.csv. */
export const DLRM_COLUMNS = [
    'instance_sn', 'role', 'app_name', 'cpu_request', 'cpu_limit', 'gpu_request', 'gpu_limit', 'rdma_request',
    'rdma_limit',
    'memory_request', 'memory_limit', 'disk_request', 'disk_limit', 'max_instance_per_node', 'creation_time',
    'scheduled_time',
    'deletion_time',
];
/** CN: an inference instance on a CPU node; HN: on a heterogeneous GPU node (README). */
export const DLRM_ROLES = ['CN', 'HN'];
/** Labels the pods carry: the application group (what max_instance_per_node counts) and the role. */
export const DLRM_APP_LABEL = 'app';
export const DLRM_ROLE_LABEL = 'trace.kubesim.io/role';
/** The share of an RDMA NIC the instance asks for (0-100): kept, not enforced (README: a density constraint). */
export const DLRM_RDMA = 'trace.kubesim.io/rdma-percent';
export function parseDlrmRow(r, at) {
    const instance = r.text('instance_sn');
    const role = r.oneOf('role', DLRM_ROLES);
    const app = r.text('app_name');
    const pair = (req, lim) => [r.number(req) ?? 0, r.number(lim) ?? 0];
    const cpu = pair('cpu_request', 'cpu_limit');
    const gpu = [r.int('gpu_request') ?? 0, r.int('gpu_limit') ?? 0];
    const rdma = r.number('rdma_request') ?? 0;
    r.number('rdma_limit');
    const memoryGiB = pair('memory_request', 'memory_limit');
    const diskGiB = pair('disk_request', 'disk_limit');
    const maxPerNode = r.int('max_instance_per_node', { min: -1 });
    if (maxPerNode === 0)
        r.reject('max_instance_per_node', 'must be -1 (no limit) or at least 1, got 0');
    const creationTime = r.int('creation_time', { optional: true });
    const scheduledTime = r.int('scheduled_time', { optional: true });
    const deletionTime = r.int('deletion_time', { optional: true });
    if (!instance)
        r.reject('instance_sn', 'Required value');
    if (!app)
        r.reject('app_name', 'Required value');
    if (creationTime !== undefined && deletionTime !== undefined && deletionTime < creationTime)
        r.reject('deletion_time', `must not be before creation_time (${creationTime}), got ${deletionTime}`);
    if (r.problems.length)
        return undefined;
    return {
        instance: instance, role: role, app: app, cpu, gpu, rdma, memoryGiB, diskGiB, maxPerNode: maxPerNode, at,
        ...(creationTime !== undefined ? { creationTime } : {}), ...(scheduledTime !== undefined ? { scheduledTime } : {}),
        ...(deletionTime !== undefined ? { deletionTime } : {}),
    };
}
/** Kubernetes names are DNS-1123 labels: `instance_7185` becomes `instance-7185`. */
export const dlrmPodName = (instance) => instance.toLowerCase().replace(/[^a-z0-9-]/g, '-');
const HOSTNAME = 'kubernetes.io/hostname';
/**
 * max_instance_per_node ("instances of the same app_name on a single node", README) in
 * Kubernetes' own terms: 1 is a required pod anti-affinity on the hostname (exactly "at most one
 * per node"); k > 1 is a topology spread constraint on the hostname with maxSkew k and
 * DoNotSchedule, which holds the limit exactly while some eligible node has none of the app's
 * instances and lets it grow by the least-loaded node's count once every node has some
 * (Kubernetes has no "at most k per node" rule; README status says so).
 */
function perNodeLimit(row) {
    const selector = { matchLabels: { [DLRM_APP_LABEL]: row.app } };
    if (row.maxPerNode === 1)
        return { affinity: { podAntiAffinity: {
                    requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: selector,
                            topologyKey: HOSTNAME }]
                } } };
    if (row.maxPerNode > 1)
        return { topologySpreadConstraints: [
                { maxSkew: row.maxPerNode, topologyKey: HOSTNAME, whenUnsatisfiable: 'DoNotSchedule',
                    labelSelector: selector }
            ] };
    return {};
}
/** The pod an instance becomes: requests and limits from the trace (cores, GiB), GPUs as whole devices. */
export function dlrmPod(row, specs) {
    const key = JSON.stringify([row.cpu, row.memoryGiB, row.diskGiB, row.app, row.maxPerNode]);
    let spec = specs?.get(key);
    if (!spec) {
        const res = (i) => ({ cpu: `${Math.round(row.cpu[i] * 1000)}m`,
            memory: `${Math.round(row.memoryGiB[i] * 1024)}Mi`,
            'ephemeral-storage': `${Math.round(row.diskGiB[i] * 1024)}Mi` });
        spec = { containers: [{ name: 'main', image: 'dlrm-serving:latest',
                    resources: { requests: res(0), limits: res(1) } }], ...perNodeLimit(row) };
        specs?.set(key, spec);
    }
    const created = row.creationTime ?? 0;
    const pod = {
        apiVersion: 'v1', kind: 'Pod',
        metadata: {
            name: dlrmPodName(row.instance), namespace: 'default', uid: '',
            labels: { [DLRM_APP_LABEL]: row.app, [DLRM_ROLE_LABEL]: row.role },
            annotations: {
                ...(row.gpu[0] > 0 ? { [GPU_COUNT]: String(row.gpu[0]), [GPU_MILLI]: String(MILLI_PER_GPU) } : {}),
                [DLRM_RDMA]: String(row.rdma),
                [CREATION_TIME]: String(created),
                ...(row.deletionTime !== undefined ? { [DELETION_TIME]: String(row.deletionTime) } : {}),
                ...(row.scheduledTime !== undefined || row.creationTime === undefined
                    ? { [TRACE_SCHEDULED_TIME]: String(row.scheduledTime ?? 0) } : {}),
            },
        },
        spec,
        status: { phase: 'Pending', conditions: [] },
    };
    return { pod, createAt: seconds(created), ...(row.deletionTime !== undefined
            ? { deleteAt: seconds(row.deletionTime) } : {}), source: row.at };
}
