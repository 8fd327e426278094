/**
 * Reads a Kubernetes object sent as application/vnd.kubernetes.protobuf, as client-go's typed
 * clients send it (kubectl's `create namespace`, `create deployment`, `create configmap`, ...).
 * The body is "k8s\0" and a runtime.Unknown (apimachinery runtime/serializer/protobuf/protobuf.go:
 * typeMeta 1, raw 2, contentEncoding 3, contentType 4); raw is the typed message, read here with
 * the field table of messages.ts into the object its JSON would have been: a non-pointer field
 * marked omitempty is left out when empty (the protobuf encoder writes it, encoding/json does not),
 * a zero Time is null, a Quantity its string, an IntOrString its int or string, bytes base64.
 */
import { MESSAGES } from './messages.js';
import { LENGTH_DELIMITED, VARINT, WireError, WireReader } from './wire.js';

/** runtime/serializer/protobuf/protobuf.go protoEncodingPrefix. */
const MAGIC = [0x6b, 0x38, 0x73, 0x00];

/** The Go package each API group's types come from, as messages.ts names them. */
const PACKAGES: Readonly<Record<string, string>> = { v1: 'core', 'apps/v1': 'apps', 'batch/v1': 'batch',
  'policy/v1': 'policy', 'scheduling.k8s.io/v1': 'scheduling', 'autoscaling/v2': 'autoscaling',
  'autoscaling/v1': 'autoscalingv1' };

interface Field { readonly name: string; readonly type: string; readonly inline: boolean; readonly omitEmpty: boolean;
  readonly order: number }

const tables = new Map<string, Map<number, Field>>();

