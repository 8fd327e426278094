import fc from 'fast-check';
/** One `nodes:` entry of a scenario: `count` nodes named `<prefix><i>` with cpu/memory capacity. */
export declare const nodeGroup: (prefix?: string) => fc.Arbitrary<Record<string, unknown>>;
/** A cluster: one or two node groups (prefixes node- and big-). */
export declare const cluster: () => fc.Arbitrary<Record<string, unknown>[]>;
