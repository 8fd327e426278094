import { cronJobForbid } from './cronJobForbid.js';
import { daemonSetOnePerNode } from './daemonSetOnePerNode.js';
import { jobCompletions } from './jobCompletions.js';
import { legalPhaseTransitions } from './legalPhaseTransitions.js';
import { noOvercommit } from './noOvercommit.js';
import { noRunningContainerInTerminatedPod } from './noRunningContainerInTerminatedPod.js';
import { pdbRespected } from './pdbRespected.js';
import { podOnOneNode } from './podOnOneNode.js';
import { replicasConverge } from './replicasConverge.js';
import { restartCountMonotonic } from './restartCountMonotonic.js';
import { statefulSetOrdinals } from './statefulSetOrdinals.js';
/** The built-in catalogue, in a fixed order (reports list violations in this order). */
export function builtinInvariants(opts = {}) {
    return [
        replicasConverge(opts), daemonSetOnePerNode(opts), statefulSetOrdinals(opts), noOvercommit, legalPhaseTransitions,
        jobCompletions, cronJobForbid, pdbRespected, restartCountMonotonic, podOnOneNode, noRunningContainerInTerminatedPod,
    ];
}
/**
 * Named invariants: the built-ins plus the user's own. Registering a name twice throws, as
 * kube-scheduler's runtime.Registry.Register does.
 */
export class InvariantRegistry {
    #byName = new Map();
    constructor(initial = builtinInvariants()) {
        for (const i of initial)
            this.register(i);
    }
    register(inv) {
        if (!inv || typeof inv.name !== 'string' || typeof inv.check !== 'function'
            || (inv.when !== 'batch' && inv.when !== 'end'))
            throw new TypeError(`not an invariant: want {name, description, when: 'batch' | 'end', check(ctx)}, got ${JSON.stringify(inv)}`);
        if (this.#byName.has(inv.name))
            throw new Error(`an invariant named ${inv.name} is already registered`);
        this.#byName.set(inv.name, inv);
    }
    get(name) {
        return this.#byName.get(name);
    }
    names() {
        return [...this.#byName.keys()];
    }
    all() {
        return [...this.#byName.values()];
    }
    /** Looks up names, throwing one error that lists the unknown ones and the known ones. */
    select(names) {
        const unknown = names.filter((n) => !this.#byName.has(n));
        if (unknown.length)
            throw new RangeError(`unknown invariant${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: ${this.names().join(', ')})`);
        return names.map((n) => this.#byName.get(n));
    }
}
