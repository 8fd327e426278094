import { controller } from '../../src/controllers/controller.js';
import { manageReplicas, replicaSetDef } from '../../src/controllers/replicaset/replicaSet.js';
/**
 * A planted bug for the fuzzer's tests (issue #6), kept out of src/: ReplicaSets aim for one
 * replica too few. The ReplicaSet controller is rebuilt with its replica manager wrapped (it sees
 * spec.replicas - 1), and replaces the built-in one of the same name (engine/components.ts
 * withComponents). Loaded as a `--plugin` module by kubesim run/check/fuzz, or its `components`
 * handed to a Simulation directly.
 */
const offByOne = (state, ctx, resource, rs, pods) => {
    const spec = (rs.spec ?? {});
    const replicas = spec.replicas ?? 1;
    return manageReplicas(state, ctx, resource, replicas > 0 ? { ...rs, spec: { ...spec, replicas: replicas - 1 } }
        : rs, pods);
};
export const components = [controller(replicaSetDef('replicasets', offByOne))];
