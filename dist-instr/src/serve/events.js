import { FactReader } from '../output/events/observe.js';
import { EventRecorder as Recorder, toObject } from '../output/events/record.js';
/**
 * The Events kubesim serve serves: what output's recorder (the code behind `kubesim get events`
 * and `describe`) says the components record for each fact, through client-go's correlator: a
 * repeat updates its Event (count, lastTimestamp), similar messages are combined, the spam filter
 * drops what the API server would never see. Kubesim's own notes (faults, warnings) are not
 * Kubernetes Events and are left out, as `kubesim get events` leaves them.
 */
export class EventRecorder {
    #reader = new FactReader();
    #recorder = new Recorder();
    /** The Events the fact creates or updates (reads every fact: the reader follows pods). */
    observe(e) {
        const out = [];
        for (const o of this.#reader.observe(e)) {
            if (!o.event.real)
                continue;
            const r = this.#recorder.add(o.event, o.at);
            if (r)
                out.push(r);
        }
        return out;
    }
}
/** A received Event as the core/v1 Event object (output's toObject), named as the recorder names it. */
export const eventObject = (r, startTime) => toObject(r.r, startTime, r.first, r.last, r.count, r.message, r.nano);
/** The same Event as events.k8s.io/v1 shows it (regarding, note, deprecated* fields). */
export function eventsV1(core) {
    const { involvedObject, message, source, firstTimestamp, lastTimestamp, count, reportingComponent, reportingInstance, ...rest } = core;
    return {
        ...rest, apiVersion: 'events.k8s.io/v1', regarding: involvedObject, note: message,
        reportingController: reportingComponent, reportingInstance,
        deprecatedSource: source, deprecatedFirstTimestamp: firstTimestamp, deprecatedLastTimestamp: lastTimestamp,
        deprecatedCount: count,
    };
}
