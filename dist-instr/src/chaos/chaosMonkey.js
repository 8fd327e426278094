import { Priority } from '../clock/eventQueue.js';
import { timelineDue } from '../decider/timelineDue.js';
import { CHAOS_FAULTS } from '../scenario/types.js';
import { formatDuration } from '../api/time.js';
import { resolveChaos } from './resolve.js';
import { unsettled } from './targets.js';
/** Chaos actions that take something away: they wait for a settled cluster (one disruption at a time). */
const DISRUPTIVE = new Set([...CHAOS_FAULTS, 'cordon', 'drain', 'deletePod', 'removeNode']);
/** Reasons and objects of the facts the chaos monkey leaves in the log (coverage reads them). */
export const CHAOS_INJECTED = 'ChaosInjected';
export const CHAOS_OBJECT_PREFIX = 'chaos/';
/**
 * The chaos monkey: carries out `chaos:` timeline actions. At the action's instant it finds the
 * candidates (running pods, Ready nodes, zones, workloads) matching the selector, picks one with
 * the action's `pick` or its own seeded stream, records what it chose (a ControllerEvent on the
 * target, reason ChaosInjected) and hands the concrete action (a container fault, nodeLost, a
 * drain, a scale, ...) to the other components through an engine-owned TimelineDue timer at the
 * same instant; recoveries are TimelineDue timers later on. Nothing to aim at, or a cluster that
 * has not settled from an earlier disruption, is a Warning naming the kind, never silence.
 */
export class ChaosMonkey {
    rng;
    scenarioNodes;
    name = 'chaos';
    timerKinds = [];
    #serial = 0;
    /** Until when the last disruption injected lasts, and its words (one disruption at a time). */
    #busyUntil = -1;
    #disruption = '';
    constructor(rng, scenarioNodes) {
        this.rng = rng;
        this.scenarioNodes = scenarioNodes;
    }
    fire() { }
    act(a, state, out) {
        if (a.kind !== 'chaos')
            return false;
        const object = `${CHAOS_OBJECT_PREFIX}${a.chaos}`;
        if (DISRUPTIVE.has(a.chaos)) {
            // A disruption lasts until its recovery is due (a maintenance window, a NotReady spell), and
            // one chosen at this instant has not reached the state yet (its action is due at this same
            // instant): the state alone would let a second one through beside it.
            const why = out.now <= this.#busyUntil ? `${this.#disruption} until ${formatDuration(this.#busyUntil)}`
                : unsettled(state);
            if (why) {
                out.emit({ type: 'Warning', at: out.now, object,
                    message: `skipped: the cluster has not settled (${why})` });
                return true;
            }
        }
        const r = resolveChaos(a, state, (n) => this.#choose(a, n), ++this.#serial, this.scenarioNodes);
        if ('none' in r) {
            out.emit({ type: 'Warning', at: out.now, object, message: `no target: ${r.none}` });
            return true;
        }
        if (DISRUPTIVE.has(a.chaos)) {
            this.#busyUntil = out.now + Math.max(0, ...r.actions.map((x) => x.after));
            this.#disruption = r.message;
        }
        out.emit({ type: 'ControllerEvent', at: out.now, resource: r.target.resource, key: r.target.key,
            reason: CHAOS_INJECTED, message: r.message, eventType: 'Warning' });
        for (const { after, action } of r.actions)
            out.at(out.now + after, timelineDue(action), Priority.Fault);
        return true;
    }
    #choose(a, n) {
        return a.pick !== undefined ? a.pick % n : this.rng.int(0, n - 1);
    }
}
export const chaosMonkey = { name: 'chaos', create: (s, ctx) => new ChaosMonkey(ctx.rng, s.nodes.length) };
