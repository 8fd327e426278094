const template = (labels, restartPolicy) => ({
    metadata: { labels },
    spec: { ...(restartPolicy ? { restartPolicy } : {}), containers: [{ name: 'app', image: 'nginx:1.27' }] },
});
export const MANIFESTS = {
    Pod: () => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] } }),
    Deployment: () => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }) } }),
    ReplicaSet: () => ({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'rs' }, spec: { replicas: 2, selector: { matchLabels: { app: 'rs' } }, template: template({ app: 'rs' }) } }),
    ReplicationController: () => ({ apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'rc' }, spec: { replicas: 2, selector: { app: 'rc' }, template: template({ app: 'rc' }) } }),
    StatefulSet: () => ({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db' }, spec: { serviceName: 'db', replicas: 3, selector: { matchLabels: { app: 'db' } }, template: template({ app: 'db' }) } }),
    DaemonSet: () => ({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'ds' }, spec: { selector: { matchLabels: { app: 'ds' } }, template: template({ app: 'ds' }) } }),
    Job: () => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'job' }, spec: { template: template({}, 'Never') } }),
    CronJob: () => ({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'cron' }, spec: { schedule: '*/5 * * * *', jobTemplate: { spec: { template: template({}, 'OnFailure') } } } }),
    HPAv2: () => ({ apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'hpa' }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 1, maxReplicas: 5, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] } }),
    HPAv1: () => ({ apiVersion: 'autoscaling/v1', kind: 'HorizontalPodAutoscaler', metadata: { name: 'hpa1' }, spec: { scaleTargetRef: { kind: 'Deployment', name: 'web' }, maxReplicas: 5, targetCPUUtilizationPercentage: 50 } }),
    PodDisruptionBudget: () => ({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'pdb' }, spec: { minAvailable: 1, selector: { matchLabels: { app: 'web' } } } }),
    PriorityClass: () => ({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'high' }, value: 1000 }),
    ConfigMap: () => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: { 'app.conf': 'x' } }),
    Secret: () => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { password: 'cGFzcw==' } }),
    Namespace: () => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } }),
    PersistentVolumeClaim: () => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }),
    Node: () => ({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' }, status: { capacity: { cpu: '4', memory: '8Gi', 'nvidia.com/gpu': '2' } } }),
};
/**
 * Returns `obj` with the value at a dotted path (`spec.template.spec.containers.0.image`) set;
 * `undefined` deletes it. Creates intermediate objects.
 */
export function set(obj, path, value) {
    const keys = path.split('.');
    let cur = obj;
    for (const k of keys.slice(0, -1)) {
        if (typeof cur[k] !== 'object' || cur[k] === null)
            cur[k] = {};
        cur = cur[k];
    }
    const last = keys[keys.length - 1];
    if (value === undefined)
        delete cur[last];
    else
        cur[last] = value;
    return obj;
}
/** A manifest with several fields changed: `make('Deployment', {'spec.replicas': -1})`. */
export const make = (name, changes = {}) => {
    const o = MANIFESTS[name]();
    for (const [p, v] of Object.entries(changes))
        set(o, p, v);
    return o;
};