function fieldsOf(message: string): Map<number, Field> {
  let t = tables.get(message);
  if (t) return t;
  const spec = MESSAGES[message];
  if (spec === undefined) throw new WireError(`no field table for ${message}`);
  t = new Map(spec.split(' ').map((w, order) => {
    const [, n, inline, omit, name, type] = /^(\d+)(\^?)(\??)(\w*):(.+)$/.exec(w)!;
    return [Number(n), { name, type, inline: inline !== '', omitEmpty: omit !== '', order }];
  }));
  tables.set(message, t);
  return t;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A nested message's fields by number: the last value of each (proto2 semantics for singular fields). */
function scalarsOf(bytes: Uint8Array): Map<number, bigint | Uint8Array> {
  const r = new WireReader(bytes), out = new Map<number, bigint | Uint8Array>();
  while (!r.done) {
    const { number, wire } = r.key();
    if (wire === VARINT) out.set(number, r.varint());
    else if (wire === LENGTH_DELIMITED) out.set(number, r.bytes());
    else r.skip(wire);
  }
  return out;
}

const text = (v: bigint | Uint8Array | undefined): string => (v instanceof Uint8Array ? utf8.decode(v) : '');
const int = (v: bigint | Uint8Array | undefined): number => (typeof v === 'bigint' ? Number(v) : 0);

/** RFC 3339 in seconds, as metav1.Time marshals; undefined for the zero time (JSON null). */
function time(bytes: Uint8Array): string | undefined {
  const f = scalarsOf(bytes), seconds = int(f.get(1));
  if (seconds === 0 && int(f.get(2)) === 0) return undefined;
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** One value of a field's element type, read at the reader's position. */
function value(r: WireReader, wire: number, type: string, path: string): unknown {
  if (type === 'i') {
    if (wire !== VARINT) throw new WireError(`${path}: an integer with wire type ${wire}`);
    return Number(r.varint());
  }
  if (type === 'b') return r.varint() !== 0n;
  if (type === 'd') return r.fixed64().getFloat64(0, true);
  if (wire !== LENGTH_DELIMITED) throw new WireError(`${path}: wire type ${wire} where ${type} takes bytes`);
  const bytes = r.bytes();
  switch (type) {
    case 's': return utf8.decode(bytes);
    case 'y': return Buffer.from(bytes).toString('base64');
    case 'q': return text(scalarsOf(bytes).get(1));
    case 'o': {
      const f = scalarsOf(bytes);
      return int(f.get(1)) === 1 ? text(f.get(3)) : int(f.get(2));
    }
    case 't': return time(bytes);
    case 'r': return bytes.length ? JSON.parse(text(scalarsOf(bytes).get(1)) || 'null') : undefined;
    default:
      if (type.length === 1) throw new WireError(`${path}: kubesim does not read ${type} values`);
      return message(bytes, type, path);
  }
}

const isEmpty = (v: unknown): boolean => v === '' || v === 0 || v === false || v === undefined;

/** A map entry (key 1, value 2). */
function mapEntry(bytes: Uint8Array, type: string, path: string): [string, unknown] {
  const r = new WireReader(bytes);
  let key = '', val: unknown = type === 's' ? '' : undefined;
  while (!r.done) {
    const { number, wire } = r.key();
    if (number === 1) key = utf8.decode(r.bytes());
    else if (number === 2) val = value(r, wire, type, `${path}[${key}]`);
    else r.skip(wire);
  }
  return [key, val];
}

/** A message of `type` as its JSON object, keys in the Go struct's order. */
function message(bytes: Uint8Array, type: string, path: string): Record<string, unknown> {
  const fields = fieldsOf(type), r = new WireReader(bytes);
  const found = new Map<Field, unknown>();
  while (!r.done) {
    const { number, wire } = r.key();
    const f = fields.get(number);
    if (!f) {
      // A field kubesim's Kubernetes version does not have: an empty one (written because Go writes
      // every non-pointer field) is nothing; a set one would be lost, so it is refused.
      if (!r.skip(wire)) throw new WireError(`${path}: field number ${number} of ${type} is not in Kubernetes v1.34`);
      continue;
    }
    const at = f.inline ? path : `${path}.${f.name}`;
    if (f.type.startsWith('*')) {
      const elem = f.type.slice(1), list = (found.get(f) ?? []) as unknown[];
      const packed = wire === LENGTH_DELIMITED && (elem === 'i' || elem === 'b');
      if (packed) for (const sub = new WireReader(r.bytes()); !sub.done;) list.push(value(sub, VARINT, elem, at));
      else list.push(value(r, wire, elem, `${at}[${list.length}]`));
      found.set(f, list);
    } else if (f.type.startsWith('{')) {
      if (wire !== LENGTH_DELIMITED) throw new WireError(`${at}: a map entry with wire type ${wire}`);
      const map = (found.get(f) ?? {}) as Record<string, unknown>;
      const [k, v] = mapEntry(r.bytes(), f.type.slice(1), at);
      map[k] = v;
      found.set(f, map);
    } else found.set(f, value(r, wire, f.type, at));
  }
  const out: Record<string, unknown> = {};
  for (const [f, v] of [...found].sort((a, b) => a[0].order - b[0].order)) {
    if (v === undefined || (f.omitEmpty && isEmpty(v))) continue;
    if (f.inline) Object.assign(out, v);
    else out[f.name] = v;
  }
  return out;
}

/** The root message of an apiVersion and kind, when kubesim reads it in protobuf. */
const rootOf = (apiVersion: string, kind: string): string | undefined => {
  const pkg = PACKAGES[apiVersion], name = pkg && `${pkg}.${kind}`;
  return name && MESSAGES[name] !== undefined ? name : undefined;
};

/**
 * The object in a protobuf body, with apiVersion and kind first, or a WireError saying what could
 * not be read (a kind kubesim has no table for, a malformed body).
 */
export function decodeKubernetesProtobuf(body: Uint8Array): Record<string, unknown> {
  if (body.length < 4 || MAGIC.some((b, i) => body[i] !== b)) {
    throw new WireError('the body does not start with the "k8s\\x00" prefix of Kubernetes protobuf');
  }
  const unknown = scalarsOf(body.subarray(4));
  const typeMeta = scalarsOf((unknown.get(1) as Uint8Array | undefined) ?? new Uint8Array());
  const apiVersion = text(typeMeta.get(1)), kind = text(typeMeta.get(2));
  const encoding = text(unknown.get(3));
  if (encoding !== '') throw new WireError(`contentEncoding ${encoding} is not supported`);
  const root = rootOf(apiVersion, kind);
  if (!root) throw new WireError(`kubesim does not read ${kind || 'objects'} of ${apiVersion || 'no apiVersion'} in `
    + 'protobuf; send it as JSON');
  const raw = (unknown.get(2) as Uint8Array | undefined) ?? new Uint8Array();
  return { apiVersion, kind, ...message(raw, root, kind) };
}
