/** A manifest file of `n` documents cycling through Deployment, StatefulSet, CronJob, ConfigMap and Pod, as YAML text. */
export function manifestText(n, prefix = 'app') {
    const docs = [];
    for (let i = 0; i < n; i++) {
        const name = `${prefix}-${i}`;
        switch (i % 5) {
            case 0:
                docs.push(`apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}, labels: {app: ${name}}}\nspec:\n  replicas: 3\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports: [{containerPort: 80}]\n          resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {cpu: "1", memory: 256Mi}}\n          readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5}\n`);
                break;
            case 1:
                docs.push(`apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: ${name}}\nspec:\n  serviceName: ${name}\n  replicas: 3\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec: {containers: [{name: db, image: postgres:16, volumeMounts: [{name: data, mountPath: /data}]}]}\n  volumeClaimTemplates: [{metadata: {name: data}, spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}}]\n`);
                break;
            case 2:
                docs.push(`apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: ${name}}\nspec:\n  schedule: "*/5 * * * *"\n  timeZone: Europe/Paris\n  jobTemplate: {spec: {template: {spec: {restartPolicy: OnFailure, containers: [{name: c, image: busybox}]}}}}\n`);
                break;
            case 3:
                docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}}\ndata: {a.conf: "x", b.conf: "y"}\n`);
                break;
            default: docs.push(`apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec: {containers: [{name: app, image: busybox, env: [{name: A, value: "1"}]}]}\n`);
        }
    }
    return docs.join('---\n');
}
