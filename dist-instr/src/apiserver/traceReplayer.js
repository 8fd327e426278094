import { ApiServer } from './apiserver.js';
import { Priority } from '../clock/eventQueue.js';
const DUE = { kind: 'TraceStepDue' };
/**
 * Replays the scenario's trace (`trace:`): pulls its steps one instant at a time from the files,
 * as the virtual clock reaches them, and carries them out as the API server carries out timeline
 * actions (at Priority.Fault, before the cluster reacts). A run of steps of one kind at one
 * instant is one batch of facts (creations are one `kubectl apply`); a run of another kind is
 * the next batch, so a pod created and deleted in the same second exists before its deletion.
 */
class TraceReplayer {
    scenario;
    name = 'trace';
    timerKinds = ['TraceStepDue'];
    #steps;
    #next;
    #api;
    constructor(scenario, rng) {
        this.scenario = scenario;
        // A trace records a real cluster: its namespaces existed there, Namespace objects or not.
        this.#api = new ApiServer(scenario, rng, { namespacesExist: true });
    }
    start(_state, out) {
        if (!this.scenario.trace)
            return;
        this.#steps = this.scenario.trace.steps()[Symbol.iterator]();
        this.#pull(out);
    }
    #pull(out) {
        const r = this.#steps.next();
        this.#next = r.done ? undefined : r.value;
        if (this.#next)
            out.at(this.#next.at, DUE, Priority.Fault);
    }
    fire(_timer, state, out) {
        const first = this.#next;
        if (!first)
            return;
        const run = [];
        let step = first;
        while (step && step.at === first.at && step.action.kind === first.action.kind) {
            run.push(step);
            const r = this.#steps.next();
            step = r.done ? undefined : r.value;
        }
        if (first.action.kind === 'apply') {
            const objects = run.flatMap((s) => (s.action.kind === 'apply' ? s.action.objects : []));
            this.#api.act({ kind: 'apply', objects }, state, out);
        }
        else
            for (const s of run)
                this.#api.act(s.action, state, out);
        this.#next = step;
        if (step)
            out.at(step.at, DUE, Priority.Fault);
    }
}
/** The trace replayer: does nothing unless the scenario has a `trace:`. */
export const traceReplayer = { name: 'trace', create: (s, ctx) => new TraceReplayer(s, ctx.rng) };
