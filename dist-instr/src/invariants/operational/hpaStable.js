import { getObject } from '../../reducers/state.js';
import { formatDuration } from '../../api/time.js';
import { mkViolation, selects, selectorParam } from './monitor.js';
/** A scale-direction reversal sooner than this after the previous rescale is flapping (default). */
export const DEFAULT_HPA_WINDOW_MS = 3 * 60_000;
function make(p) {
    const window = p.window ?? DEFAULT_HPA_WINDOW_MS;
    const last = new Map();
    const found = [];
    const reported = new Set();
    return {
        facts(batch, state, previous) {
            for (const e of batch) {
                if (e.type !== 'ControllerEvent' || e.resource !== 'horizontalpodautoscalers'
                    || e.reason !== 'SuccessfulRescale')
                    continue;
                const hpa = getObject(state, 'horizontalpodautoscalers', e.key);
                if (!hpa || !selects(p.selector, hpa.metadata.labels))
                    continue;
                const to = Number(/New size: (\d+)/.exec(e.message)?.[1] ?? NaN);
                const was = getObject(previous, 'horizontalpodautoscalers', e.key)?.status?.currentReplicas;
                const prev = last.get(e.key);
                const from = prev?.to ?? was ?? to;
                const r = { at: e.at, from, to };
                last.set(e.key, r);
                if (!prev || reported.has(e.key) || Number.isNaN(to))
                    continue;
                const up = (x) => x.to > x.from;
                if (up(prev) === up(r) || e.at - prev.at >= window || prev.to === prev.from || to === from)
                    continue;
                reported.add(e.key);
                const ref = `HorizontalPodAutoscaler/${e.key}`;
                const sw = hpa.spec.behavior;
                const stab = up(r) ? sw?.scaleUp?.stabilizationWindowSeconds : sw?.scaleDown?.stabilizationWindowSeconds;
                found.push(mkViolation('hpa-stable', e.at, `${ref} scaled ${up(prev) ? 'up' : 'down'} from ${prev.from} to ${prev.to} at ` +
                    (`${formatDuration(prev.at)}, then ${up(r) ? 'up' : 'down'} to ${to} at ${formatDuration(e.at)}, ` +
                        `${formatDuration(e.at - prev.at)} later (within ${formatDuration(window)})${stab !== undefined ? `; ` +
                            `${up(r) ? 'scaleUp' : 'scaleDown'}.stabilizationWindowSeconds is ${stab}` : ''}`), [ref]));
            }
        },
        instant() {
            return found.splice(0);
        },
    };
}
export const hpaStable = {
    name: 'hpa-stable',
    description: 'no HorizontalPodAutoscaler reverses its scale direction within a window (flapping)',
    params: [
        selectorParam('labels of the HPAs judged'),
        { name: 'window', type: 'duration', help: `reversal window (default ${formatDuration(DEFAULT_HPA_WINDOW_MS)})` },
    ],
    make,
};
