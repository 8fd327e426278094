import type { RecordedEvent } from './fromFact.js';
export interface Correlation {
    /** The eventLogger's key: the event's own, or the aggregate's once aggregation began. */
    readonly key: string;
    readonly message: string;
    /** The spam filter refused it: the API server never sees this occurrence. */
    readonly skip: boolean;
}
type Recorded = RecordedEvent & {
    readonly host?: string;
};
/** Distinct messages of one reason since its aggregate record started: one string until a second one comes. */
interface Aggregate {
    last: number;
    one: string | undefined;
    many: Set<string> | undefined;
}
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
export interface SourceCorrelation {
    readonly source: CorrelationSource;
    readonly tail: string;
    readonly message: string;
    readonly skip: boolean;
}
export declare class EventCorrelator {
    #private;
    correlate(r: Recorded, at: number): Correlation;
    /** correlate() without building the whole key: the source and the key's tail. */
    correlateSource(r: Recorded, at: number): SourceCorrelation;
}
export {};
