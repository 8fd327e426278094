import { CHAOS_INJECTED, CHAOS_OBJECT_PREFIX } from '../chaos/chaosMonkey.js';
import type { ClusterEvent } from '../events/index.js';
import { formatDuration } from '../api/time.js';

/** What one case's faults and operations did, per kind. */
export interface KindOutcome {
  injected: number;
  /** Found nothing to aim at (the first reason is kept). */
  noTarget: number;
  /** Waited in vain for the cluster to settle from an earlier disruption. */
  skipped: number;
  noTargetReason?: string;
}

/** What a case (or a campaign, summed) reached: fault and operation outcomes, and Kubernetes transitions. */
export interface Coverage {
  readonly kinds: Record<string, KindOutcome>;
  /**
   * Facts by type, controller events by reason (`event:SuccessfulRescale`), pod phases (`phase:Running`): cases that
   * reached each.
   */
  readonly transitions: Record<string, number>;
}

const outcome = (c: Coverage, kind: string): KindOutcome => (
  c.kinds[kind] ??= { injected: 0, noTarget: 0, skipped: 0 });

/** Reads a case's log for its coverage. */
export function coverageOf(history: readonly ClusterEvent[]): Coverage {
  const c: Coverage = { kinds: {}, transitions: {} };
  const seen = new Set<string>();
  for (const e of history) {
    seen.add(e.type);
    if (e.type === 'ControllerEvent') {
      seen.add(`event:${e.reason}`);
      if (e.reason === CHAOS_INJECTED) outcome(c, e.message.split(' ')[0]).injected++;
    } else if (e.type === 'Warning' && e.object?.startsWith(CHAOS_OBJECT_PREFIX)) {
      const o = outcome(c, e.object.slice(CHAOS_OBJECT_PREFIX.length));
      if (e.message.startsWith('no target')) { o.noTarget++;
        o.noTargetReason ??= e.message.replace(/^no target: /, ''); } else o.skipped++;
    } else if (e.type === 'PodStatusPatched' && 'phase' in e
      && typeof e.phase === 'string') seen.add(`phase:${e.phase}`);
    else if (e.type === 'ContainerWaiting' && 'reason' in e
      && typeof e.reason === 'string') seen.add(`waiting:${e.reason}`);
  }
  for (const k of seen) c.transitions[k] = 1;
  return c;
}

/** Adds a case's coverage into a campaign's. */
export function addCoverage(into: Coverage, c: Coverage): void {
  for (const [k, o] of Object.entries(c.kinds)) {
    const t = outcome(into, k);
    t.injected += o.injected; t.noTarget += o.noTarget; t.skipped += o.skipped;
    t.noTargetReason ??= o.noTargetReason;
  }
  for (const [k, n] of Object.entries(c.transitions)) into.transitions[k] = (into.transitions[k] ?? 0) + n;
}

export const emptyCoverage = (): Coverage => ({ kinds: {}, transitions: {} });

/**
 * The counterexample in plain words: what the faults and operations hit, and when each
 * invariant broke ("3m nodeLost of Node/ssd-0 ...", "3m55s availability: Deployment/web has 0 ...").
 */
export function storyOf(history: readonly ClusterEvent[], violations: readonly { invariant: string; at: number;
  message: string }[]): string[] {
  const lines: { at: number; text: string }[] = [];
  for (const e of history) {
    if (e.type === 'ControllerEvent' && e.reason === CHAOS_INJECTED) lines.push({ at: e.at, text: e.message });
    else if (e.type === 'NodeRecovered') lines.push({ at: e.at, text: `Node/${e.node} recovered` });
  }
  // The first violation of each invariant tells the story; the rest are counted.
  const shown = new Map<string, number>();
  for (const v of violations) shown.set(v.invariant, (shown.get(v.invariant) ?? 0) + 1);
  for (const [inv, n] of shown) {
    const v = violations.find((x) => x.invariant === inv)!;
    lines.push(
      { at: v.at,
        text: `${inv} broken: ${v.message}${n > 1 ? ` (and ${n - 1} more violation${n > 2 ? 's' : ''} of ` +
          `${inv})` : ''}` });
  }
  return lines.sort((a, b) => a.at - b.at).map((l) => `${formatDuration(l.at)} ${l.text}`);
}
