import type { ClusterEvent } from '../../events/index.js';
import { EventCorrelator } from './correlator.js';
import type { EventObject } from './eventObject.js';
import type { RecordedEvent } from './fromFact.js';
import { FactReader } from './observe.js';

/** kube-apiserver --event-ttl (default 1h): an Event is deleted an hour after its last update. */
export const EVENT_TTL_MS = 3_600_000;

type Recorded = RecordedEvent & { readonly host?: string };

/**
 * One Event object as the API server holds it, kept small until asked for: the first recorded
 * event, when the logger first saw it, how often the logger counted it, and what the server
 * last received (count, time, message), absent while the spam filter refused every occurrence.
 */
interface Slot {
  readonly r: Recorded;
  readonly first: number;
  count: number;
  shown?: { count: number; last: number; message: string };
}

/** events_cache.go / event.go: an Event's name is the object's name and the first occurrence's UnixNano in hex. */
const eventName = (name: string, startTime: number, at: number): string =>
  `${name}.${(BigInt(startTime + at) * 1_000_000n).toString(16)}`;

/**
 * The Events the components record, fed one occurrence at a time: core/v1 recorders through
 * client-go's EventCorrelator (aggregation, counting, spam filter); the scheduler through
 * events.k8s.io (a series per repeated event, no spam filter).
 */
export class EventRecorder {
  readonly #slots = new Map<string, Slot>();
  readonly #correlator = new EventCorrelator();

  add(r: Recorded, at: number): void {
    if (r.newApi) {
      const io = r.involvedObject;
      const key = ['new', r.component, io.kind, io.namespace ?? '', io.name, io.uid ?? '', r.type, r.reason, r.message]
        .join('\u0000');
      const slot = this.#slots.get(key);
      if (slot) { slot.count++; slot.shown = { count: slot.count, last: at, message: r.message }; }
      else this.#slots.set(key, { r, first: at, count: 1, shown: { count: 1, last: at, message: r.message } });
      return;
    }
    const c = this.#correlator.correlate(r, at);
    let slot = this.#slots.get(c.key);
    if (slot) slot.count++; else this.#slots.set(c.key, slot = { r, first: at, count: 1 });
    if (!c.skip) slot.shown = { count: slot.count, last: at, message: c.message };
  }

  /** Every Event the API server received: [first, last, count, message, the first recorded event]. */
  *received(): Generator<[number, number, number, string, Recorded]> {
    for (const s of this.#slots.values()) if (s.shown) yield [s.first, s.shown.last, s.shown.count, s.shown.message,
      s.r];
  }

  /** The Event objects, less those past the TTL at `horizon`, in the API's order (namespace, then name). */
  objects(startTime: number, horizon: number): EventObject[] {
    const out: EventObject[] = [];
    for (const [first, last, count, message, r] of this.received()) {
      if (horizon - last > EVENT_TTL_MS) continue;
      out.push(toObject(r, startTime, first, last, count, message));
    }
    return out.sort((a, b) => {
      const ka = `${a.metadata.namespace}/${a.metadata.name}`, kb = `${b.metadata.namespace}/${b.metadata.name}`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
  }
}

/**
 * The Kubernetes Events the components record for the facts up to `upTo` (inclusive), in
 * the API's order (namespace, then name), less those past the API server's event TTL.
 * kubesim's own notes (faults, warnings) are left out.
 */
export function recordEvents(facts: readonly ClusterEvent[], startTime: number, upTo = Infinity): EventObject[] {
  const recorder = new EventRecorder();
  const reader = new FactReader();
  for (let i = 0; i < facts.length; i++) {
    const e = facts[i];
    if (e.at > upTo) break;
    for (const o of reader.observe(e, facts, i, upTo)) if (o.event.real) recorder.add(o.event, o.at);
  }
  const horizon = Number.isFinite(upTo) ? upTo : facts.length ? facts[facts.length - 1].at : 0;
  return recorder.objects(startTime, horizon);
}

/**
 * The Event object of a recorded event first seen at `first`, last at `last`, `count` times
 * (also what kubesim serve serves, one per occurrence).
 */
export function toObject(r: Recorded, startTime: number, first: number, last: number, count: number,
  message: string): EventObject {
  const io = r.involvedObject;
  const metadata = { name: eventName(io.name, startTime, first), namespace: io.namespace ?? 'default',
    creationTimestamp: first };
  const base = { apiVersion: 'v1' as const, kind: 'Event' as const, metadata, involvedObject: io, reason: r.reason,
    message, type: r.type };
  // The new events API (scheduler): eventTime, action, reportingController; core/v1 shows no source or count.
  if (r.newApi) return { ...base, source: {}, eventTime: first, action: r.reason === 'Scheduled' ? 'Binding'
    : r.reason === 'Preempted' ? 'Preempting' : 'Scheduling', reportingComponent: r.component,
  reportingInstance: r.component, ...(count > 1 ? { series: { count, lastObservedTime: last } } : {}) };
  return { ...base, source: { component: r.component, ...(r.host ? { host: r.host } : {}) }, firstTimestamp: first,
    lastTimestamp: last, count, reportingComponent: r.component, reportingInstance: r.host ?? '' };
}
