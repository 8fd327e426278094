import { formatQuantity, quantityFormat } from '../../api/quantityFormat.js';
import { scaledValue } from '../../api/quantity.js';
import { selectorString } from '../printers/labels.js';
import { printAnnotations, printLabels, printTolerations } from './writer.js';
/**
 * A quantity as Quantity.String() prints it: exact to the nano unit while that fits a double
 * (below 9e6 units), else in whole units (memory, storage).
 */
export function quantityString(q) {
    const nanos = scaledValue(q, -9);
    return Math.abs(nanos) < Number.MAX_SAFE_INTEGER ? formatQuantity(nanos, -9, quantityFormat(q))
        : formatQuantity(scaledValue(q, 0), 0, quantityFormat(q));
}
/** describe.go DescribeProbe (kubectl 1.34): `exec [cat /tmp/healthy] delay=5s timeout=1s ... #failure=3`. */
export function probeLine(p) {
    const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s ` +
        `period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
    if (p.exec)
        return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`;
    if (p.httpGet)
        return `http-get ${(p.httpGet.scheme ?? 'HTTP').toLowerCase()}://` +
            `${p.httpGet.host ?? ''}:${p.httpGet.port}${p.httpGet.path ?? ''} ${attrs}`;
    if (p.tcpSocket)
        return `tcp-socket :${p.tcpSocket.port} ${attrs}`;
    if (p.grpc)
        return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`;
    return `unknown ${attrs}`;
}
/** describe.go describeStatus: Running/Waiting (reason only)/Terminated with its fields. */
function describeStatus(w, name, s) {
    if (s.running) {
        w.write(2, `${name}:\tRunning\n`);
        w.write(3, `Started:\t${w.time(s.running.startedAt)}\n`);
    }
    else if (s.waiting) {
        w.write(2, `${name}:\tWaiting\n`);
        if (s.waiting.reason)
            w.write(3, `Reason:\t${s.waiting.reason}\n`);
    }
    else if (s.terminated) {
        const t = s.terminated;
        w.write(2, `${name}:\tTerminated\n`);
        if (t.reason)
            w.write(3, `Reason:\t${t.reason}\n`);
        if (t.message)
            w.write(3, `Message:\t${t.message}\n`);
        w.write(3, `Exit Code:\t${t.exitCode}\n`);
        if (t.signal)
            w.write(3, `Signal:\t${t.signal}\n`);
        // A zero startedAt prints Go's zero time.
        w.write(3, `Started:\t${t.startedAt === undefined ? 'Mon, 01 Jan 0001 00:00:00 +0000' : w.time(t.startedAt)}\n`);
        w.write(3, `Finished:\t${w.time(t.finishedAt)}\n`);
    }
    else
        w.write(2, `${name}:\tWaiting\n`);
}
/** describe.go describeResources: Limits then Requests, resource names sorted. */
function describeResources(w, limits, requests, level) {
    for (const [title, list] of [['Limits', limits], ['Requests', requests]]) {
        const names = Object.keys(list ?? {}).sort();
        if (names.length)
            w.write(level, `${title}:\n`);
        for (const n of names)
            w.write(level + 1, `${n}:\t${quantityString(list[n])}\n`);
    }
}
const ports = (c, host) => (c.ports ?? []).map((p) => `${host ? (p.hostPort ?? 0) : p.containerPort}/${p.protocol ?? 'TCP'}${p.name ? ` (${p.name})` : ''}`).join(', ');
/** describe.go describeContainers (basic info, command, state, resources, probes, env, mounts). */
export function describeContainers(w, label, containers, statuses, space, fieldValue) {
    w.write(0, `${space}${label}:${containers.length ? '' : ' <none>'}\n`);
    for (const c of containers) {
        const st = statuses?.find((s) => s.name === c.name);
        w.write(1, `${space ? ' ' : ''}${c.name}:\n`);
        if (st)
            w.write(2, `Container ID:\t${st.containerID ?? ''}\n`);
        w.write(2, `Image:\t${c.image ?? ''}\n`);
        if (st)
            w.write(2, `Image ID:\t${st.imageID}\n`);
        const p = ports(c, false), hp = ports(c, true);
        w.write(2, p.includes(',') ? `Ports:\t${p}\n` : `Port:\t${p || '<none>'}\n`);
        w.write(2, hp.includes(',') ? `Host Ports:\t${hp}\n` : `Host Port:\t${hp || '<none>'}\n`);
        for (const [title, items] of [['Command', c.command], ['Args', c.args]]) {
            if (!items?.length)
                continue;
            w.write(2, `${title}:\n`);
            for (const x of items)
                for (const s of x.split('\n'))
                    w.write(3, `${s}\n`);
        }
        if (st) {
            describeStatus(w, 'State', st.state);
            if (st.lastState.terminated)
                describeStatus(w, 'Last State', st.lastState);
            w.write(2, `Ready:\t${st.ready ? 'True' : 'False'}\n`);
            w.write(2, `Restart Count:\t${st.restartCount}\n`);
        }
        describeResources(w, c.resources?.limits, c.resources?.requests, 2);
        if (c.livenessProbe)
            w.write(2, `Liveness:\t${probeLine(c.livenessProbe)}\n`);
        if (c.readinessProbe)
            w.write(2, `Readiness:\t${probeLine(c.readinessProbe)}\n`);
        if (c.startupProbe)
            w.write(2, `Startup:\t${probeLine(c.startupProbe)}\n`);
        if (c.envFrom?.length) {
            w.write(2, 'Environment Variables from:\n');
            for (const e of c.envFrom) {
                const ref = e.configMapRef ?? e.secretRef;
                const from = e.configMapRef ? 'ConfigMap' : e.secretRef ? 'Secret' : '';
                w.write(3, `${ref?.name ?? ''}\t${from}${e.prefix ? ` with prefix '${e.prefix}'` : ''}\tOptional: ` +
                    `${ref?.optional === true}\n`);
            }
        }
        const env = (c.env ?? []);
        w.write(2, `Environment:${env.length ? '' : '\t<none>'}\n`);
        for (const e of env) {
            const from = e.valueFrom;
            if (!from)
                (e.value ?? '').split('\n').forEach((s, i) => w.write(3, i ? `\t${s}\n` : `${e.name}:\t${s}\n`));
            else if (from.fieldRef)
                w.write(3, `${e.name}:\t${fieldValue?.(from.fieldRef.fieldPath) ?? ''} ` +
                    `(${from.fieldRef.apiVersion ?? 'v1'}:${from.fieldRef.fieldPath})\n`);
            else if (from.secretKeyRef)
                w.write(3, `${e.name}:\t<set to the key '${from.secretKeyRef.key}' in secret ` +
                    `'${from.secretKeyRef.name}'>\tOptional: ${from.secretKeyRef.optional === true}\n`);
            else if (from.configMapKeyRef)
                w.write(3, `${e.name}:\t<set to the key '${from.configMapKeyRef.key}' of config ` +
                    `map '${from.configMapKeyRef.name}'>\tOptional: ${from.configMapKeyRef.optional === true}\n`);
        }
        const mounts = [...(c.volumeMounts ?? [])].sort((a, b) => (a.mountPath < b.mountPath ? -1 : 1));
        w.write(2, `Mounts:${mounts.length ? '' : '\t<none>'}\n`);
        for (const m of mounts) {
            w.write(3, `${m.mountPath} from ${m.name} (${m.readOnly ? 'ro' : 'rw'}${m.subPath ? `,path="${m.subPath}"` : ''})\n`);
        }
    }
}
/** describe.go describeVolumes and the print*VolumeSource functions of the volume kinds kubesim reads. */
export function describeVolumes(w, volumes, space) {
    if (!volumes?.length) {
        w.write(0, `${space}Volumes:\t<none>\n`);
        return;
    }
    w.write(0, `${space}Volumes:\n`);
    for (const v of volumes) {
        w.write(1, `${space ? ' ' : ''}${v.name}:\n`);
        if (v.hostPath)
            w.write(2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n` +
                `    HostPathType:\t${v.hostPath.type || '<none>'}\n`);
        else if (v.emptyDir)
            w.write(2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n` +
                `    Medium:\t${String(v.emptyDir.medium ?? '')}\n    SizeLimit:\t${v.emptyDir.sizeLimit
                    ? quantityString(v.emptyDir.sizeLimit) : '<unset>'}\n`);
        else if (v.secret)
            w.write(2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t` +
                `${v.secret.secretName}\n    Optional:\t${v.secret.optional === true}\n`);
        else if (v.configMap)
            w.write(2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t` +
                `${v.configMap.name}\n    Optional:\t${v.configMap.optional === true}\n`);
        else if (v.persistentVolumeClaim)
            w.write(2, 'Type:\tPersistentVolumeClaim (a reference to a ' +
                `PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${v.persistentVolumeClaim.claimName}\n` +
                `    ReadOnly:\t${v.persistentVolumeClaim.readOnly === true}\n`);
        else
            w.write(1, '<unknown>\n');
    }
}
/** describe.go describeTopologySpreadConstraints, sorted by topology key. */
export function describeTopologySpread(w, spec, space) {
    const tscs = [...(spec.topologySpreadConstraints ?? [])].sort((a, b) => (a.topologyKey < b.topologyKey ? -1 : 1));
    if (!tscs.length)
        return;
    w.write(0, `${space}Topology Spread Constraints:\t`);
    tscs.forEach((t, i) => w.write(0, `${i ? `${space}\t` : ''}${t.topologyKey}:${t.whenUnsatisfiable} when max skew ` +
        `${t.maxSkew} is exceeded${t.labelSelector ? ` for selector ` +
            `${selectorString(t.labelSelector) || '<none>'}` : ''}\n`));
}
/** describe.go DescribePodTemplate. */
export function describePodTemplate(w, template) {
    w.write(0, 'Pod Template:\n');
    if (!template) {
        w.write(1, '<unset>');
        return;
    }
    const spec = template.spec;
    printLabels(w, '  Labels', template.metadata?.labels);
    if (Object.keys(template.metadata?.annotations ?? {}).length)
        printAnnotations(w, '  Annotations', template.metadata?.annotations);
    if (spec.serviceAccountName)
        w.write(1, `Service Account:\t${spec.serviceAccountName}\n`);
    if (spec.initContainers?.length)
        describeContainers(w, 'Init Containers', spec.initContainers, undefined, '  ');
    describeContainers(w, 'Containers', spec.containers, undefined, '  ');
    describeVolumes(w, spec.volumes, '  ');
    describeTopologySpread(w, spec, '  ');
    if (spec.priorityClassName)
        w.write(1, `Priority Class Name:\t${spec.priorityClassName}\n`);
    printLabels(w, '  Node-Selectors', spec.nodeSelector);
    printTolerations(w, '  Tolerations', spec.tolerations);
}
