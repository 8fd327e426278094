import fc from 'fast-check';
/** A DaemonSet manifest selecting `app: name`. */
export declare const daemonSet: (name: string) => fc.Arbitrary<Record<string, unknown>>;
