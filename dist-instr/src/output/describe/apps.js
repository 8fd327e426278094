import { formatLabels, formatLabelSelector, selectorString } from '../printers/labels.js';
import { describePodTemplate, quantityString } from './containers.js';
import { conditionsOf, intOrString, num, podStatusLine, selectorOf, spec, status, str, templateOf } from './context.js';
import { describeObject } from './object.js';
import { printAnnotations, printControlledBy, printLabels } from './writer.js';
/** The "Type \tStatus\tReason" conditions table of Deployments and ReplicaSets. */
function conditionTable(w, o) {
    const cs = conditionsOf(o);
    if (!cs.length)
        return;
    w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
    w.write(1, '----\t------\t------\n');
    for (const c of cs)
        w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
}
/** Canonical JSON (sorted keys) for comparing pod templates. */
const canonical = (v) => JSON.stringify(v, (_k, x) => (x && typeof x === 'object'
    && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));
const HASH_LABEL = 'pod-template-hash';
/** deploymentutil EqualIgnoreHash: the templates are equal once the pod-template-hash label is taken out. */
function templateKey(t) {
    const tt = (t ?? {});
    const labels = { ...(tt.metadata?.labels ?? {}) };
    delete labels[HASH_LABEL];
    return canonical({ ...tt, metadata: { ...(tt.metadata ?? {}), labels } });
}
const rsList = (rss) => rss.map((rs) => `${rs.metadata.name} (${num(status(rs).replicas)}/${num(spec(rs).replicas)} replicas created)`).join(', ')
    || '<none>';
/** describe.go describeDeployment; old and new ReplicaSets as deploymentutil.GetAllReplicaSets finds them. */
export function describeDeployment(d, ctx) {
    const s = spec(d), st = status(d);
    return describeObject(d, ctx, true, (w) => {
        printLabels(w, 'Labels', d.metadata.labels);
        printAnnotations(w, 'Annotations', d.metadata.annotations);
        w.write(0, `Selector:\t${selectorString(selectorOf(d))}\n`);
        w.write(0, `Replicas:\t${num(s.replicas)} desired | ${num(st.updatedReplicas)} updated | ${num(st.replicas)} total | ` +
            `${num(st.availableReplicas)} available | ${num(st.unavailableReplicas)} unavailable\n`);
        const strategy = (s.strategy ?? {});
        w.write(0, `StrategyType:\t${str(strategy.type)}\n`);
        w.write(0, `MinReadySeconds:\t${num(s.minReadySeconds)}\n`);
        if (strategy.rollingUpdate)
            w.write(0, `RollingUpdateStrategy:\t${intOrString(strategy.rollingUpdate.maxUnavailable)}` +
                ` max unavailable, ${intOrString(strategy.rollingUpdate.maxSurge)} max surge\n`);
        describePodTemplate(w, templateOf(s));
        conditionTable(w, d);
        const owned = ctx.list('replicasets').filter((rs) => rs.metadata.ownerReferences?.some((r) => r.controller
            && r.uid === d.metadata.uid));
        const key = templateKey(s.template);
        const newRS = [...owned].sort((a, b) => (a.metadata.creationTimestamp ?? 0) - (b.metadata.creationTimestamp ?? 0))
            .find((rs) => templateKey(spec(rs).template) === key);
        const old = owned.filter((rs) => rs !== newRS);
        if (owned.length) {
            w.write(0, `OldReplicaSets:\t${rsList(old)}\n`);
            w.write(0, `NewReplicaSet:\t${rsList(newRS ? [newRS] : [])}\n`);
        }
    });
}
/** describe.go describeReplicaSet. */
export function describeReplicaSet(rs, ctx) {
    return describeObject(rs, ctx, false, (w) => {
        w.write(0, `Selector:\t${formatLabelSelector(selectorOf(rs))}\n`);
        printLabels(w, 'Labels', rs.metadata.labels);
        printAnnotations(w, 'Annotations', rs.metadata.annotations);
        printControlledBy(w, rs.metadata.ownerReferences);
        w.write(0, `Replicas:\t${num(status(rs).replicas)} current / ${num(spec(rs).replicas)} desired\n`);
        w.write(0, `Pods Status:\t${podStatusLine(rs, ctx.pods)}\n`);
        describePodTemplate(w, templateOf(spec(rs)));
        conditionTable(w, rs);
    });
}
/** storageutil.GetPersistentVolumeClaimClass: spec.storageClassName, else the beta annotation, else "". */
const claimClass = (pvc) => str(spec(pvc).storageClassName
    ?? pvc.metadata.annotations?.['volume.beta.kubernetes.io/storage-class']);
