import { since } from './humanDuration.js';
import { formatLabels, selectorString } from './labels.js';
import { AGE_COLUMN, CONTAINERS_COLUMN, IMAGES_COLUMN, NAME_COLUMN, SELECTOR_COLUMN, col, int, rec, specOf, statusOf, } from './types.js';
/** The pod template's containers of a workload (spec.template.spec.containers). */
export const templateContainers = (spec) => rec(rec(spec.template).spec).containers ?? [];
/** printers.go layoutContainerCells: container names and images, each joined by commas. */
export const containerCells = (cs) => [cs.map((c) => c.name).join(','), cs.map((c) => c.image ?? '').join(',')];
const age = (o, now) => since(now, o.metadata.creationTimestamp);
const sel = (spec) => selectorString(spec.selector);
/** printDeployment: READY is readyReplicas/spec.replicas. */
export const deploymentPrinter = {
    columns: [NAME_COLUMN, col('Ready', 'string', 'Number of the pod with ready state'),
        col('Up-to-date', 'string', 'Total number of non-terminated pods targeted by this deployment that have the desired template spec.'),
        col('Available', 'string', 'Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.'),
        AGE_COLUMN, CONTAINERS_COLUMN, IMAGES_COLUMN, SELECTOR_COLUMN],
    row: (o, ctx) => {
        const s = specOf(o), st = statusOf(o);
        return [o.metadata.name, `${int(st.readyReplicas)}/${int(s.replicas ?? 1)}`, int(st.updatedReplicas),
            int(st.availableReplicas), age(o, ctx.now),
            ...containerCells(templateContainers(s)), sel(s)];
    },
};
const replicaColumns = [NAME_COLUMN, col('Desired', 'integer', 'Replicas is the number of desired replicas.'),
    col('Current', 'integer', 'Replicas is the most recently observed number of replicas.'),
    col('Ready', 'integer', 'The number of ready replicas for this replica set.'), AGE_COLUMN, CONTAINERS_COLUMN,
    IMAGES_COLUMN, SELECTOR_COLUMN];
/** printReplicaSet: DESIRED spec.replicas, CURRENT status.replicas, READY status.readyReplicas. */
export const replicaSetPrinter = {
    columns: replicaColumns,
    row: (o, ctx) => {
        const s = specOf(o), st = statusOf(o);
        return [o.metadata.name, int(s.replicas ?? 1), int(st.replicas), int(st.readyReplicas), age(o, ctx.now),
            ...containerCells(templateContainers(s)), sel(s)];
    },
};
/** printReplicationController: as a ReplicaSet, with a map selector (labels.SelectorFromSet). */
export const replicationControllerPrinter = {
    columns: replicaColumns,
    row: (o, ctx) => {
        const s = specOf(o), st = statusOf(o);
        const selector = formatLabels(s.selector);
        return [o.metadata.name, int(s.replicas ?? 1), int(st.replicas), int(st.readyReplicas), age(o, ctx.now),
            ...containerCells(templateContainers(s)), selector === '<none>' ? '' : selector];
    },
};
/** printStatefulSet: READY readyReplicas/spec.replicas; wide adds containers and images (no selector). */
export const statefulSetPrinter = {
    columns: [NAME_COLUMN, col('Ready', 'string', 'Number of the pod with ready state'), AGE_COLUMN, CONTAINERS_COLUMN,
        IMAGES_COLUMN],
    row: (o, ctx) => {
        const s = specOf(o), st = statusOf(o);
        return [o.metadata.name, `${int(st.readyReplicas)}/${int(s.replicas ?? 1)}`, age(o, ctx.now),
            ...containerCells(templateContainers(s))];
    },
};
/** printDaemonSet: the status counters and the template's nodeSelector (labels.FormatLabels). */
export const daemonSetPrinter = {
    columns: [NAME_COLUMN,
        col('Desired', 'integer', 'The total number of nodes that should be running the daemon pod (including nodes correctly running the daemon ' +
            'pod).'),
        col('Current', 'integer', 'The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod.'),
        col('Ready', 'integer', 'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running with ' +
            'a Ready Condition.'),
        col('Up-to-date', 'integer', 'The total number of nodes that are running updated daemon pod'),
        col('Available', 'integer', 'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and ' +
            'available (ready for at least spec.minReadySeconds)'),
        col('Node Selector', 'string', 'NodeSelector is a selector which must be true for the pod to fit on a node.'),
        AGE_COLUMN, CONTAINERS_COLUMN, IMAGES_COLUMN, SELECTOR_COLUMN],
    row: (o, ctx) => {
        const s = specOf(o), st = statusOf(o);
        const nodeSelector = rec(rec(s.template).spec).nodeSelector;
        return [o.metadata.name, int(st.desiredNumberScheduled), int(st.currentNumberScheduled), int(st.numberReady),
            int(st.updatedNumberScheduled),
            int(st.numberAvailable), formatLabels(nodeSelector), age(o, ctx.now), ...containerCells(templateContainers(s)),
            sel(s)];
    },
};
