import type { RecordedEvent } from './fromFact.js';

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

export interface Correlation {
  /** The eventLogger's key: the event's own, or the aggregate's once aggregation began. */
  readonly key: string;
  readonly message: string;
  /** The spam filter refused it: the API server never sees this occurrence. */
  readonly skip: boolean;
}

type Recorded = RecordedEvent & { readonly host?: string };

export class EventCorrelator {
  readonly #aggregates = new Map<string, { messages: Set<string>; last: number }>();
  readonly #buckets = new Map<string, { tokens: number; last: number }>();

  correlate(r: Recorded, at: number): Correlation {
    const io = r.involvedObject;
    const spamKey = `${r.component}\u0000${r.host ?? ''}\u0000${io.kind}\u0000${io.namespace ?? ''}\u0000${io.name}` +
      `\u0000${io.uid ?? ''}\u0000${io.apiVersion}\u0000${r.type}`;
    const aggregateKey = `${spamKey}\u0000${r.reason}`;
    let agg = this.#aggregates.get(aggregateKey);
    if (!agg || at - agg.last > AGGREGATE_INTERVAL_MS) this.#aggregates.set(aggregateKey,
      agg = { messages: new Set(), last: at });
    agg.messages.add(r.message);
    agg.last = at;
    let key = `${aggregateKey}\u0000${io.fieldPath ?? ''}\u0000${r.message}`, message = r.message;
    if (agg.messages.size >= AGGREGATE_MAX_EVENTS) {
      // PopAny: kubesim pops the message just added, a deterministic choice of Go's "any".
      agg.messages.delete(r.message);
      key = aggregateKey;
      message = COMBINED + r.message;
    }
    let bucket = this.#buckets.get(spamKey);
    if (!bucket) this.#buckets.set(spamKey, bucket = { tokens: SPAM_BURST, last: at });
    bucket.tokens = Math.min(SPAM_BURST, bucket.tokens + (at - bucket.last) * SPAM_QPS_PER_MS);
    bucket.last = at;
    const skip = bucket.tokens < 1;
    if (!skip) bucket.tokens -= 1;
    return { key, message, skip };
  }
}
