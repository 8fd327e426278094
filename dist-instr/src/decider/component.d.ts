import type { Rng } from '../clock/rng.js';
import type { Outbox, Timer } from './outbox.js';
import type { ClusterEvent } from '../events/index.js';
import type { ClusterState } from '../reducers/state.js';
import type { TimelineAction } from '../scenario/types.js';
/**
 * A part of the cluster that decides (kubelet, scheduler, a controller, the node lifecycle
 * controller). It reads state, never writes it: it emits facts and schedules timers through
 * the Outbox. It may keep its own working memory (a scheduling queue, a work queue) as long as
 * that memory is rebuilt from the facts it observes, so one seed always gives one log.
 */
export interface Component<T extends Timer = Timer> {
    readonly name: string;
    /** The timer kinds this component owns: the engine routes them here (T is their discriminated union). */
    readonly timerKinds: readonly T['kind'][];
    /** Called once at virtual time 0, after SimulationStarted: initial facts and first timers. */
    start?(state: ClusterState, out: Outbox): void;
    /** Called with each batch of facts after the state includes them. May only schedule timers. */
    observe?(events: readonly ClusterEvent[], state: ClusterState, out: Outbox): void;
    /**
     * A timeline action is due. Return true when this component has carried it out; the engine
     * asks components in order and logs a Warning when none did.
     */
    act?(action: TimelineAction, state: ClusterState, out: Outbox): boolean;
    /** One of this component's timers is due. */
    fire(timer: T, state: ClusterState, out: Outbox): void;
    /**
     * Several of this component's timers are due at the same instant and priority, back to back
     * in queue order: handle them against one state (the engine then applies all their facts in
     * one produce). Only for components whose timers are independent of each other's facts
     * (per-pod kubelet work); a component that needs to see its own facts uses `fire`.
     */
    fireAll?(timers: readonly T[], state: ClusterState, out: Outbox): void;
}
/** What every component gets when the engine builds it. */
export interface ComponentContext {
    /** The component's own random stream, split from the scenario seed by its name. */
    readonly rng: Rng;
    readonly options: Readonly<Record<string, unknown>>;
}
