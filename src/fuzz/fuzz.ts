import fc from 'fast-check';
import { fuzzCase } from './arbitraries.js';
import { DEFAULT_SETTLE_MS } from '../invariants/replicasConverge.js';
import type { Violation } from '../invariants/types.js';
import { addCoverage, emptyCoverage, type Coverage } from './coverage.js';
import { applyCase } from './materialize.js';
import { buildSetup, type SetupSpec } from './plugins.js';
import { runOnPool } from './pool.js';
import { runDoc, type CaseSetup } from './runCase.js';
import type { ChaosKind } from '../scenario/types.js';
import { operationalDef } from '../invariants/operational/index.js';
import { CHAOS_KINDS } from './commands.js';
import type { FuzzBase, FuzzCase, FuzzSpace } from './types.js';

/** Faults and operations per case unless --max-ops says otherwise. */
export const DEFAULT_MAX_OPS = 5;
import { runCases, type CaseResult, type WorkerTask } from './worker.js';

export interface FuzzOptions {
  readonly runs: number;
  /** fast-check's seed: the same seed gives the same cases, on any machine and worker count. */
  readonly seed: number;
  /** Fault and operation kinds to draw from (default: every one). */
  readonly kinds?: readonly ChaosKind[];
  /** At most this many faults and operations per case (default 5). */
  readonly maxOps?: number;
  readonly setup: SetupSpec;
  /** Worker threads; 1 runs in this thread. */
  readonly workers?: number;
  /** The compiled worker module (dist/src/fuzz/worker.js), needed when workers > 1. */
  readonly workerFile?: string | URL;
  /** Run only cases i with i % count === index (a Kubernetes Indexed Job's completion index). */
  readonly shard?: { readonly index: number; readonly count: number };
  /** Replay and shrink from this fast-check path instead of searching. */
  readonly path?: string;
  readonly shrink?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface FuzzFailure { readonly index: number; readonly violations: readonly Violation[] }

export interface Counterexample {
  /** The case fast-check shrank to, and its path (replay: --seed <seed> --path <path>). */
  readonly case: FuzzCase;
  readonly path: string;
  readonly shrinks: number;
  /**
   * The scenario document after shrinking the case and then dropping manifests and timeline entries that do not matter.
   */
  readonly doc: Record<string, unknown>;
  readonly violations: readonly Violation[];
  /** The counterexample's run in plain words (faults and operations hit, invariants broken). */
  readonly story: readonly string[];
  /** The first failing case before shrinking: its index and how many faults and operations it had. */
  readonly first: { readonly index?: number; readonly ops: number };
}

export interface FuzzReport {
  readonly seed: number;
  readonly runs: number;
  readonly shard: { readonly index: number; readonly count: number };
  /** Cases run by this shard. */
  readonly executed: number;
  /** Failing cases in index order (deterministic whatever the worker count). */
  readonly failures: readonly FuzzFailure[];
  /** Summed over the cases this shard ran: fault and operation outcomes per kind, transitions reached. */
  readonly coverage: Coverage;
  readonly counterexample?: Counterexample;
}

/** The space of variations for a base: faults before the settle time so convergence is judged. */
export function fuzzSpace(base: FuzzBase, kinds: readonly ChaosKind[], maxOps: number, settle = DEFAULT_SETTLE_MS,
  keepNodes = false): FuzzSpace {
  const maxAt = base.until > settle ? base.until - settle : Math.floor(base.until / 2);
  // Operational invariants ask about the user's own cluster: never fewer nodes than it has (removeNode and node faults
  // take them away).
  const nodeMins = keepNodes ? base.nodeGroups.map((c, i) => Math.max(c, base.nodeMins[i] ?? 1)) : base.nodeMins;
  return { nodeGroups: base.nodeGroups, nodeMins, kinds, maxAt, maxOps, behaviorRules: base.behaviorRules,
    ...(base.vary ? { vary: base.vary } : {}) };
}

const fails = (base: FuzzBase, setup: CaseSetup) => (c: FuzzCase): boolean =>
  runDoc(applyCase(base, c), 'fuzz-case.yaml', setup, undefined, true).violations.length > 0;

/**
 * Runs `runs` variations of the user's scenario and, on a violation, shrinks the first failing
 * case (lowest index) with fast-check, then drops manifests and timeline entries one at a time
 * while a violation of the same invariant remains.
 */
export async function fuzz(base: FuzzBase, o: FuzzOptions): Promise<FuzzReport> {
  const setup = await buildSetup(o.setup);
  const operational = setup.invariants.some((i) => operationalDef(i.name) !== undefined);
  const arb = fuzzCase(fuzzSpace(base, o.kinds ?? CHAOS_KINDS, o.maxOps ?? DEFAULT_MAX_OPS, o.setup.settle,
    operational));
  const shard = o.shard ?? { index: 0, count: 1 };
  const params = { seed: o.seed, numRuns: o.runs };
  let failures: FuzzFailure[] = [];
  let executed = 0;
  const coverage = emptyCoverage();
  let startPath: string | undefined = o.path;
  if (startPath === undefined) {
    const cases = sampleAsChecked(arb, params);
    const mine: [number, FuzzCase][] = [];
    cases.forEach((c, i) => { if (i % shard.count === shard.index) mine.push([i, c]); });
    const total = mine.length;
    const workers = Math.max(1, o.workers ?? 1);
    const results: CaseResult[] = [];
    const task = (slice: [number, FuzzCase][]): WorkerTask => ({ base, setup: o.setup, cases: slice });
    if (workers === 1) {
      for (const entry of mine) {
        results.push(...(await runCases(task([entry]))));
        executed++;
        o.onProgress?.(executed, total);
      }
    } else {
      if (!o.workerFile) throw new Error('fuzz: workers > 1 needs workerFile (the compiled dist/src/fuzz/worker.js)');
      const size = Math.max(1, Math.ceil(total / (workers * 8)));
      const tasks: WorkerTask[] = [];
      for (let i = 0; i < total; i += size) tasks.push(task(mine.slice(i, i + size)));
      for (const r of await runOnPool(o.workerFile, workers, tasks,
        (r) => { executed += r.length; o.onProgress?.(executed, total); })) results.push(...r);
    }
    for (const r of results) addCoverage(coverage, r.coverage);
    failures = results.filter((r) => r.violations.length > 0).sort((a, b) => a.index - b.index).map((r) =>
      ({ index: r.index, violations: r.violations }));
    if (failures.length) startPath = String(failures[0].index);
  }
  const report = { seed: o.seed, runs: o.runs, shard, executed, failures, coverage };
  if (startPath === undefined || o.shrink === false) return report;
  const check = fc.check(fc.property(arb, (c) => !fails(base, setup)(c)),
    { ...params, path: startPath, endOnFailure: false });
  if (!check.failed || !check.counterexample) return report;
  const shrunk = check.counterexample[0];
  let firstCase: FuzzCase | undefined;
  fc.check(fc.property(arb, (c) => { firstCase ??= c; return true; }), { ...params, path: startPath.split(':')[0] });
  const first = runDoc(applyCase(base, shrunk), 'fuzz-case.yaml', setup).violations[0];
  if (!first) throw new Error(
    'fuzz: the shrunk case no longer fails; the simulation is not deterministic (please report it)');
  const doc = minimizeDoc(applyCase(base, shrunk), (d) => {
    try { return runDoc(d, 'fuzz-case.yaml', setup).violations.some((v) => v.invariant === first.invariant); } catch {
      return false; }
  });
  const final = runDoc(doc, 'fuzz-case.yaml', setup);
  const firstIndex = /^\d+$/.test(startPath) ? Number(startPath) : undefined;
  return {
    ...report,
    counterexample: {
      case: shrunk, path: check.counterexamplePath ?? startPath, shrinks: check.numShrinks, doc,
        violations: final.violations, story: final.story,
      first: { ...(firstIndex !== undefined ? { index: firstIndex } : {}),
        ops: firstCase?.ops.length ?? shrunk.ops.length },
    },
  };
}

/**
 * The values fc.check generates for this seed, in order: drawn through fc.check itself so that
 * the i-th case is exactly the one `path: "i"` replays (fc.sample wraps the arbitrary differently).
 */
export function sampleAsChecked<T>(arb: fc.Arbitrary<T>, params: { seed: number; numRuns: number }): T[] {
  const out: T[] = [];
  fc.check(fc.property(arb, (c) => { out.push(c); return true; }), { ...params, endOnFailure: true });
  return out;
}

type Entry = { chaos?: { pick?: number } };

/**
 * A timeline without the entry that stood at `from`, then the same with one later chaos entry's
 * pick moved by one: an entry that removed or added a node shifted the candidates after it in
 * name order, so the entry that still matters may need its neighbour's pick once it is gone.
 */
function repicked(rest: unknown[], from: number): unknown[][] {
  const out = [rest];
  for (let j = from; j < rest.length; j++) {
    const e = rest[j] as Entry;
    if (e?.chaos?.pick === undefined) continue;
    for (const pick of [e.chaos.pick - 1, e.chaos.pick + 1]) if (pick >= 0) out.push(
      rest.map((x, k) => (k === j ? { ...e, chaos: { ...e.chaos, pick } } : x)));
  }
  return out;
}

/**
 * Greedy one-at-a-time removal (the first pass of delta debugging) over the document's manifests,
 * timeline entries and behaviour rules: keep a removal when `stillFails` holds. Passes repeat until
 * none removes anything: dropping a behaviour rule (a varied start delay) can make a timeline
 * entry unnecessary that was needed before (found on examples/chaos/pdb-drain, seed 2).
 */
export function minimizeDoc(doc: Record<string, unknown>, stillFails: (d: Record<string,
  unknown>) => boolean): Record<string, unknown> {
  let cur = doc, removed = true;
  while (removed) {
    removed = false;
    for (const field of ['manifests', 'timeline', 'behaviors'] as const) {
      let i = 0;
      while (Array.isArray(cur[field]) && i < (cur[field] as unknown[]).length) {
        const list = cur[field] as unknown[];
        const rest = [...list.slice(0, i), ...list.slice(i + 1)];
        const next = (field === 'timeline' ? repicked(rest, i) : [rest]).map((l) => ({ ...cur, [field]: l }))
          .find(stillFails);
        if (next) { cur = next; removed = true; } else i++;
      }
    }
  }
  return cur;
}
