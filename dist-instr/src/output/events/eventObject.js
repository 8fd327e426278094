/**
 * When the event was last seen: series.lastObservedTime, lastTimestamp, firstTimestamp, else eventTime (printEvent's
 * order).
 */
export const lastSeen = (e) => e.series?.lastObservedTime ?? e.lastTimestamp ?? e.firstTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp;
/** How often it was seen: series.count, else count, else 1 (a singleton of the new API). */
export const eventCount = (e) => e.series?.count ?? (e.count || 1);
/** When the event was first seen: firstTimestamp, else eventTime. */
export const firstSeen = (e) => e.firstTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp;
