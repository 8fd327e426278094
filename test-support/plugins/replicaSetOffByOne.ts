/**
 * A `--plugin` module for kubesim run/check/fuzz that turns on the test-only planted bug in the
 * ReplicaSet controller (src/controllers/replicaset/replicaSet.ts, plantedOffByOne): ReplicaSets aim for one replica
 * too few. The fuzz tests find and shrink it.
 */
export const options = { plantedBug: 'replicaset-off-by-one' };
