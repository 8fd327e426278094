import type { Millis } from './ids.js';
/**
 * Parses a duration into whole milliseconds: `500ms`, `30s`, `5m`, `1h30m`, `2.5s`, or a bare
 * integer of milliseconds. Returns an error message for anything else.
 */
export declare function parseDuration(v: unknown): Millis | string;
/** Formats milliseconds the way kubectl prints ages: 45s, 3m20s, 2h5m. */
export declare function formatDuration(ms: number): string;
/**
 * RFC 3339 with second precision, as the API serialises metav1.Time. Printing a run's objects
 * formats the same few instants over and over (a pod's conditions, its containers' startedAt), so
 * the texts of recent instants are kept (by second; cleared when many accumulate).
 */
export declare function rfc3339(startTime: number, ms: number): string;
