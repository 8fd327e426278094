/**
 * Virtual time: an integer number of milliseconds since the scenario's start.
 * Never a float, never wall-clock time.
 */
export type Millis = number;

/** Validates a virtual time or duration: virtual time is whole milliseconds. */
export function millis(n: number): Millis {
  if (!Number.isInteger(n)) throw new RangeError(`virtual time must be whole milliseconds, got ${n}`);
  return n;
}

declare const uidBrand: unique symbol;
/**
 * metadata.uid of a Pod (or any object): a UUID drawn from the seeded generator. Branded: maps keyed by uid sit
 * beside maps keyed by `namespace/name`, and a key passed for a uid would type-check silently otherwise.
 */
export type Uid = string & { readonly [uidBrand]: true };
/** Where a text (a manifest's or a log's metadata.uid, a generated UUID) becomes a uid. */
export const asUid = (s: string): Uid => s as Uid;
/** The uid of an object not stored yet (an API object without metadata.uid): it owns nothing. */
export const NO_UID = asUid('');
declare const nodeNameBrand: unique symbol;
/**
 * metadata.name of a Node. Branded: a pod's name, an object key or a uid is a string too, and passing one where a
 * node is meant type-checks silently otherwise. A node name enters through `asNodeName(s)` where a text becomes one.
 */
export type NodeName = string & { readonly [nodeNameBrand]: true };
/** Where a text (a Node's metadata.name, a manifest's spec.nodeName) becomes a node name. */
export const asNodeName = (s: string): NodeName => s as NodeName;
/** `namespace/name`, as kube-controller-manager's cache.MetaNamespaceKeyFunc builds it. */
export type ObjectKey = string;

export const objectKey = (namespace: string | undefined, name: string): ObjectKey =>
  `${namespace || 'default'}/${name}`;

/** An object's key in its store: `namespace/name`, or `name` when cluster scoped. */
export const keyOf = (o: { readonly metadata: { readonly namespace?: string; readonly name: string } }): string =>
  (o.metadata.namespace ? objectKey(o.metadata.namespace, o.metadata.name) : o.metadata.name);

export function splitKey(key: ObjectKey): { namespace: string; name: string } {
  const i = key.indexOf('/');
  return i < 0 ? { namespace: 'default', name: key } : { namespace: key.slice(0, i), name: key.slice(i + 1) };
}
