import type { TimelineAction } from '../scenario/types.js';
/** One accepted write as a scenario timeline entry (the syntax scenario/load.ts reads). */
export declare function timelineEntry(at: number, a: TimelineAction): Record<string, unknown>;
/**
 * The served session as a scenario: the original scenario document (its `{file: ...}`
 * references rebased by `rebase`), `until` at the session's last instant, and every accepted
 * write appended to the timeline at its instant. `kubesim run` of it gives the session's log.
 */
export declare function sessionScenario(doc: Record<string, unknown>, writes: readonly {
    at: number;
    action: TimelineAction;
}[], until: number, rebase: (file: string) => string, seed?: number): string;
