/**
 * core/v1 helper Toleration.ToleratesTaint (staging/src/k8s.io/api/core/v1/toleration.go):
 * effect (empty matches all), key (empty matches all), then Exists, or Equal on value.
 * The one implementation used by admission, the scheduler, the DaemonSet controller and taint eviction.
 */
export function toleratesTaint(t, taint) {
    if (t.effect && t.effect !== taint.effect)
        return false;
    if (t.key && t.key !== taint.key)
        return false;
    switch (t.operator ?? 'Equal') {
        case 'Exists': return true;
        case 'Equal': return (t.value ?? '') === (taint.value ?? '');
        default: return false;
    }
}
/** v1helper.TolerationsTolerateTaint: some toleration tolerates the taint. */
export const tolerationsTolerateTaint = (tols, taint) => tols.some((t) => toleratesTaint(t, taint));
/** v1helper.FindMatchingUntoleratedTaint: the first taint (passing `filter`) no toleration tolerates. */
export function findUntoleratedTaint(taints, tolerations, filter) {
    for (const taint of taints ?? []) {
        if (!filter(taint))
            continue;
        if (!tolerationsTolerateTaint(tolerations, taint))
            return taint;
    }
    return undefined;
}
