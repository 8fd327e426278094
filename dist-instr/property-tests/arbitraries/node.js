import fc from 'fast-check';
/** One `nodes:` entry of a scenario: `count` nodes named `<prefix><i>` with cpu/memory capacity. */
export const nodeGroup = (prefix = 'node-') => fc.record({ count: fc.integer({ min: 1, max: 4 }), cpu: fc.integer({ min: 1, max: 8 }), memoryGi: fc.integer({ min: 1, max: 16 }) })
    .map(({ count, cpu, memoryGi }) => ({ namePrefix: prefix, count, capacity: { cpu: String(cpu), memory: `${memoryGi}Gi` } }));
/** A cluster: one or two node groups (prefixes node- and big-). */
export const cluster = () => fc.tuple(nodeGroup('node-'), fc.option(nodeGroup('big-'), { nil: undefined })).map(([a, b]) => (b ? [a, b] : [a]));
