import type { KubeObject } from '../api/types.js';
import type { ClusterEvent } from '../events/index.js';
import { FactReader, type Occurrence } from '../output/events/observe.js';
import { toObject } from '../output/events/record.js';

/**
 * The Events kubesim serve serves: what output's recorder (FactReader, the code behind
 * `kubesim get events` and `describe`) says the components record for each fact, one Event
 * per occurrence (served Events are not aggregated into counts). Kubesim's own notes (faults,
 * warnings) are not Kubernetes Events and are left out, as `kubesim get events` leaves them.
 */
export class EventRecorder {
  readonly #reader = new FactReader();

  /** The Events the fact makes the components record (reads every fact: the reader follows pods). */
  observe(e: ClusterEvent): Occurrence[] { return this.#reader.observe(e).filter((o) => o.event.real); }
}

/**
 * A recorded occurrence as a core/v1 Event object (output's toObject, seen once), named
 * `<object>.<seq in hex>` (plus `-<i>` for a fact's later occurrences), as the recorder names
 * events `<object>.<unique suffix>`: the suffix is the resourceVersion of the fact.
 */
export function eventObject(o: Occurrence, seq: number, i: number): KubeObject {
  const ev = toObject(o.event, 0, o.at, o.at, 1, o.event.message);
  const name = `${o.event.involvedObject.name}.${seq.toString(16).padStart(16, '0')}${i ? `-${i}` : ''}`;
  return { ...ev, metadata: { ...ev.metadata, name } } as unknown as KubeObject;
}

/** The same Event as events.k8s.io/v1 shows it (regarding, note, deprecated* fields). */
export function eventsV1(core: Record<string, unknown>): Record<string, unknown> {
  const { involvedObject, message, source, firstTimestamp, lastTimestamp, count, reportingComponent, reportingInstance,
    ...rest } = core;
  return {
    ...rest, apiVersion: 'events.k8s.io/v1', regarding: involvedObject, note: message,
    reportingController: reportingComponent, reportingInstance,
    deprecatedSource: source, deprecatedFirstTimestamp: firstTimestamp, deprecatedLastTimestamp: lastTimestamp,
      deprecatedCount: count,
  };
}
