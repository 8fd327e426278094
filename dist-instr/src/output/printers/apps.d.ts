import type { Container } from '../../api/types.js';
import { type Printer } from './types.js';
/** The pod template's containers of a workload (spec.template.spec.containers). */
export declare const templateContainers: (spec: Record<string, unknown>) => readonly Container[];
/** printers.go layoutContainerCells: container names and images, each joined by commas. */
export declare const containerCells: (cs: readonly Container[]) => [string, string];
/** printDeployment: READY is readyReplicas/spec.replicas. */
export declare const deploymentPrinter: Printer;
/** printReplicaSet: DESIRED spec.replicas, CURRENT status.replicas, READY status.readyReplicas. */
export declare const replicaSetPrinter: Printer;
/** printReplicationController: as a ReplicaSet, with a map selector (labels.SelectorFromSet). */
export declare const replicationControllerPrinter: Printer;
/** printStatefulSet: READY readyReplicas/spec.replicas; wide adds containers and images (no selector). */
export declare const statefulSetPrinter: Printer;
/** printDaemonSet: the status counters and the template's nodeSelector (labels.FormatLabels). */
export declare const daemonSetPrinter: Printer;
