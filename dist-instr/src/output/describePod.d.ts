import type { Pod } from '../api/types.js';
import { type EventObject } from './events/eventObject.js';
import type { Millis } from '../api/ids.js';
/** Go's time.RFC1123Z in UTC, as kubectl describe prints times: `Thu, 01 Jan 2026 00:00:02 +0000`. */
export declare function rfc1123z(startTime: number, ms: Millis): string;
/**
 * A `kubectl describe pod` view (kubectl describe.go describePod) of a pod at virtual time `now`,
 * with the Events the components recorded about it (src/output/events).
 */
export declare function describePod(pod: Pod, events: readonly EventObject[], startTime: number, now: Millis): string;
/**
 * kubectl describe's Events section (describe.go DescribeEvents): sorted by last seen; Age is
 * HumanDuration since the last occurrence, "(xN over D)" for a repeated event; From is the
 * reporting component.
 */
export declare function eventsTable(events: readonly EventObject[], now: Millis): string[];
/** The recorded Events about one object (involvedObject kind, namespace, name and, when known, uid). */
export declare const eventsAbout: (events: readonly EventObject[], kind: string, namespace: string | undefined, name: string, uid?: string) => EventObject[];
