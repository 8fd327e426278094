import type { ClusterEvent } from '../../events/index.js';
import type { ClusterState } from '../../reducers/state.js';
import { parseSelector } from '../../scenario/chaos.js';
import { parseDuration } from '../../api/time.js';
import type { Invariant, Violation } from '../types.js';

/**
 * An operational law watched over a run (runtime verification's monitor): it sees every batch of
 * facts, and judges the state at the end of each instant (after every fact of that instant: the
 * states between two batches of one instant are transient, as `kubesim check` treats them).
 */
export interface Monitor {
  /** Every batch, in order, before the instant it belongs to is judged. */
  facts?(batch: readonly ClusterEvent[], state: ClusterState, previous: ClusterState): void;
  /**
   * The state at the end of an instant, which then held, unchanged, until just before `until`
   * (the next instant; at the end of the run, just after it). A bound that expired meanwhile
   * (a deadline d with d < until) broke at d, not at the next instant someone happened to look.
   */
  instant(state: ClusterState, until: number): Violation[];
}

export type Params = Readonly<Record<string, unknown>>;

/** One parameter an operational invariant takes, with its type and what it means. */
export interface ParamSpec {
  readonly name: string;
  readonly type: 'selector' | 'duration' | 'count' | 'countOrPercent' | 'string';
  readonly help: string;
}

/** An operational invariant's entry in the catalogue: it builds an Invariant from parameters. */
/** The `selector` parameter every operational invariant takes: which objects it judges (default: all). */
export const selectorParam = (what: string): ParamSpec =>
  ({ name: 'selector', type: 'selector', help: `${what} (default: all)` });

export interface OperationalDef {
  readonly name: string;
  readonly description: string;
  readonly params: readonly ParamSpec[];
  readonly make: (p: Params) => Monitor;
}

/**
 * Wraps a monitor factory as an Invariant: `perRun` gives each run its own monitor; `check`
 * on the shared instance judges nothing (the checker always asks `perRun`).
 */
export function monitorInvariant(def: OperationalDef, params: Params): Invariant {
  const text = Object.entries(params).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(
    ' ');
  const description = `${def.description}${text ? ` (${text})` : ''}`;
  const run = (): Invariant => {
    const m = def.make(params);
    let last: ClusterState | undefined;
    return {
      name: def.name, description, when: 'batch',
      check(ctx) {
        if (ctx.final) return m.instant(ctx.state, ctx.state.time + 1);
        const out: Violation[] = [];
        const at = ctx.batch[0]?.at ?? ctx.state.time;
        if (last && at > last.time) out.push(...m.instant(last, at));
        m.facts?.(ctx.batch, ctx.state, ctx.previous);
        last = ctx.state;
        return out;
      },
    };
  };
  return { name: def.name, description, when: 'batch', check: () => [], perRun: run };
}

/** Checks and normalises parameters; problems name the parameter (`min: must be ...`). */
export function checkParams(def: OperationalDef, raw: Params): { params: Params;
  problems: { path: string; message: string }[] } {
  const params: Record<string, unknown> = {};
  const problems: { path: string; message: string }[] = [];
  for (const [k, v] of Object.entries(raw)) {
    const spec = def.params.find((p) => p.name === k);
    if (!spec) {
      problems.push(
        { path: k,
          message: `unknown parameter of ${def.name} (known: ` +
            `${def.params.map((p) => p.name).join(', ') || 'none'})` }); continue; }
    const r = parseParam(spec, v);
    if (typeof r === 'object' && r !== null && 'problem' in r) problems.push({ path: k, message: r.problem as string });
    else params[k] = r;
  }
  return { params, problems };
}

function parseParam(spec: ParamSpec, v: unknown): unknown {
  switch (spec.type) {
    case 'selector': { const s = parseSelector(v); return typeof s === 'string' ? { problem: s } : s; }
    case 'duration': { const d = parseDuration(v); return typeof d === 'string' ? { problem: d } : d; }
    case 'count':
      if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
      return Number.isInteger(v) && (v as number) >= 0 ? v : {
        problem: `must be an integer >= 0, got ${JSON.stringify(v)}` };
    case 'countOrPercent':
      if (typeof v === 'string' && /^\d+%$/.test(v)) return v;
      if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
      return Number.isInteger(v) && (v as number) >= 0 ? v : {
        problem: `must be an integer >= 0 or a percentage such as 50%, got ${JSON.stringify(v)}` };
    case 'string':
      return typeof v === 'string' ? v : { problem: `must be a string, got ${JSON.stringify(v)}` };
  }
}

/**
 * intstr against a total, rounded up (GetScaledValueFromIntOrPercent with roundUp=true, as the disruption controller
 * uses).
 */
export function scaledValue(v: unknown, total: number): number {
  if (typeof v === 'string' && v.endsWith('%')) return Math.ceil((Number(v.slice(0, -1)) * total) / 100);
  return typeof v === 'number' ? v : 0;
}

/** Whether labels match a parameter selector (absent: everything). */
export const selects = (sel: unknown, labels: Readonly<Record<string, string>> | undefined): boolean =>
  Object.entries((sel ?? {}) as Record<string, string>).every(([k, v]) => labels?.[k] === v);

export const mkViolation = (invariant: string, at: number, message: string, objects: readonly string[]): Violation =>
  ({ invariant, message, objects, at });
