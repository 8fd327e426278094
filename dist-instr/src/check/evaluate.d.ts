import type { ComponentFactory, Simulation } from '../engine/simulation.js';
import type { InvariantRegistry } from '../invariants/registry.js';
import type { Violation } from '../invariants/types.js';
import type { ClusterState } from '../reducers/state.js';
import { type ObjectPredicate, type PodsPredicate } from '../scenario/expect.js';
import type { Scenario } from '../scenario/types.js';
/** The verdict on one expectation: what was expected, what was seen, and when. */
export interface ExpectationResult {
    readonly index: number;
    readonly text: string;
    readonly ok: boolean;
    readonly expected: string;
    readonly seen: string;
    /** The virtual time of the verdict (for `within`: when it first held, or the window's end). */
    readonly at: number;
    readonly violations?: readonly Violation[];
    /** How reports name the entry when it is not `expect[index]` (a scenario `invariants:` entry). */
    readonly label?: string;
}
export interface CheckResult {
    readonly results: readonly ExpectationResult[];
    readonly events: number;
    readonly logHash: string;
}
export interface CheckSetup {
    readonly registry: InvariantRegistry;
    /** Also watch the run (`kubesim check --report` keeps its facts). */
    readonly attach?: (sim: Simulation) => void;
    readonly components?: readonly ComponentFactory[];
    readonly options?: Readonly<Record<string, unknown>>;
}
type Verdict = {
    readonly ok: boolean;
    readonly seen: string;
};
export declare function judgeObject(state: ClusterState, p: ObjectPredicate): Verdict;
export declare function judgePods(state: ClusterState, p: PodsPredicate): Verdict;
/**
 * Runs a scenario and judges its `expect:` list: `at` on the state at that instant (after every
 * fact of that instant), `within` at any instant of the window after the first timeline entry of
 * the `after` kind (time 0 without one), `always` through the invariant checker for the whole run.
 * Bad expectations throw ScenarioError (exit 2 in the CLI).
 */
export declare function checkScenario(scenario: Scenario, setup: CheckSetup): CheckResult;
export {};
