import type { Outbox } from '../decider/outbox.js';
import type { Rng } from '../clock/rng.js';
import type { ClusterState } from '../reducers/state.js';
import type { Scenario, TimelineAction } from '../scenario/types.js';
import type { Component, ComponentContext } from '../decider/component.js';
import { type ApplyOptions } from './apply.js';
/**
 * The API server as the user sees it: it applies the scenario's manifests at time 0 and the
 * timeline's API actions (apply, delete, scale, ...) at their times, turning each into facts.
 */
export declare class ApiServer implements Component {
    private readonly scenario;
    private readonly rng;
    private readonly applyOptions;
    readonly name = "apiserver";
    readonly timerKinds: never[];
    constructor(scenario: Scenario, rng: Rng, applyOptions?: ApplyOptions);
    start(state: ClusterState, out: Outbox): void;
    fire(): void;
    act(a: TimelineAction, state: ClusterState, out: Outbox): boolean;
    deleteObject(state: ClusterState, out: Outbox, resource: string, key: string, propagationPolicy: string): void;
    patchSpec(state: ClusterState, out: Outbox, resource: string, key: string, patch: (spec: Record<string, unknown>) => Record<string, unknown>): void;
}
/**
 * Pod deletion as the API server does it: a pod not bound to a node, or a force delete with
 * grace 0, is removed at once; otherwise deletionTimestamp is set and the kubelet terminates it.
 */
export declare function deletePod(state: ClusterState, out: Outbox, namespace: string, name: string, gracePeriodSeconds?: number, force?: boolean): void;
export declare const apiServer: {
    name: string;
    create: (s: Scenario, ctx: ComponentContext) => ApiServer;
};
