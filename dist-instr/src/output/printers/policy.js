import { since } from './humanDuration.js';
import { AGE_COLUMN, NAME_COLUMN, col, int, specOf, statusOf } from './types.js';
/** intstr.IntOrString String(), "N/A" when unset (printPodDisruptionBudget). */
const intOrString = (v) => (typeof v === 'number' || typeof v === 'string' ? String(v) : 'N/A');
/** printPodDisruptionBudget: MIN AVAILABLE, MAX UNAVAILABLE, ALLOWED DISRUPTIONS (status.disruptionsAllowed). */
export const podDisruptionBudgetPrinter = {
    columns: [NAME_COLUMN, col('Min Available', 'string', 'The minimum number of pods that must be available.'),
        col('Max Unavailable', 'string', 'The maximum number of pods that may be unavailable.'),
        col('Allowed Disruptions', 'integer', 'Calculated number of pods that may be disrupted at this time.'), AGE_COLUMN],
    row: (o, ctx) => {
        const s = specOf(o);
        return [o.metadata.name, intOrString(s.minAvailable), intOrString(s.maxUnavailable),
            int(statusOf(o).disruptionsAllowed), since(ctx.now, o.metadata.creationTimestamp)];
    },
};
