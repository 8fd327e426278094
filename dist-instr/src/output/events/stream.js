import { formatDuration } from '../../api/time.js';
import { EventCorrelator } from './correlator.js';
/** Fixed widths so the stream lines up whatever comes later; a longer cell keeps one space after it. */
const WIDTHS = [9, 10, 25, 42];
const cell = (text, width) => (text.length < width ? text.padEnd(width) : `${text} `);
/** The header of `kubesim run`'s event stream. */
export const STREAM_HEADER = ['TIME', 'TYPE', 'REASON', 'OBJECT'].map((h, i) => cell(h, WIDTHS[i])).join('')
    + 'MESSAGE';
/**
 * One stream line per recorded event, `kubectl get events -w`-like with the virtual time first:
 * Normal/Warning for Events a Kubernetes component records, `kubesim` for the simulation's own
 * notes (an injected fault, a warning), which no component would record.
 */
export function streamLine(o) {
    const e = o.event, io = e.involvedObject;
    const object = io.kind === 'Scenario' ? e.object : `${io.kind.toLowerCase()}/${io.name}`;
    return [formatDuration(o.at), e.real ? e.type : 'kubesim', e.reason,
        object].map((t, i) => cell(t, WIDTHS[i])).join('') + e.message;
}
/**
 * The stream as the API server would see it: core/v1 events pass the components' EventCorrelator
 * (an occurrence the spam filter refuses is not shown; aggregated ones carry the combined message).
 */
export class EventStream {
    #correlator = new EventCorrelator();
    lines(occurrences) {
        const out = [];
        for (const o of occurrences) {
            if (!o.event.real || o.event.newApi) {
                out.push(streamLine(o));
                continue;
            }
            const c = this.#correlator.correlate(o.event, o.at);
            if (!c.skip)
                out.push(streamLine({ ...o, event: { ...o.event, message: c.message } }));
        }
        return out;
    }
}
