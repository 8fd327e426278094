import { eventCount, firstSeen, lastSeen } from './events/eventObject.js';
import { humanDuration } from './printers/humanDuration.js';
import { formatDuration } from '../api/time.js';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => String(n).padStart(2, '0');
/** Go's time.RFC1123Z in UTC, as kubectl describe prints times: `Thu, 01 Jan 2026 00:00:02 +0000`. */
export function rfc1123z(startTime, ms) {
    const d = new Date(startTime + ms);
    return `${DAYS[d.getUTCDay()]}, ` +
        (`${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:` +
            `${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`);
}
/**
 * kubectl's probe line (describe.go describeProbe): `exec [cat /tmp/healthy] delay=5s timeout=1s period=5s #success=1
 * #failure=3`.
 */
function probeLine(p) {
    const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s ` +
        `#success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
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
function stateLines(label, s, startTime, indent) {
    const out = [];
    const field = (k, v) => { out.push(`${indent}  ${`${k}:`.padEnd(14)}${v}`); };
    if (s.running) {
        out.push(`${indent}${`${label}:`.padEnd(16)}Running`);
        field('Started', rfc1123z(startTime, s.running.startedAt));
    }
    else if (s.terminated) {
        out.push(`${indent}${`${label}:`.padEnd(16)}Terminated`);
        if (s.terminated.reason)
            field('Reason', s.terminated.reason);
        if (s.terminated.message)
            field('Message', s.terminated.message);
        field('Exit Code', String(s.terminated.exitCode));
        if (s.terminated.signal)
            field('Signal', String(s.terminated.signal));
        if (s.terminated.startedAt !== undefined)
            field('Started', rfc1123z(startTime, s.terminated.startedAt));
        field('Finished', rfc1123z(startTime, s.terminated.finishedAt));
    }
    else if (s.waiting) {
        out.push(`${indent}${`${label}:`.padEnd(16)}Waiting`);
        if (s.waiting.reason)
            field('Reason', s.waiting.reason);
        if (s.waiting.message)
            field('Message', s.waiting.message);
    }
    else
        out.push(`${indent}${`${label}:`.padEnd(16)}Waiting`);
    return out;
}
function containerLines(c, st, startTime) {
    const i = '    ';
    const kv = (k, v) => `${i}${`${k}:`.padEnd(16)}${v}`;
    const out = [`  ${c.name}:`];
    if (st?.containerID)
        out.push(kv('Container ID', st.containerID));
    out.push(kv('Image', c.image ?? ''));
    out.push(kv('Image ID', st?.imageID ?? ''));
    const ports = c.ports ?? [];
    out.push(kv('Port', ports.length ? ports.map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`).join(', ')
        : '<none>'));
    out.push(kv('Host Port', ports.length ? ports.map((p) => `${p.hostPort ?? 0}/${p.protocol ?? 'TCP'}`).join(', ')
        : '<none>'));
    if (c.command?.length) {
        out.push(`${i}Command:`);
        for (const x of c.command)
            out.push(`${i}  ${x}`);
    }
    if (c.args?.length) {
        out.push(`${i}Args:`);
        for (const x of c.args)
            out.push(`${i}  ${x}`);
    }
    out.push(...stateLines('State', st?.state ?? { waiting: {} }, startTime, i));
    if (st && Object.keys(st.lastState).length > 0)
        out.push(...stateLines('Last State', st.lastState, startTime, i));
    out.push(kv('Ready', st?.ready ? 'True' : 'False'));
    out.push(kv('Restart Count', String(st?.restartCount ?? 0)));
    for (const k of ['limits', 'requests']) {
        const r = c.resources?.[k];
        if (r && Object.keys(r).length) {
            out.push(`${i}${k === 'limits' ? 'Limits' : 'Requests'}:`);
            for (const [n, q] of Object.entries(r))
                out.push(`${i}  ${n}:  ${q}`);
        }
    }
    if (c.livenessProbe)
        out.push(kv('Liveness', probeLine(c.livenessProbe)));
    if (c.readinessProbe)
        out.push(kv('Readiness', probeLine(c.readinessProbe)));
    if (c.startupProbe)
        out.push(kv('Startup', probeLine(c.startupProbe)));
    out.push(kv('Environment', c.env?.length || c.envFrom?.length ? '' : '<none>'));
    out.push(kv('Mounts', c.volumeMounts?.length ? '' : '<none>'));
    for (const m of c.volumeMounts ?? [])
        out.push(`${i}  ${m.mountPath} from ${m.name} (${m.readOnly ? 'ro' : 'rw'})`);
    return out;
}
/**
 * A `kubectl describe pod` view (kubectl describe.go describePod) of a pod at virtual time `now`,
 * with the Events the components recorded about it (src/output/events).
 */
export function describePod(pod, events, startTime, now) {
    const md = pod.metadata, sp = pod.spec, st = pod.status;
    const kv = (k, v) => `${`${k}:`.padEnd(18)}${v}`;
    const map = (m) => {
        const e = Object.entries(m ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
        return e.length ? e.map(([k, v], i) => (i === 0 ? `${k}=${v}` : `${' '.repeat(18)}${k}=${v}`)) : ['<none>'];
    };
    const node = tnode(pod);
    const lines = [
        kv('Name', md.name), kv('Namespace', md.namespace), kv('Priority', String(sp.priority ?? 0)),
        kv('Service Account', sp.serviceAccountName ?? 'default'),
        kv('Node', node),
        kv('Start Time', st.startTime === undefined ? '<none>' : rfc1123z(startTime, st.startTime)),
    ];
    const labels = map(md.labels);
    lines.push(kv('Labels', labels[0]), ...labels.slice(1));
    const ann = Object.entries(md.annotations ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}: ${v}`);
    lines.push(kv('Annotations', ann[0] ?? '<none>'), ...ann.slice(1).map((a) => `${' '.repeat(18)}${a}`));
    if (md.deletionTimestamp !== undefined)
        lines.push(`${kv('Status', 'Terminating')} (lasts ${formatDuration(Math.max(0, md.deletionTimestamp - now))})`, kv('Termination Grace Period', `${md.deletionGracePeriodSeconds ?? 0}s`));
    else
        lines.push(kv('Status', st.phase));
    if (st.reason)
        lines.push(kv('Reason', st.reason));
    if (st.message)
        lines.push(kv('Message', st.message));
    lines.push(kv('IP', st.podIP ?? ''), 'IPs:');
    if (st.podIPs?.length)
        for (const ip of st.podIPs)
            lines.push(`  IP:  ${ip.ip}`);
    else
        lines[lines.length - 1] = 'IPs:              <none>';
    if (sp.initContainers?.length) {
        lines.push('Init Containers:');
        for (const c of sp.initContainers)
            lines.push(...containerLines(c, st.initContainerStatuses?.find((s) => s.name === c.name), startTime));
    }
    lines.push('Containers:');
    for (const c of sp.containers)
        lines.push(...containerLines(c, st.containerStatuses?.find((s) => s.name === c.name), startTime));
    lines.push('Conditions:', `  ${'Type'.padEnd(28)}Status`);
    for (const c of st.conditions)
        lines.push(`  ${c.type.padEnd(28)}${c.status}`);
    const vols = sp.volumes ?? [];
    lines.push(`Volumes:${vols.length ? '' : '                      <none>'}`);
    for (const v of vols) {
        lines.push(`  ${v.name}:`);
        if (v.configMap)
            lines.push(`    Type:      ConfigMap (a volume populated by a ConfigMap)`, `    Name:      ${v.configMap.name}`, `    Optional:  ${v.configMap.optional ? 'true' : 'false'}`);
        else if (v.emptyDir)
            lines.push(`    Type:       EmptyDir (a temporary directory that shares a pod's lifetime)`);
        else if (v.persistentVolumeClaim)
            lines.push(`    Type:       PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)`, `    ClaimName:  ${v.persistentVolumeClaim.claimName}`);
    }
    lines.push(`${'QoS Class:'.padEnd(29)}${st.qosClass ?? 'BestEffort'}`);
    const sel = Object.entries(sp.nodeSelector ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
    lines.push(`${'Node-Selectors:'.padEnd(29)}${sel || '<none>'}`);
    const tols = (sp.tolerations ?? []).map((t) => `${t.key ?? ''}${t.value ? `=${t.value}` : ''}${t.effect ? `:${t.effect}` : ''}` +
        `${t.operator === 'Exists' ? ' op=Exists' : ''}${t.tolerationSeconds !== undefined ? ` for ` +
            `${t.tolerationSeconds}s` : ''}`);
    lines.push(`${'Tolerations:'.padEnd(29)}${tols[0] ?? '<none>'}`, ...tols.slice(1).map((t) => `${' '.repeat(29)}${t}`));
    lines.push(...eventsTable(events, now));
    return `${lines.join('\n')}\n`;
}
function tnode(pod) {
    if (!pod.spec.nodeName)
        return '<none>';
    return pod.status.hostIP ? `${pod.spec.nodeName}/${pod.status.hostIP}` : pod.spec.nodeName;
}
/**
 * kubectl describe's Events section (describe.go DescribeEvents): sorted by last seen; Age is
 * HumanDuration since the last occurrence, "(xN over D)" for a repeated event; From is the
 * reporting component.
 */
export function eventsTable(events, now) {
    if (events.length === 0)
        return ['Events:                      <none>'];
    const rows = [...events].sort((a, b) => lastSeen(a) - lastSeen(b));
    const age = (e) => (eventCount(e) > 1
        ? `${humanDuration(now - lastSeen(e))} (x${eventCount(e)} over ${humanDuration(now - firstSeen(e))})`
        : humanDuration(now - firstSeen(e)));
    const from = (e) => e.source.component || e.reportingComponent;
    const table = [['Type', 'Reason', 'Age', 'From', 'Message'], ['----', '------', '----', '----', '-------'],
        ...rows.map((e) => [e.type, e.reason, age(e), from(e), e.message.trim()])];
    const w = [0, 1, 2, 3].map((i) => Math.max(...table.map((r) => r[i].length)));
    return ['Events:',
        ...table.map((r) => `  ${r.slice(0, 4).map((c, i) => c.padEnd(w[i] + 2)).join('')}${r[4]}`.trimEnd())];
}
/** The recorded Events about one object (involvedObject kind, namespace, name and, when known, uid). */
export const eventsAbout = (events, kind, namespace, name, uid) => events.filter((e) => e.involvedObject.kind === kind && e.involvedObject.name === name
    && (e.involvedObject.namespace ?? '') === (namespace ?? '')
    && (uid === undefined || e.involvedObject.uid === undefined || e.involvedObject.uid === uid));