/** describe.go describeStatefulSet (kubectl 1.34) and describeVolumeClaimTemplates. */
export function describeStatefulSet(ss, ctx) {
    const s = spec(ss);
    return describeObject(ss, ctx, true, (w) => {
        w.write(0, `Selector:\t${selectorString(selectorOf(ss))}\n`);
        printLabels(w, 'Labels', ss.metadata.labels);
        printAnnotations(w, 'Annotations', ss.metadata.annotations);
        w.write(0, `Replicas:\t${num(s.replicas)} desired | ${num(status(ss).replicas)} total\n`);
        const strategy = (s.updateStrategy ?? {});
        w.write(0, `Update Strategy:\t${str(strategy.type)}\n`);
        const ru = strategy.rollingUpdate;
        if (ru?.partition !== undefined) {
            w.write(1, `Partition:\t${ru.partition}\n`);
            if (ru.maxUnavailable !== undefined)
                w.write(1, `MaxUnavailable:\t${intOrString(ru.maxUnavailable)}\n`);
        }
        w.write(0, `Pods Status:\t${podStatusLine(ss, ctx.pods)}\n`);
        describePodTemplate(w, templateOf(s));
        const claims = (s.volumeClaimTemplates ?? []);
        if (!claims.length)
            w.write(0, 'Volume Claims:\t<none>\n');
        else
            w.write(0, 'Volume Claims:\n');
        for (const pvc of claims) {
            w.write(1, `Name:\t${pvc.metadata.name}\n`);
            w.write(1, `StorageClass:\t${claimClass(pvc)}\n`);
            printLabels(w, 'Labels', pvc.metadata.labels, '  ');
            printLabels(w, 'Annotations', pvc.metadata.annotations, '  ');
            const ps = spec(pvc);
            const storage = ps.resources?.requests?.storage;
            w.write(1, `Capacity:\t${storage === undefined ? '<default>' : quantityString(storage)}\n`);
            w.write(1, `Access Modes:\t[${(ps.accessModes ?? []).join(' ')}]\n`);
        }
    });
}
/** describe.go describeDaemonSet. */
export function describeDaemonSet(ds, ctx) {
    const s = spec(ds), st = status(ds);
    return describeObject(ds, ctx, false, (w) => {
        w.write(0, `Selector:\t${selectorString(selectorOf(ds))}\n`);
        w.write(0, `Node-Selector:\t${formatLabels(templateOf(s)?.spec.nodeSelector)}\n`);
        printLabels(w, 'Labels', ds.metadata.labels);
        printAnnotations(w, 'Annotations', ds.metadata.annotations);
        w.write(0, `Desired Number of Nodes Scheduled: ${num(st.desiredNumberScheduled)}\n`);
        w.write(0, `Current Number of Nodes Scheduled: ${num(st.currentNumberScheduled)}\n`);
        w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${num(st.updatedNumberScheduled)}\n`);
        w.write(0, `Number of Nodes Scheduled with Available Pods: ${num(st.numberAvailable)}\n`);
        w.write(0, `Number of Nodes Misscheduled: ${num(st.numberMisscheduled)}\n`);
        w.write(0, `Pods Status:\t${podStatusLine(ds, ctx.pods)}\n`);
        describePodTemplate(w, templateOf(s));
    });
}
