import type { KubeObject } from '../../api/types.js';
import { eventCount, firstSeen, lastSeen, type EventObject } from '../events/eventObject.js';
import { since } from './humanDuration.js';
import { rfc3339 } from '../../api/time.js';
import { formatLabels } from './labels.js';
import { AGE_COLUMN, NAME_COLUMN, col, rec, specOf, statusOf, type Printer, type Rec } from './types.js';

const age = (o: KubeObject, now: number): string => since(now, o.metadata.creationTimestamp);
const size = (v: unknown): number => Object.keys(rec(v)).length;

/** printConfigMap: DATA counts data and binaryData keys. */
export const configMapPrinter: Printer = {
  columns: [NAME_COLUMN, col('Data', 'string', 'Data contains the configuration data.'), AGE_COLUMN],
  row: (o, ctx) => [o.metadata.name, size(o.data) + size(o.binaryData), age(o, ctx.now)],
};

/** printSecret: TYPE and DATA. */
export const secretPrinter: Printer = {
  columns: [NAME_COLUMN, col('Type', 'string', 'Used to facilitate programmatic handling of secret data.'),
    col('Data', 'string', 'Data contains the secret data.'), AGE_COLUMN],
  row: (o, ctx) => [o.metadata.name, String(o.type ?? 'Opaque'), size(o.data) + size(o.stringData), age(o, ctx.now)],
};

/** printNamespace: STATUS is the phase. */
export const namespacePrinter: Printer = {
  columns: [NAME_COLUMN, col('Status', 'string', 'The status of the namespace'), AGE_COLUMN],
  row: (o, ctx) => [o.metadata.name, String(statusOf(o).phase ?? 'Active'), age(o, ctx.now)],
};

/** pkg/apis/core/helper GetAccessModesAsString's abbreviations. */
const MODES: Record<string, string> = { ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX',
  ReadWriteOncePod: 'RWOP' };

/** printPersistentVolumeClaim. */
export const persistentVolumeClaimPrinter: Printer = {
  columns: [NAME_COLUMN, col('Status', 'string', 'Status of the claim.'),
    col('Volume', 'string', 'Name of the volume bound to this claim.'),
    col('Capacity', 'string', 'Capacity of the volume bound.'),
    col('Access Modes', 'string', 'Access modes of the volume bound.'),
    col('StorageClass', 'string', 'StorageClass of the pvc.'),
    col('VolumeAttributesClass', 'string', 'VolumeAttributesClass of the pvc.'),
    AGE_COLUMN, col('VolumeMode', 'string', 'VolumeMode of the pvc.', true)],
  row: (o, ctx) => {
    const s = specOf(o), st = statusOf(o);
    const bound = st.phase === 'Bound';
    return [o.metadata.name, String(st.phase ?? 'Pending'), String(s.volumeName ?? ''), bound
      ? String(rec(st.capacity).storage ?? '') : '',
      bound ? ((st.accessModes as string[] | undefined) ?? []).map((m) => MODES[m] ?? m).join(',') : '',
      String(s.storageClassName ?? '<unset>'), String(s.volumeAttributesClassName ?? '<unset>'), age(o, ctx.now),
        String(s.volumeMode ?? '<unset>')];
  },
};

/** printPriorityClass: VALUE, GLOBAL-DEFAULT, AGE, PREEMPTIONPOLICY. */
export const priorityClassPrinter: Printer = {
  columns: [NAME_COLUMN, col('Value', 'integer', 'The value of this priority class.'),
    col('Global-Default', 'boolean',
      'globalDefault specifies whether this PriorityClass should be considered as the default priority.'),
    AGE_COLUMN,
      col('PreemptionPolicy', 'string', 'PreemptionPolicy is the Policy for preempting pods with lower priority.')],
  row: (o, ctx) => [o.metadata.name, typeof o.value === 'number' ? o.value : 0, o.globalDefault === true,
    age(o, ctx.now), String(o.preemptionPolicy ?? 'PreemptLowerPriority')],
};

/** formatEventSource: component (or reportingController), then ", host" (or reportingInstance). */
const eventSource = (e: EventObject): string => {
  const component = e.source.component || e.reportingComponent, host = e.source.host
    || (e.source.component ? '' : e.reportingInstance);
  return component ? [component, ...(host ? [host] : [])].join(', ') : '';
};

/**
 * printEvent: LAST SEEN, TYPE, REASON, OBJECT (kind/name lowercased kind), MESSAGE; wide adds SUBOBJECT, SOURCE, FIRST
 * SEEN, COUNT, NAME.
 */
