import { type Invariant } from './types.js';
/**
 * A DaemonSet never runs two active pods on one node (the DaemonSet controller's one-per-node
 * rule), and, once the cluster has been undisturbed for `settle` ms at the end of a run, every
 * node that plainly should run one does: Ready, without taints, matching the template's
 * nodeSelector. Nodes with taints or affinity rules are not judged (tolerations decide there).
 */
export declare function daemonSetOnePerNode(opts?: {
    settle?: number;
}): Invariant;
