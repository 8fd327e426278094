import { EventQueue } from '../clock/eventQueue.js';
import { millis } from '../api/ids.js';
/**
 * The timed replay of a trace: each pod is applied at its creation time and deleted at its
 * deletion time. Pods arrive in creation order (a file read row by row); the deletions waiting
 * for their time sit in a heap, so memory follows the pods alive at once, not the trace's
 * length. At one instant, deletions come before creations (what leaves at t frees room for
 * what arrives at t), except a pod's own deletion, which always follows its creation.
 */
export function* timedSteps(pods) {
    const deletions = new EventQueue();
    const drainUntil = function* (t) {
        while (deletions.size > 0 && deletions.peekTime() < t)
            yield deletions.pop().item;
    };
    for (const p of pods) {
        yield* drainUntil(p.createAt + 1);
        const { name, namespace } = p.pod.metadata;
        yield { at: p.createAt, action: { kind: 'apply', objects: [
                    { object: p.pod, source: { file: p.source, object: `Pod/${name}` } }
                ] },
            source: { file: p.source } };
        if (p.deleteAt !== undefined) {
            deletions.push(p.deleteAt, {
                at: p.deleteAt, source: { file: p.source },
                action: { kind: 'delete', resource: 'pods', objectKind: 'Pod', namespace, name },
            });
        }
    }
    yield* drainUntil(Number.POSITIVE_INFINITY);
}
/** Trace seconds to virtual milliseconds. */
export const seconds = (s) => millis(s * 1000);
