import type { CycleState } from './cycleState.js';
import type { NodeInfo, PodInfo, Profile, Snapshot } from './framework.js';
import type { NodeExplanation } from './attemptResult.js';
import { planFused, scoreAndSelectFused } from './fusedScore.js';
import { Skips } from './skips.js';

/** What the Score phase reads of an attempt's context (scheduleOne.ts ScheduleContext). */
export interface ScoreContext {
  readonly snapshot: Snapshot;
  readonly profile: Profile;
  readonly randomInt: (n: number) => number;
  readonly lowestNameWinsTies?: boolean;
}

/**
 * Buffers reused by every attempt (totals, per-plugin scores, PreScore's skips): a pass of 10,000
 * pods over 500 nodes would otherwise allocate ~300 MB of short-lived arrays. Attempts never nest.
 */
const SCRATCH = { totals: new Float64Array(0), scores: [] as number[][], skipScore: new Skips() };
const NO_PLUGINS: never[] = [];

/**
 * A score buffer that V8 stores as unboxed doubles from the start: scores are doubles (Math.trunc
 * of a quotient), and buffers of one elements kind keep the totals loop monomorphic.
 */
function doubles(): number[] {
  const a = [0.5];
  a.length = 0;
  return a;
}

/**
 * `a` resized to n without holes (growing by push keeps V8's packed elements kind; `length = n` would make it holey).
 */
function packed(a: number[], n: number): number[] {
  if (a.length > n) a.length = n;
  while (a.length < n) a.push(0);
  return a;
}

/**
 * PreScore, Score (NormalizeScore, weights) and selectHost over the feasible nodes (two or more):
 * the index in `feasible` of the node chosen. `feasibleIdx` holds their column rows when the
 * search ran over columns; then plugins' indexed forms score, and when every plugin that scores
 * has a column formula, one fused loop scores and selects (fusedScore.ts: same totals, same draws).
 * An explained attempt appends each feasible node's scores to `explain`.
 */
export function scoreAndSelect(ctx: ScoreContext, s: CycleState, pod: PodInfo, feasible: readonly NodeInfo[],
  feasibleIdx: Int32Array | undefined, explain: NodeExplanation[] | undefined): number {
  const { snapshot, profile } = ctx;
  const cols = snapshot.columns;
  const skipScore = SCRATCH.skipScore;
  skipScore.begin();
  for (const p of profile.preScore) {
    const st = p.preScore(s, pod, snapshot, feasible);
    if (st.code === 'Skip') skipScore.add(p.name);
  }
  const plan = feasibleIdx && !explain && !ctx.lowestNameWinsTies
    ? planFused(profile, s, pod, snapshot, cols!, skipScore) : undefined;
  if (plan) return scoreAndSelectFused(plan, pod, cols!, feasibleIdx!, feasible.length, ctx.randomInt);

  if (SCRATCH.totals.length < feasible.length) SCRATCH.totals =
    new Float64Array(Math.max(feasible.length, 2 * SCRATCH.totals.length));
  const totals = SCRATCH.totals;
  totals.fill(0, 0, feasible.length);
  const perPlugin: { name: string; raw: number[]; norm: number[]; weight: number }[] = explain ? [] : NO_PLUGINS;
  for (let pi = 0; pi < profile.score.length; pi++) {
    const { plugin, weight } = profile.score[pi];
    if (skipScore.has(plugin.name)) continue;
    // The same score on every node adds the same to every total: it cannot change the selection
    // (totals are exact integers), so only an explained attempt needs it.
    if (!explain && plugin.scoresUniform?.(s, pod, snapshot)) continue;
    const scores = packed((SCRATCH.scores[pi] ??= doubles()), feasible.length);
    if (feasibleIdx && plugin.scoreIndexed) plugin.scoreIndexed(s, pod, cols!, feasibleIdx, feasible.length, scores);
    else if (plugin.scoreNodes) plugin.scoreNodes(s, pod, feasible, scores);
    else for (let i = 0; i < feasible.length; i++) scores[i] = plugin.score(s, pod, feasible[i]);
    const raw = explain ? [...scores] : scores;
    plugin.normalizeScore?.(s, pod, scores, feasible);
    addWeighted(totals, scores, feasible.length, weight);
    if (explain) perPlugin.push({ name: plugin.name, raw, norm: [...scores], weight });
  }

  const best = selectHost(ctx, feasible, totals);
  if (explain) {
    feasible.forEach((n, i) => {
      const scores: Record<string, readonly [number, number, number]> = {};
      for (const p of perPlugin) scores[p.name] = [p.raw[i], p.norm[i], p.norm[i] * p.weight];
      explain.push({ node: n.name, verdict: 'Feasible', scores, total: totals[i] });
    });
  }
  return best;
}

/*
 * The per-node loops over scores live in small functions of their own: inside a large function
 * (schedulePod took ~100 ms to compile) the loads from the score arrays were boxed, ~1.4 KB of
 * heap numbers per plugin and attempt at 420 feasible nodes (measured with used_heap_size around
 * the loop); here they stay unboxed doubles.
 */

/** totals[i] += scores[i] * weight for the first n nodes. */
function addWeighted(totals: Float64Array, scores: readonly number[], n: number, weight: number): void {
  for (let i = 0; i < n; i++) totals[i] += scores[i] * weight;
}

/**
 * selectHost: the best total; the index in `feasible`. Ties: walking the nodes in search order,
 * each node tying the best so far draws randomInt(count of ties) and replaces the selection on 0
 * (reservoir sampling, as kube-scheduler does): one draw per tie, none without ties.
 */
function selectHost(ctx: ScoreContext, feasible: readonly NodeInfo[], totals: Float64Array): number {
  let best = 0, ties = 1;
  for (let i = 1; i < feasible.length; i++) {
    if (totals[i] > totals[best]) { best = i; ties = 1; }
    else if (totals[i] === totals[best]) {
      if (ctx.lowestNameWinsTies) { if (feasible[i].name < feasible[best].name) best = i; } else { ties++;
        if (ctx.randomInt(ties) === 0) best = i; }
    }
  }
  return best;
}
