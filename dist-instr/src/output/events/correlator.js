/**
 * client-go tools/record events_cache.go (v0.34) NewEventCorrelator, as every component that
 * records through the core/v1 recorder (kubelet, kube-controller-manager) runs it:
 * - EventAggregator: events with the same source, object, type and reason but another message
 *   (EventAggregatorByReasonFunc) are folded into one "(combined from similar events): ..." event
 *   once 10 different messages were seen with less than 10 minutes between them
 *   (defaultAggregateMaxEvents, defaultAggregateIntervalInSeconds);
 * - eventLogger: a repeat of the same event (getEventKey) counts on the first one;
 * - EventSourceObjectSpamFilter: per source and object (getSpamKey) a token bucket of 25 events
 *   (defaultSpamBurst) refilled at one per 5 minutes (defaultSpamQPS 1/300): an event past it is
 *   not sent to the API server, though the logger counted it.
 * The LRU caches (4,096 entries) are not modelled: nothing is forgotten.
 */
const AGGREGATE_MAX_EVENTS = 10;
const AGGREGATE_INTERVAL_MS = 600_000;
const SPAM_BURST = 25;
const SPAM_QPS_PER_MS = 1 / 300 / 1000;
const COMBINED = '(combined from similar events): ';
function addMessage(a, message) {
    if (a.many)
        a.many.add(message);
    else if (a.one === undefined)
        a.one = message;
    else if (a.one !== message) {
        a.many = new Set([a.one, message]);
        a.one = undefined;
    }
    return a.many ? a.many.size : 1;
}
export class EventCorrelator {
    #sources = new Map();
    correlate(r, at) {
        const c = this.correlateSource(r, at);
        return { key: `${c.source.key}\u0000${c.tail}`, message: c.message, skip: c.skip };
    }
    /** correlate() without building the whole key: the source and the key's tail. */
    correlateSource(r, at) {
        const io = r.involvedObject;
        const spamKey = `${r.component}\u0000${r.host ?? ''}\u0000${io.kind}\u0000${io.namespace ?? ''}\u0000${io.name}` +
            `\u0000${io.uid ?? ''}\u0000${io.apiVersion}\u0000${r.type}`;
        let source = this.#sources.get(spamKey);
        if (!source)
            this.#sources.set(spamKey, source = { key: spamKey, tokens: SPAM_BURST, last: at,
                aggregates: new Map(), slots: undefined });
        let agg = source.aggregates.get(r.reason);
        if (!agg || at - agg.last > AGGREGATE_INTERVAL_MS)
            source.aggregates.set(r.reason, agg = { last: at, one: undefined, many: undefined });
        const distinct = addMessage(agg, r.message);
        agg.last = at;
        let tail = `${r.reason}\u0000${io.fieldPath ?? ''}\u0000${r.message}`, message = r.message;
        if (distinct >= AGGREGATE_MAX_EVENTS) {
            // PopAny: kubesim pops the message just added, a deterministic choice of Go's "any".
            agg.many.delete(r.message);
            tail = r.reason;
            message = COMBINED + r.message;
        }
        source.tokens = Math.min(SPAM_BURST, source.tokens + (at - source.last) * SPAM_QPS_PER_MS);
        source.last = at;
        const skip = source.tokens < 1;
        if (!skip)
            source.tokens -= 1;
        return { source, tail, message, skip };
    }
}
