/**
 * fmt's %+v of a *metav1.LabelSelector, which the HPA puts in external metric names and errors
 * ("external metric queue(&LabelSelector{MatchLabels:map[string]string{q: jobs,},...})"): the
 * gogo-protobuf String() of apimachinery's generated.pb.go, map keys sorted, "nil" for a nil pointer.
 */
export function goLabelSelectorString(sel) {
    if (sel === undefined || sel === null)
        return 'nil';
    const labels = Object.keys(sel.matchLabels ?? {}).sort().map((k) => `${k}: ${sel.matchLabels[k]},`).join('');
    const exprs = (sel.matchExpressions ?? []).map((r) => `LabelSelectorRequirement{Key:${r.key},Operator:${r.operator},Values:[${(r.values ?? []).join(' ')}],},`).join('');
    return `&LabelSelector{MatchLabels:map[string]string{${labels}},MatchExpressions:` +
        `[]LabelSelectorRequirement{${exprs}},}`;
}
