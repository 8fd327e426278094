import { eventCount } from '../events/eventObject.js';
import { since } from '../printers/humanDuration.js';
/**
 * describe.go DescribeEvents (kubectl 1.34): "Events:\t<none>" when there are none; else a table
 * sorted by lastTimestamp (pkg/util/event SortableEvents: an events.k8s.io event, which has none,
 * sorts first), Age from eventTime or firstTimestamp, "(xN over D)" for a series or a count > 1,
 * From as source.component or else reportingController.
 */
export function describeEvents(w, events) {
    if (!events.length) {
        w.write(0, 'Events:\t<none>\n');
        return;
    }
    const rows = [...events].sort((a, b) => (a.lastTimestamp ?? -Infinity) - (b.lastTimestamp ?? -Infinity));
    w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
    w.write(1, '----\t------\t----\t----\t-------\n');
    for (const e of rows) {
        const first = since(w.now, e.eventTime ?? e.firstTimestamp);
        const age = e.series ? `${since(w.now, e.series.lastObservedTime)} (x${e.series.count} over ${first})`
            : eventCount(e) > 1 ? `${since(w.now, e.lastTimestamp)} (x${eventCount(e)} over ${first})` : first;
        w.write(1, `${e.type}\t${e.reason}\t${age}\t${e.source.component || e.reportingComponent}\t` +
            `${e.message.trim()}\n`);
    }
}
/**
 * The recorded Events about one object, as describe's searchEvents asks for them
 * (involvedObject name, namespace, kind and uid); a node's events are also those whose uid is
 * the node's name (the kubelet's), so a node is matched by name and kind in any namespace.
 */
export const eventsAbout = (events, kind, namespace, name, uid) => events.filter((e) => e.involvedObject.kind === kind && e.involvedObject.name === name
    && (kind === 'Node' || (e.involvedObject.namespace ?? '') === (namespace ?? ''))
    && (uid === undefined || e.involvedObject.uid === undefined || e.involvedObject.uid === uid
        || (kind === 'Node' && e.involvedObject.uid === name)));
