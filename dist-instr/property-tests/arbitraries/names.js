import fc from 'fast-check';
/** DNS-1123 labels from a small alphabet: short, readable names that shrink towards "a". */
export const dnsLabel = () => fc.string({ unit: fc.constantFrom(...'abcdefghij'), minLength: 1, maxLength: 6 });
/** `{app: <name>}` labels, the selector every workload arbitrary uses. */
export const appLabels = (name) => ({ app: name });
