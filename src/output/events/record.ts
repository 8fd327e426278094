import type { ClusterEvent } from '../../events/index.js';
import { lastSeen, type EventObject } from './eventObject.js';
import type { RecordedEvent } from './fromFact.js';
import { FactReader } from './observe.js';

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

/** events_cache.go / event.go: an Event's name is the object's name and the first occurrence's UnixNano in hex. */
const eventName = (name: string, startTime: number, at: number): string =>
  `${name}.${(BigInt(startTime + at) * 1_000_000n).toString(16)}`;

/**
 * The Kubernetes Events the components record for the facts up to `upTo` (inclusive), in
 * the API's order (namespace, then name), less those past the API server's event TTL.
 * kubesim's own notes (faults, warnings) are left out.
 */
export function recordEvents(facts: readonly ClusterEvent[], startTime: number, upTo = Infinity): EventObject[] {
  const slots = new Map<string, Slot>();
  const aggregates = new Map<string, { messages: Set<string>; last: number }>();
  const add = (r: RecordedEvent, at: number): void => {
    const io = r.involvedObject;
    const who =
      `${r.component}|${io.kind}|${io.namespace ?? ''}|${io.name}|${io.uid ?? ''}|${io.fieldPath ?? ''}|${r.type}|` +
        `${r.reason}`;
    let message = r.message;
    const agg = aggregates.get(who) ?? { messages: new Set<string>(), last: at };
    if (at - agg.last > AGGREGATE_INTERVAL_MS) agg.messages.clear();
    agg.last = at;
    agg.messages.add(message);
    aggregates.set(who, agg);
    let key = `${who}|${message}`;
    if (agg.messages.size >= AGGREGATE_MAX_EVENTS) { agg.messages.delete(r.message); key = who;
      message = COMBINED + r.message; }
    const slot = slots.get(key);
    if (slot) { slot.event = repeat(slot.event, r, at, message); return; }
    slots.set(key, { event: createEvent(r, startTime, at, message) });
  };
  const reader = new FactReader();
  for (const [i, e] of facts.entries()) {
    if (e.at > upTo) break;
    for (const o of reader.observe(e, facts, i, upTo)) if (o.event.real) add(o.event, o.at);
  }
  const horizon = Number.isFinite(upTo) ? upTo : facts.length ? facts[facts.length - 1].at : 0;
  return [...slots.values()].map((s) => s.event).filter((ev) => horizon - lastSeen(ev) <= EVENT_TTL_MS).sort((a, b) => {
    const ka = `${a.metadata.namespace}/${a.metadata.name}`, kb = `${b.metadata.namespace}/${b.metadata.name}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

/** The Event a component records the first time it sees `r` at `at` (also what kubesim serve serves). */
export function createEvent(r: RecordedEvent & { host?: string }, startTime: number, at: number, message: string):
  EventObject {
  const io = r.involvedObject;
  const metadata = { name: eventName(io.name, startTime, at), namespace: io.namespace ?? 'default',
    creationTimestamp: at };
  const base = { apiVersion: 'v1' as const, kind: 'Event' as const, metadata, involvedObject: io, reason: r.reason,
    message, type: r.type };
  // The new events API (scheduler): eventTime, action, reportingController; core/v1 shows no source or count.
  if (r.newApi) return { ...base, source: {}, eventTime: at, action: r.reason === 'Scheduled' ? 'Binding'
    : r.reason === 'Preempted' ? 'Preempting' : 'Scheduling', reportingComponent: r.component,
      reportingInstance: r.component };
  const host = 'host' in r && r.host ? r.host : undefined;
  return { ...base, source: { component: r.component, ...(host ? { host } : {}) }, firstTimestamp: at,
    lastTimestamp: at, count: 1, reportingComponent: r.component, reportingInstance: host ?? '' };
}

function repeat(prev: EventObject, r: RecordedEvent, at: number, message: string): EventObject {
  if (r.newApi) return { ...prev, message, series: { count: (prev.series?.count ?? 1) + 1, lastObservedTime: at } };
  return { ...prev, message, count: (prev.count ?? 1) + 1, lastTimestamp: at };
}
