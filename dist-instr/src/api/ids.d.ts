/**
 * Virtual time: an integer number of milliseconds since the scenario's start.
 * Never a float, never wall-clock time.
 */
export type Millis = number;
/** Validates a virtual time or duration: virtual time is whole milliseconds. */
export declare function millis(n: number): Millis;
/** metadata.uid of a Pod (or any object): a UUID drawn from the seeded generator. */
export type Uid = string;
/** metadata.name of a Node. */
export type NodeName = string;
/** `namespace/name`, as kube-controller-manager's cache.MetaNamespaceKeyFunc builds it. */
export type ObjectKey = string;
export declare const objectKey: (namespace: string | undefined, name: string) => ObjectKey;
/** An object's key in its store: `namespace/name`, or `name` when cluster scoped. */
export declare const keyOf: (o: {
    readonly metadata: {
        readonly namespace?: string;
        readonly name: string;
    };
}) => string;
export declare function splitKey(key: ObjectKey): {
    namespace: string;
    name: string;
};
