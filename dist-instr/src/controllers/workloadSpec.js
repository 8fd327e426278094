/**
 * A workload's spec as the controller reads it, with the WorkloadSpec fields as API defaulting
 * leaves them (apps/v1 defaults.go): an empty template, minReadySeconds 0, and the kind's
 * revisionHistoryLimit; the kind's own fields are still to default.
 */
export function defaultedWorkload(o, revisionHistoryLimit) {
    const s = (o.spec ?? {});
    return { ...s, template: s.template ?? { spec: { containers: [] } }, minReadySeconds: s.minReadySeconds ?? 0,
        revisionHistoryLimit: s.revisionHistoryLimit ?? revisionHistoryLimit };
}
/**
 * The strategy as API defaulting leaves it (apps/v1 defaults.go): RollingUpdate when unset, and
 * then each rollingUpdate knob unset gets its default; another type carries no rollingUpdate.
 */
export function defaultedStrategy(st, knobs) {
    const type = st?.type ?? 'RollingUpdate';
    if (type !== 'RollingUpdate')
        return { type };
    const rollingUpdate = {};
    const set = st?.rollingUpdate;
    for (const [k, d] of Object.entries(knobs))
        rollingUpdate[k] = set?.[k] ?? d;
    return { type, rollingUpdate: rollingUpdate };
}
