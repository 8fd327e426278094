import fc from 'fast-check';
/** Container requests in the API's quantity strings: cpu 0..2000m, memory 0..2048Mi. */
export const requests = () => fc.record({ cpu: fc.integer({ min: 0, max: 20 }).map((n) => `${n * 100}m`), memory: fc.integer({ min: 0, max: 16 }).map((n) => `${n * 128}Mi`) }, { requiredKeys: [] });
/** A container: image from a small set, optional requests. */
export const container = (name = 'main') => fc.record({ image: fc.constantFrom('nginx:1.27', 'busybox:1.36', 'redis:7'), requests: fc.option(requests(), { nil: undefined }) })
    .map(({ image, requests: r }) => ({ name, image, ...(r && Object.keys(r).length ? { resources: { requests: r } } : {}) }));
/** A pod spec with one or two containers and a restart policy when asked for one. */
export const podSpec = (restartPolicy) => fc.tuple(container('main'), fc.option(container('sidecar'), { nil: undefined }))
    .map(([a, b]) => ({ containers: b ? [a, b] : [a], ...(restartPolicy ? { restartPolicy } : {}) }));
