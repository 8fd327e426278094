import { formatLabelSelector } from '../printers/labels.js';
import { rec } from '../printers/types.js';
import { intOrString, num, selectorOf, spec, status, str, conditionsOf } from './context.js';
import { quantityString } from './containers.js';
import { describeObject } from './object.js';
import { printAnnotations, printLabels } from './writer.js';
const q = (v) => (v === undefined || v === null ? '<unknown>' : quantityString(v));
/** One metric line of describeHorizontalPodAutoscalerV2 ("( current / target )"). */
function metricLine(w, m, current) {
    const type = str(m.type);
    if (type === 'Resource' || type === 'ContainerResource') {
        const r = rec(type === 'Resource' ? m.resource : m.containerResource), t = rec(r.target);
        const cur = rec(rec(current?.[type === 'Resource' ? 'resource' : 'containerResource']).current);
        w.write(1, type === 'Resource' ? `resource ${str(r.name)} on pods`
            : `resource ${str(r.name)} of container "${str(r.container)}" on pods`);
        if (t.averageValue !== undefined) {
            w.write(0, `:\t${q(cur.averageValue)} / ${q(t.averageValue)}\n`);
            return;
        }
        const c = cur.averageUtilization !== undefined ? `${num(cur.averageUtilization)}% (${q(cur.averageValue)})`
            : '<unknown>';
        const target = t.averageUtilization !== undefined ? `${num(t.averageUtilization)}%` : '<auto>';
        w.write(1, `(as a percentage of request):\t${c} / ${target}\n`);
    }
    else if (type === 'Pods') {
        const p = rec(m.pods);
        w.write(1, `${JSON.stringify(str(rec(p.metric).name))} on pods:\t` +
            `${current?.pods ? q(rec(rec(current.pods).current).averageValue) : '<unknown>'} / ` +
            `${q(rec(p.target).averageValue)}\n`);
    }
    else if (type === 'External' || type === 'Object') {
        const e = rec(type === 'External' ? m.external : m.object), t = rec(e.target);
        const cur = rec(rec(current?.[type === 'External' ? 'external' : 'object']).current);
        const avg = t.averageValue !== undefined;
        const label = avg ? '(target average value)' : '(target value)';
        const value = `${q(avg ? cur.averageValue : cur.value)} / ${q(avg ? t.averageValue : t.value)}`;
        if (type === 'External')
            w.write(1, `${JSON.stringify(str(rec(e.metric).name))} ${label}:\t${value}\n`);
        else {
            const d = rec(e.describedObject);
            w.write(1, `"${str(rec(e.metric).name)}" on ${str(d.kind)}/${str(d.name)} `);
            w.write(0, `${label}:\t${value}\n`);
        }
    }
    else
        w.write(1, `<unknown metric type ${JSON.stringify(type)}>\n`);
}
/** describe.go printDirectionBehavior. */
function direction(w, name, rules) {
    if (!rules)
        return;
    w.write(1, `${name}:\n`);
    if (rules.stabilizationWindowSeconds !== undefined)
        w.write(2, `Stabilization Window: ` +
            `${num(rules.stabilizationWindowSeconds)} seconds\n`);
    const policies = (rules.policies ?? []);
    if (!policies.length)
        return;
    w.write(2, `Select Policy: ${str(rules.selectPolicy ?? 'Max')}\n`);
    w.write(2, 'Policies:\n');
    for (const p of policies)
        w.write(3, `- Type: ${str(p.type)}\tValue: ${num(p.value)}\tPeriod: ` +
            `${num(p.periodSeconds)} seconds\n`);
}
/** describe.go describeHorizontalPodAutoscalerV2. */
export function describeHPA(hpa, ctx) {
    const s = spec(hpa), st = status(hpa), ref = rec(s.scaleTargetRef);
    return describeObject(hpa, ctx, false, (w) => {
        printLabels(w, 'Labels', hpa.metadata.labels);
        printAnnotations(w, 'Annotations', hpa.metadata.annotations);
        w.write(0, `CreationTimestamp:\t${w.time(hpa.metadata.creationTimestamp ?? 0)}\n`);
        w.write(0, `Reference:\t${str(ref.kind)}/${str(ref.name)}\n`);
        w.write(0, 'Metrics:\t( current / target )\n');
        const current = (st.currentMetrics ?? []);
        (s.metrics ?? []).forEach((m, i) => metricLine(w, m, current[i]));
        w.write(0, `Min replicas:\t${s.minReplicas === undefined ? '<unset>' : num(s.minReplicas)}\n`);
        w.write(0, `Max replicas:\t${num(s.maxReplicas)}\n`);
        if (s.behavior) {
            w.write(0, 'Behavior:\n');
            direction(w, 'Scale Up', rec(s.behavior).scaleUp);
            direction(w, 'Scale Down', rec(s.behavior).scaleDown);
        }
        w.write(0, `${str(ref.kind)} pods:\t${num(st.currentReplicas)} current / ${num(st.desiredReplicas)} desired\n`);
        const cs = conditionsOf(hpa);
        if (cs.length) {
            w.write(0, 'Conditions:\n');
            w.write(1, 'Type\tStatus\tReason\tMessage\n');
            w.write(1, '----\t------\t------\t-------\n');
            for (const c of cs)
                w.write(1, `${c.type}\t${c.status}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
        }
    });
}
/** describe.go describePodDisruptionBudgetV1. */
export function describePDB(pdb, ctx) {
    const s = spec(pdb), st = status(pdb);
    return describeObject(pdb, ctx, false, (w) => {
        if (s.minAvailable !== undefined)
            w.write(0, `Min available:\t${intOrString(s.minAvailable)}\n`);
        else if (s.maxUnavailable !== undefined)
            w.write(0, `Max unavailable:\t${intOrString(s.maxUnavailable)}\n`);
        w.write(0, `Selector:\t${s.selector ? formatLabelSelector(selectorOf(pdb)) : '<unset>'}\n`);
        w.write(0, 'Status:\n');
        w.write(2, `Allowed disruptions:\t${num(st.disruptionsAllowed)}\n`);
        w.write(2, `Current:\t${num(st.currentHealthy)}\n`);
        w.write(2, `Desired:\t${num(st.desiredHealthy)}\n`);
        w.write(2, `Total:\t${num(st.expectedPods)}\n`);
    });
}
