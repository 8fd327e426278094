import type { EventType } from '../events/index.js';

/**
 * The fields of every fact type, as the log must hold them (src/events/*.ts): `name:kind`, a
 * trailing `?` for optional fields. Kinds: str, int (whole, non-negative unless `sint`), num,
 * bool, obj (a mapping), arr (a list), pod (a Pod object), node (a Node object), kube (an object
 * with kind and metadata.name), any. `satisfies` makes the compiler insist on every type.
 */
const FIELDS = {
  SimulationStarted: 'scenario:str seed:sint startTime:num', SimulationStopped: '', Warning: 'object?:str message:str',
  NodeAdded: 'node:str object:node', NodeLost: 'node:str kubeletOnly?:bool', NodeRecovered: 'node:str',
  NodeRemoved: 'node:str',
  NodeConditionChanged: 'node:str condition:obj', NodeTainted: 'node:str taint:obj',
  NodeUntainted: 'node:str key:str effect:str', NodeSchedulableChanged: 'node:str unschedulable:bool',
  NodeMetadataChanged: 'node:str labels?:obj annotations?:obj',
  ImageCached: 'node:str image:str sizeBytes?:num',
  PodCreated: 'pod:str uid:str object:pod', PodScheduled: 'pod:str uid:str node:str gpuDevices?:arr',
  FailedScheduling: 'pod:str uid:str message:str nominatedNode?:str',
  PodSchedulingGated: 'pod:str uid:str gates:arr', PodSchedulingGatesChanged: 'pod:str uid:str gates:arr',
  PodNominated: 'pod:str uid:str node:str', PodTerminating: 'pod:str uid:str gracePeriodSeconds:num reason?:str',
  PodDeleted: 'pod:str uid:str',
  PodStatusPatched: 'pod:str uid:str phase?:str reason?:str message?:str conditions?:arr',
  PodSandboxReady: 'pod:str uid:str node:str podIP:str hostIP:str',
  PodMetadataChanged: 'pod:str uid:str labels?:obj annotations?:obj ownerReferences?:arr',
  PodSpecUpdated: 'pod:str uid:str images?:obj activeDeadlineSeconds?:int',
  FailedMount: 'pod:str uid:str volume:str message:str',
  ImagePulling: 'pod:str uid:str container:str image:str',
  ImagePulled: 'pod:str uid:str container:str image:str durationMs:int present?:bool',
  ContainerWaiting: 'pod:str uid:str container:str reason:str message?:str',
  ContainerCreated: 'pod:str uid:str container:str containerID:str restartCount:int',
  ContainerStarted: 'pod:str uid:str container:str containerID:str',
  ContainerExited: 'pod:str uid:str container:str exitCode:sint reason:str message?:str signal?:int restarting?:bool',
  OOMKilled: 'pod:str uid:str container:str memoryBytes:num limitBytes:num',
  BackOff: 'pod:str uid:str container:str delayMs:int',
  Killing: 'pod:str uid:str container:str reason:str message:str gracePeriodSeconds:num',
  HookFailed: 'pod:str uid:str container:str hook:str message:str',
  ProbeFailed: 'pod:str uid:str container:str probe:str message:str',
    ProbeSucceeded: 'pod:str uid:str container:str probe:str',
  ObjectApplied: 'resource:str key:str object:kube', ObjectStatusUpdated: 'resource:str key:str status:any',
  ObjectTerminating: 'resource:str key:str propagationPolicy:str', ObjectDeleted: 'resource:str key:str uid?:str',
  ControllerEvent: 'resource:str key:str reason:str message:str eventType?:str',
  SchedulingAttemptExplained: 'pod:str uid:str attempt:int profile:str selected?:str evaluated:int totalNodes:int ' +
    'nodes:arr nominated?:str victims?:arr',
} as const satisfies Record<EventType, string>;

type Field = { readonly name: string; readonly kind: string; readonly optional: boolean };
const PARSED: ReadonlyMap<string, readonly Field[]> = new Map(
  Object.entries(FIELDS).map(([t, spec]) => [t, spec.split(' ').filter(Boolean).map((f) => {
  const [name, kind] = f.split(':');
  return { name: name.replace('?', ''), kind, optional: name.endsWith('?') };
})]));
/** Every field a fact of each type may have (made once: this check runs for every line of a log). */
const KNOWN: ReadonlyMap<string, ReadonlySet<string>> = new Map([...PARSED].map(([t, fields]) =>
  [t, new Set(['type', 'at', ...fields.map((f) => f.name)])]));

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const named = (v: unknown): boolean => isObj(v) && isObj(v.metadata) && typeof v.metadata.name === 'string'
  && v.metadata.name !== '';

const CHECK: Readonly<Record<string, (v: unknown) => boolean>> = {
  str: (v) => typeof v === 'string',
  int: (v) => Number.isSafeInteger(v) && (v as number) >= 0,
  sint: (v) => Number.isSafeInteger(v),
  num: (v) => typeof v === 'number' && Number.isFinite(v),
  bool: (v) => typeof v === 'boolean',
  obj: isObj, arr: Array.isArray, any: () => true,
  pod: (v) => named(v) && isObj((v as { spec?: unknown }).spec)
    && Array.isArray((v as { spec: { containers?: unknown } }).spec.containers),
  node: named,
  kube: (v) => named(v) && typeof (v as { kind?: unknown }).kind === 'string',
};
const WANT: Readonly<Record<string, string>> = {
  str: 'a string', int: 'a whole non-negative number', sint: 'a whole number', num: 'a finite number',
    bool: 'true or false',
  obj: 'a mapping', arr: 'a list', pod: 'a Pod object with metadata.name and spec.containers',
    node: 'a Node object with metadata.name',
  kube: 'an object with kind and metadata.name', any: 'anything',
};

/** What is wrong with one fact's fields (type known, every field as its type needs), or undefined. */
export function eventSchemaError(e: Record<string, unknown>): string | undefined {
  if (typeof e.type !== 'string') return 'no event type';
  const fields = Object.hasOwn(FIELDS, e.type) ? PARSED.get(e.type) : undefined;
  if (!fields) return `unknown event type ${JSON.stringify(e.type).slice(0, 80)}`;
  const known = KNOWN.get(e.type)!;
  for (const f of fields) {
    const v = e[f.name];
    if (v === undefined) { if (!f.optional) return `${e.type} without its field ${f.name}`; continue; }
    if (!CHECK[f.kind](
      v)) return `${e.type}.${f.name} must be ${WANT[f.kind]}, got ${JSON.stringify(v)?.slice(0, 60) ?? String(v)}`;
  }
  for (const k of Object.keys(e)) if (!known.has(k)) return `${e.type} has a field it never has: ${k}`;
  return undefined;
}
