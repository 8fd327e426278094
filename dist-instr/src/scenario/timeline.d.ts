import type { FieldProblem, InputProblem } from '../api/problems.js';
import type { SourcedObject, TimelineEntry } from './types.js';
/** What parsing the timeline needs of the scenario around it. */
export interface TimelineContext {
    readonly path: string;
    readonly until: number;
    readonly fp: FieldProblem[];
    readonly warnings: InputProblem[];
    /** The scenario's nodes; an `addNode` entry adds its own for the entries after it. */
    readonly knownNodes: Set<string>;
    readonly readManifests: (entry: unknown, at: string) => SourcedObject[];
}
export declare function parseTimeline(rawTimeline: readonly unknown[], ctx: TimelineContext): TimelineEntry[];
