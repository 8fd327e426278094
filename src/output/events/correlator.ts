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

/** Distinct messages of one reason since its aggregate record started: one string until a second one comes. */
interface Aggregate { last: number; one: string | undefined; many: Set<string> | undefined }

/**
 * What the correlator keeps per source and object (getSpamKey): the spam filter's token bucket
 * and the aggregate records by reason. One map entry per source and object, not one long key per
 * record: 150,000 pods made ~900,000 keys of ~200 characters, built and hashed for every event.
 */
export interface CorrelationSource {
  /** getSpamKey: component, host, object (kind, namespace, name, uid, apiVersion), type. */
  readonly key: string;
  tokens: number;
  last: number;
  readonly aggregates: Map<string, Aggregate>;
  /** The recorder's Events of this source, by their key's tail (EventRecorder). */
  slots: Map<string, unknown> | undefined;
}

/** A correlation as the source and the tail of the eventLogger's key within it (key = source.key NUL tail). */
export interface SourceCorrelation { readonly source: CorrelationSource; readonly tail: string;
  readonly message: string; readonly skip: boolean }

function addMessage(a: Aggregate, message: string): number {
  if (a.many) a.many.add(message);
  else if (a.one === undefined) a.one = message;
  else if (a.one !== message) { a.many = new Set([a.one, message]); a.one = undefined; }
  return a.many ? a.many.size : 1;
}

export class EventCorrelator {
  readonly #sources = new Map<string, CorrelationSource>();

  correlate(r: Recorded, at: number): Correlation {
    const c = this.correlateSource(r, at);
    return { key: `${c.source.key}\u0000${c.tail}`, message: c.message, skip: c.skip };
  }

  /** correlate() without building the whole key: the source and the key's tail. */
  correlateSource(r: Recorded, at: number): SourceCorrelation {
    const io = r.involvedObject;
    const spamKey = `${r.component}\u0000${r.host ?? ''}\u0000${io.kind}\u0000${io.namespace ?? ''}\u0000${io.name}` +
      `\u0000${io.uid ?? ''}\u0000${io.apiVersion}\u0000${r.type}`;
    let source = this.#sources.get(spamKey);
    if (!source) this.#sources.set(spamKey, source = { key: spamKey, tokens: SPAM_BURST, last: at,
      aggregates: new Map(), slots: undefined });
    let agg = source.aggregates.get(r.reason);
    if (!agg || at - agg.last > AGGREGATE_INTERVAL_MS) source.aggregates.set(r.reason,
      agg = { last: at, one: undefined, many: undefined });
    const distinct = addMessage(agg, r.message);
    agg.last = at;
    let tail = `${r.reason}\u0000${io.fieldPath ?? ''}\u0000${r.message}`, message = r.message;
    if (distinct >= AGGREGATE_MAX_EVENTS) {
      // PopAny: kubesim pops the message just added, a deterministic choice of Go's "any".
      agg.many!.delete(r.message);
      tail = r.reason;
      message = COMBINED + r.message;
    }
    source.tokens = Math.min(SPAM_BURST, source.tokens + (at - source.last) * SPAM_QPS_PER_MS);
    source.last = at;
    const skip = source.tokens < 1;
    if (!skip) source.tokens -= 1;
    return { source, tail, message, skip };
  }
}