export const eventPrinter: Printer<EventObject> = {
  columns: [col('Last Seen', 'string', 'The time at which the most recent occurrence of this event was recorded.'),
    col('Type', 'string', 'Type of this event (Normal, Warning), new types could be added in the future'),
    col('Reason', 'string',
      'This should be a short, machine understandable string that gives the reason for the transition into the ' +
        'object\'s current status.'),
    col('Object', 'string', 'The object that this event is about.'),
    col('Subobject', 'string',
      'If the reference is to a portion of an object instead of an entire object, this string should contain a valid ' +
        'JSON/Go field access statement.', true),
    col('Source', 'string', 'The component reporting this event. Should be a short machine understandable string.',
      true),
    col('Message', 'string', 'A human-readable description of the status of this operation.'),
    col('First Seen', 'string',
      'The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)', true),
    col('Count', 'string', 'The number of times this event has occurred.', true),
    { ...NAME_COLUMN, priority: 1 }],
  row: (e, ctx) => {
    const io = e.involvedObject;
    const target = io.name ? `${io.kind.toLowerCase()}/${io.name}` : io.kind.toLowerCase();
    return [since(ctx.now, lastSeen(e)), e.type, e.reason, target, io.fieldPath ?? '', eventSource(e), e.message.trim(),
      since(ctx.now, firstSeen(e)), eventCount(e), e.metadata.name];
  },
};

/**
 * printResourceQuota: REQUEST and LIMIT as "used/hard" per resource in status.hard, sorted by
 * name; `limits.*` names go to LIMIT, all others to REQUEST.
 */
export const resourceQuotaPrinter: Printer = {
  columns: [NAME_COLUMN, AGE_COLUMN,
    col('Request', 'string', 'Request represents a minimum amount of cpu/memory that a container may consume.'),
    col('Limit', 'string', 'Limits control the maximum amount of cpu/memory that a container may use independent '
      + 'of contention on the node.')],
  row: (o, ctx) => {
    const st = statusOf(o), hard = rec(st.hard), used = rec(st.used);
    const request: string[] = [], limit: string[] = [];
    for (const r of Object.keys(hard).sort()) {
      (r.split('.')[0] === 'limits' && r.includes('.') ? limit : request).push(`${r}: ${String(used[r] ?? '0')}/`
        + String(hard[r]));
    }
    return [o.metadata.name, age(o, ctx.now), request.join(', '), limit.join(', ')];
  },
};

/** printLimitRange: CREATED AT is the creation timestamp in RFC 3339. */
export const limitRangePrinter: Printer = {
  columns: [NAME_COLUMN, col('Created At', 'date', 'CreationTimestamp is a timestamp representing the server time '
    + 'when this object was created.')],
  row: (o, ctx) => [o.metadata.name, rfc3339(ctx.startTime ?? 0, o.metadata.creationTimestamp ?? 0)],
};

type ServicePort = { port?: number; nodePort?: number; protocol?: string };

/** printers.go makePortString: `80/TCP`, with a node port `80:30080/TCP`, joined by commas. */
const portString = (ports: unknown): string => (Array.isArray(ports) ? (ports as ServicePort[]) : []).map((p) =>
  (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol}` : `${p.port}/${p.protocol}`)).join(',');

/** printers.go getServiceExternalIP (wide: every load balancer ingress). */
function externalIP(s: Rec, status: Rec): string {
  const ips = Array.isArray(s.externalIPs) ? (s.externalIPs as string[]) : [];
  switch (s.type) {
    case 'ClusterIP': case 'NodePort': return ips.length ? ips.join(',') : '<none>';
    case 'LoadBalancer': {
      const ingress = (rec(status.loadBalancer).ingress as { ip?: string; hostname?: string }[] | undefined) ?? [];
      const lb = ingress.map((i) => i.ip || i.hostname || '').filter((x) => x !== '');
      const all = [...lb, ...ips];
      return all.length ? all.join(',') : '<pending>';
    }
    case 'ExternalName': return String(s.externalName ?? '');
    default: return '<unknown>';
  }
}

/** printService: TYPE, CLUSTER-IP (the first of clusterIPs), EXTERNAL-IP, PORT(S), AGE; wide adds SELECTOR. */
export const servicePrinter: Printer = {
  columns: [NAME_COLUMN, col('Type', 'string', 'type determines how the Service is exposed.'),
    col('Cluster-IP', 'string', 'clusterIP is the IP address of the service.'),
    col('External-IP', 'string', 'externalIPs is a list of IP addresses for which nodes in the cluster will ' +
      'also accept traffic for this service.'),
    col('Port(s)', 'string', 'The list of ports that are exposed by this service.'), AGE_COLUMN,
    col('Selector', 'string', 'Route service traffic to pods with label keys and values matching this selector.',
      true)],
  row: (o, ctx) => {
    const s = specOf(o);
    const ips = Array.isArray(s.clusterIPs) ? (s.clusterIPs as string[]) : [];
    return [o.metadata.name, String(s.type ?? ''), ips[0] ?? '<none>', externalIP(s, statusOf(o)),
      portString(s.ports) || '<none>', age(o, ctx.now), formatLabels(rec(s.selector) as Record<string, string>)];
  },
};

/** printServiceAccount: SECRETS counts the secrets it lists (none since Kubernetes 1.24's token changes). */
export const serviceAccountPrinter: Printer = {
  columns: [NAME_COLUMN, col('Secrets', 'string', 'Secrets is a list of the secrets in the same namespace that pods '
    + 'running using this ServiceAccount are allowed to use.'), AGE_COLUMN],
  row: (o, ctx) => [o.metadata.name, Array.isArray(o.secrets) ? o.secrets.length : 0, age(o, ctx.now)],
};
