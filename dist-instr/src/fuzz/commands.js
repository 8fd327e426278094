import fc from 'fast-check';
import { formatDuration } from '../api/time.js';
import { CHAOS_FAULTS, CHAOS_OPERATIONS } from '../scenario/types.js';
export const CHAOS_KINDS = [...CHAOS_FAULTS, ...CHAOS_OPERATIONS];
/** The op as a line of a log: `3m10s nodeLost (pick 2, back after 1m)`. */
export function describeOp(op) {
    const extra = [`pick ${op.pick}`, ...(op.recoverAfter !== undefined
            ? [`back after ${formatDuration(op.recoverAfter)}`] : []),
        ...(op.delta !== undefined ? [`${op.delta > 0 ? '+' : ''}${op.delta} replicas`] : []),
        ...(op.delay !== undefined ? [`up after ${formatDuration(op.delay)}`] : [])];
    return `${formatDuration(op.at)} ${op.kind} (${extra.join(', ')})`;
}
/**
 * A fault or operation as a fast-check command: it waits `wait` ms after the previous one and
 * runs only while the case stays before `maxAt` (its precondition), so fast-check's command
 * shrinking removes commands and shortens waits, and what remains is still a valid case.
 */
class ChaosCommand {
    wait;
    op;
    maxAt;
    constructor(wait, op, maxAt) {
        this.wait = wait;
        this.op = op;
        this.maxAt = maxAt;
    }
    check(m) { return m.at + this.wait <= this.maxAt; }
    run(m, plan) { m.at += this.wait; plan.push({ ...this.op, at: m.at }); }
    toString() { return `${this.op.kind}(pick ${this.op.pick}) after ${formatDuration(this.wait)}`; }
}
/** How heavily each kind is drawn: node faults find the most hazards, so they come twice as often. */
const WEIGHT = { nodeLost: 3, nodeNotReady: 1, zoneLost: 1, drain: 2, setImage: 2,
    apply: 1, crash: 2 };
const secs = (min, max) => fc.integer({ min, max }).map((s) => s * 1000);
/** The arbitrary of one kind's parameters. */
function opOf(kind) {
    const pick = fc.nat({ max: 63 });
    switch (kind) {
        case 'nodeLost':
        case 'zoneLost':
            // One in three is lost for good: the hazards of a node that never comes back (a StatefulSet
            // ordinal never recreated, replicas short) need it, and recoveries are still the most.
            return fc.record({ pick, recoverAfter: fc.option(secs(30, 600), { nil: undefined, freq: 2 }) }).map((r) => ({ kind, pick: r.pick, ...(r.recoverAfter !== undefined ? { recoverAfter: r.recoverAfter } : {}) }));
        case 'nodeNotReady':
            return fc.record({ pick, recoverAfter: secs(20, 120) }).map((r) => ({ kind, ...r }));
        case 'cordon':
        case 'drain':
            // Maintenance ends: the node is uncordoned (removeNode is the operation that takes one for good).
            return fc.record({ pick, recoverAfter: secs(60, 600) }).map((r) => ({ kind, ...r }));
        case 'imagePullFail':
            // At most 5 min: with the image back-off (10 s doubling) the pod is back within availability's 10 min.
            return fc.record({ pick, recoverAfter: secs(30, 300) }).map((r) => ({ kind, ...r }));
        case 'slowStart':
            return fc.record({ pick, delay: secs(10, 300) }).map((r) => ({ kind, ...r }));
        case 'scale':
            return fc.record({ pick, delta: fc.constantFrom(1, -1) }).map((r) => ({ kind, ...r }));
        default:
            return pick.map((p) => ({ kind, pick: p }));
    }
}
/**
 * Cases as sequences of faults and operations over time: fast-check commands (fc.commands),
 * turned into plain ChaosOps by running them against the time model (fc.modelRun). Shrinks
 * towards fewer commands, shorter waits and the first candidate.
 */
export function chaosOps(kinds, maxAt, maxOps) {
    if (kinds.length === 0 || maxOps === 0)
        return fc.constant([]);
    const maxWait = Math.max(1, Math.floor(maxAt / 1000 / Math.max(2, Math.ceil(maxOps / 2))));
    const commands = kinds.map((k) => ({
        weight: WEIGHT[k] ?? 1,
        arbitrary: fc.tuple(secs(0, maxWait), opOf(k)).map(([wait, op]) => new ChaosCommand(wait, op, maxAt)),
    }));
    return fc.commands([fc.oneof(...commands)], { maxCommands: maxOps }).map((cmds) => {
        const plan = [];
        fc.modelRun(() => ({ model: { at: 0 }, real: plan }), cmds);
        return plan;
    });
}
