import type { Millis } from '../api/ids.js';
import type { Scenario } from './types.js';
/** When an expectation is judged: at one instant, or at some instant in a window. */
export type ExpectTiming = {
    readonly at: Millis;
} | {
    readonly within: Millis;
    readonly after?: string;
};
/**
 * `{deployment: web, readyReplicas: 3}`: fields of one object (status fields, or dotted paths from the object root).
 */
export interface ObjectPredicate {
    readonly kind: 'object';
    readonly objectKind: string;
    readonly resource: string;
    readonly namespace: string;
    readonly name: string;
    readonly fields: Readonly<Record<string, unknown>>;
}
/** `pods: {selector: app=web, phase: Running, ready: true, count: 3}`: how many pods match. */
export interface PodsPredicate {
    readonly kind: 'pods';
    readonly namespace?: string;
    readonly selector: Readonly<Record<string, string>>;
    readonly phase?: string;
    readonly ready?: boolean;
    readonly count: number;
}
export type Expectation = {
    readonly index: number;
    readonly text: string;
    readonly timing: ExpectTiming;
    readonly predicate: ObjectPredicate | PodsPredicate;
} | {
    readonly index: number;
    readonly text: string;
    readonly always: string;
};
/** `{at: 6m, deployment: web, readyReplicas: 3}` as the user wrote it, in flow style. */
export declare function expectationText(raw: unknown): string;
/** Parses `app=web,tier=front` (equality-based selectors, as kubectl -l takes them). */
export declare function parseSelector(s: string): Record<string, string> | string;
/**
 * Validates a scenario's `expect:` list. Every problem is collected and thrown together as a
 * ScenarioError naming the file and the field path (`expect[1].within: ...`).
 */
export declare function parseExpectations(scenario: Scenario): Expectation[];
