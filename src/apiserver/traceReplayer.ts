import { ApiServer } from './apiserver.js';
import { Priority } from '../clock/eventQueue.js';
import type { Rng } from '../clock/rng.js';
import type { Outbox, Timer } from '../decider/outbox.js';
import type { Component, ComponentContext } from '../decider/component.js';
import type { ClusterState } from '../reducers/state.js';
import type { Scenario, SourcedObject, TimelineEntry } from '../scenario/types.js';

type TraceStepDue = Timer & { readonly kind: 'TraceStepDue' };
const DUE: TraceStepDue = { kind: 'TraceStepDue' };

/**
 * Replays the scenario's trace (`trace:`): pulls its steps one instant at a time from the files,
 * as the virtual clock reaches them, and carries them out as the API server carries out timeline
 * actions (at Priority.Fault, before the cluster reacts). A run of steps of one kind at one
 * instant is one batch of facts (creations are one `kubectl apply`); a run of another kind is
 * the next batch, so a pod created and deleted in the same second exists before its deletion.
 */
class TraceReplayer implements Component<TraceStepDue> {
  readonly name = 'trace';
  readonly timerKinds = ['TraceStepDue'] as const;
  #steps: Iterator<TimelineEntry> | undefined;
  #next: TimelineEntry | undefined;
  readonly #api: ApiServer;

  constructor(private readonly scenario: Scenario, rng: Rng) {
    // A trace records a real cluster: its namespaces existed there, Namespace objects or not.
    this.#api = new ApiServer(scenario, rng, { namespacesExist: true });
  }

  start(_state: ClusterState, out: Outbox): void {
    if (!this.scenario.trace) return;
    this.#steps = this.scenario.trace.steps()[Symbol.iterator]();
    this.#pull(out);
  }

  #pull(out: Outbox): void {
    const r = this.#steps!.next();
    this.#next = r.done ? undefined : r.value;
    if (this.#next) out.at(this.#next.at, DUE, Priority.Fault);
  }

  fire(_timer: TraceStepDue, state: ClusterState, out: Outbox): void {
    const first = this.#next;
    if (!first) return;
    const run: TimelineEntry[] = [];
    let step: TimelineEntry | undefined = first;
    while (step && step.at === first.at && step.action.kind === first.action.kind) {
      run.push(step);
      const r = this.#steps!.next();
      step = r.done ? undefined : r.value;
    }
    if (first.action.kind === 'apply') {
      const objects: SourcedObject[] = run.flatMap((s) => (s.action.kind === 'apply' ? s.action.objects : []));
      this.#api.act({ kind: 'apply', objects }, state, out);
    } else for (const s of run) this.#api.act(s.action, state, out);
    this.#next = step;
    if (step) out.at(step.at, DUE, Priority.Fault);
  }
}

/** The trace replayer: does nothing unless the scenario has a `trace:`. */
export const traceReplayer = { name: 'trace', create: (s: Scenario, ctx: ComponentContext) =>
  new TraceReplayer(s, ctx.rng) };
