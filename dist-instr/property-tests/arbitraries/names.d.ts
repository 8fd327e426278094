import fc from 'fast-check';
/** DNS-1123 labels from a small alphabet: short, readable names that shrink towards "a". */
export declare const dnsLabel: () => fc.Arbitrary<string>;
/** `{app: <name>}` labels, the selector every workload arbitrary uses. */
export declare const appLabels: (name: string) => Record<string, string>;
