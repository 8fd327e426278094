import type { Rng } from '../clock/rng.js';
import type { Outbox, Timer } from '../decider/outbox.js';
import type { Component, ComponentContext } from '../decider/component.js';
import type { ClusterState } from '../reducers/state.js';
import type { Scenario } from '../scenario/types.js';
type TraceStepDue = Timer & {
    readonly kind: 'TraceStepDue';
};
/**
 * Replays the scenario's trace (`trace:`): pulls its steps one instant at a time from the files,
 * as the virtual clock reaches them, and carries them out as the API server carries out timeline
 * actions (at Priority.Fault, before the cluster reacts). A run of steps of one kind at one
 * instant is one batch of facts (creations are one `kubectl apply`); a run of another kind is
 * the next batch, so a pod created and deleted in the same second exists before its deletion.
 */
declare class TraceReplayer implements Component<TraceStepDue> {
    #private;
    private readonly scenario;
    readonly name = "trace";
    readonly timerKinds: readonly ["TraceStepDue"];
    constructor(scenario: Scenario, rng: Rng);
    start(_state: ClusterState, out: Outbox): void;
    fire(_timer: TraceStepDue, state: ClusterState, out: Outbox): void;
}
/** The trace replayer: does nothing unless the scenario has a `trace:`. */
export declare const traceReplayer: {
    name: string;
    create: (s: Scenario, ctx: ComponentContext) => TraceReplayer;
};
export {};
