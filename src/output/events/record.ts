import type { Container, Pod, Probe } from '../../api/types.js';
import type { ClusterEvent } from '../../events/index.js';
import { lastSeen, type EventObject } from './eventObject.js';
import { recordedEvent, type PodFacts, type RecordedEvent } from './fromFact.js';
import { probeFailures } from './probeRepeats.js';

/**
 * client-go tools/record events_cache.go: an EventAggregator folds events that differ only in
 * their message once 10 distinct messages were seen within 10 minutes; the EventLogger then
 * counts repeats of the same event (count, lastTimestamp; the name stays the first one's).
 */
const AGGREGATE_MAX_EVENTS = 10;
const AGGREGATE_INTERVAL_MS = 600_000;
const COMBINED = '(combined from similar events): ';
/** kube-apiserver --event-ttl (default 1h): an Event is deleted an hour after its last update. */
export const EVENT_TTL_MS = 3_600_000;

interface Slot { event: EventObject }
interface PodInfo extends PodFacts { readonly spec?: Pod['spec'] }

/** events_cache.go / event.go: an Event's name is the object's name and the first occurrence's UnixNano in hex. */
const eventName = (name: string, startTime: number, at: number): string => `${name}.${(BigInt(startTime + at) * 1_000_000n).toString(16)}`;

/**
 * The Kubernetes Events the components record for the facts up to `upTo` (inclusive), in
 * the API's order (namespace, then name), less those past the API server's event TTL.
 * kubesim's own notes (faults, warnings) are left out.
 */
export function recordEvents(facts: readonly ClusterEvent[], startTime: number, upTo = Infinity): EventObject[] {
  const slots = new Map<string, Slot>();
  const aggregates = new Map<string, { messages: Set<string>; last: number }>();
  const pods = new Map<string, PodInfo>();
  let preemptor: { at: number; uid: string; node: string } | undefined;
  const add = (r: RecordedEvent, at: number): void => {
    const io = r.involvedObject;
    const who = `${r.component}|${io.kind}|${io.namespace ?? ''}|${io.name}|${io.uid ?? ''}|${io.fieldPath ?? ''}|${r.type}|${r.reason}`;
    let message = r.message;
    const agg = aggregates.get(who) ?? { messages: new Set<string>(), last: at };
    if (at - agg.last > AGGREGATE_INTERVAL_MS) agg.messages.clear();
    agg.last = at;
    agg.messages.add(message);
    aggregates.set(who, agg);
    let key = `${who}|${message}`;
    if (agg.messages.size >= AGGREGATE_MAX_EVENTS) { agg.messages.delete(r.message); key = who; message = COMBINED + r.message; }
    const slot = slots.get(key);
    if (slot) { slot.event = repeat(slot.event, r, at, message); return; }
    slots.set(key, { event: create(r, startTime, at, message) });
  };
  for (const [i, e] of facts.entries()) {
    if (e.at > upTo) break;
    if (e.type === 'PodCreated') pods.set(e.uid, { node: e.object.spec.nodeName, spec: e.object.spec, initContainers: new Set((e.object.spec.initContainers ?? []).map((c) => c.name)) });
    if (e.type === 'PodScheduled') { const p = pods.get(e.uid); pods.set(e.uid, { ...(p ?? { initContainers: new Set() }), node: e.node }); }
    if (e.type === 'FailedScheduling' && e.nominatedNode) preemptor = { at: e.at, uid: e.uid, node: e.nominatedNode };
    const pod = 'uid' in e && typeof e.uid === 'string' ? pods.get(e.uid) : undefined;
    const by = preemptor;
    if (e.type === 'PodTerminating' && e.reason === 'PreemptionByScheduler' && by && by.at === e.at) {
      // preemption.go prepareCandidate: Eventf(victim, preemptor, Normal, "Preempted", "Preempting", "Preempted by pod %v on node %v").
      add(preempted(e.pod, e.uid, by.uid, by.node), e.at);
      continue;
    }
    if (e.type === 'ProbeFailed' && pod?.spec) {
      const probe = probeOf(pod.spec, e.container, e.probe);
      const r = recordedEvent(e, pod);
      if (probe && r) { for (const t of probeFailures(e, probe, facts, i, upTo)) add(r, t); continue; }
    }
    const r = recordedEvent(e, pod);
    if (r?.real) add(withHost(r, pod), e.at);
  }
  const horizon = Number.isFinite(upTo) ? upTo : facts.length ? facts[facts.length - 1].at : 0;
  return [...slots.values()].map((s) => s.event).filter((ev) => horizon - lastSeen(ev) <= EVENT_TTL_MS).sort((a, b) => {
    const ka = `${a.metadata.namespace}/${a.metadata.name}`, kb = `${b.metadata.namespace}/${b.metadata.name}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

function probeOf(spec: Pod['spec'], container: string, kind: string): Probe | undefined {
  const c: Container | undefined = [...spec.containers, ...(spec.initContainers ?? [])].find((x) => x.name === container);
  return kind === 'liveness' ? c?.livenessProbe : kind === 'readiness' ? c?.readinessProbe : c?.startupProbe;
}

const withHost = (r: RecordedEvent, pod: PodInfo | undefined): RecordedEvent & { host?: string } =>
  (r.component === 'kubelet' && pod?.node ? { ...r, host: pod.node } : r);

function preempted(victim: string, uid: string, preemptorUid: string, node: string): RecordedEvent {
  const [namespace, name] = victim.split('/');
  return {
    type: 'Normal', reason: 'Preempted', object: `pod/${name}`, message: `Preempted by pod ${preemptorUid} on node ${node}`,
    involvedObject: { kind: 'Pod', namespace, name, uid, apiVersion: 'v1' }, component: 'default-scheduler', real: true, newApi: true,
  };
}

function create(r: RecordedEvent & { host?: string }, startTime: number, at: number, message: string): EventObject {
  const io = r.involvedObject;
  const metadata = { name: eventName(io.name, startTime, at), namespace: io.namespace ?? 'default', creationTimestamp: at };
  const base = { apiVersion: 'v1' as const, kind: 'Event' as const, metadata, involvedObject: io, reason: r.reason, message, type: r.type };
  // The new events API (scheduler): eventTime, action, reportingController; core/v1 shows no source or count.
  if (r.newApi) return { ...base, source: {}, eventTime: at, action: r.reason === 'Scheduled' ? 'Binding' : r.reason === 'Preempted' ? 'Preempting' : 'Scheduling', reportingComponent: r.component, reportingInstance: r.component };
  const host = 'host' in r && r.host ? r.host : undefined;
  return { ...base, source: { component: r.component, ...(host ? { host } : {}) }, firstTimestamp: at, lastTimestamp: at, count: 1, reportingComponent: r.component, reportingInstance: host ?? '' };
}

function repeat(prev: EventObject, r: RecordedEvent, at: number, message: string): EventObject {
  if (r.newApi) return { ...prev, message, series: { count: (prev.series?.count ?? 1) + 1, lastObservedTime: at } };
  return { ...prev, message, count: (prev.count ?? 1) + 1, lastTimestamp: at };
}
