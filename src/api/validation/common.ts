import type { FieldProblem } from '../../scenario/errors.js';
import { isNegative, quantityError } from '../quantity.js';

export type Problems = FieldProblem[];
export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** RFC 1123 DNS label (apimachinery validation.IsDNS1123Label): container names, label-like names. */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** RFC 1123 DNS subdomain (IsDNS1123Subdomain): object names. */
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export function dnsLabel(p: Problems, path: string, v: unknown): void {
  if (typeof v !== 'string' || v === '') { p.push({ path, message: 'Required value' }); return; }
  if (v.length > 63 || !DNS1123_LABEL.test(v)) p.push({ path, message: `Invalid value: ${JSON.stringify(v)}: a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character` });
}

export function dnsSubdomain(p: Problems, path: string, v: unknown): void {
  if (typeof v !== 'string' || v === '') { p.push({ path, message: 'Required value: name or generateName is required' }); return; }
  if (v.length > 253 || !DNS1123_SUBDOMAIN.test(v)) p.push({ path, message: `Invalid value: ${JSON.stringify(v)}: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character` });
}

/** Label keys and values (apimachinery validation.IsQualifiedName / IsValidLabelValue). */
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
export function labels(p: Problems, path: string, v: unknown): void {
  if (v === undefined || v === null) return;
  if (!isObj(v)) { p.push({ path, message: 'must be a map of string keys to string values' }); return; }
  for (const [k, val] of Object.entries(v)) {
    const slash = k.lastIndexOf('/');
    const name = slash >= 0 ? k.slice(slash + 1) : k;
    const prefix = slash >= 0 ? k.slice(0, slash) : '';
    if (!QUALIFIED_NAME.test(name) || name.length > 63 || (slash >= 0 && !DNS1123_SUBDOMAIN.test(prefix))) p.push({ path: `${path}.${k}`, message: `Invalid value: ${JSON.stringify(k)}: name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character` });
    if (typeof val !== 'string') p.push({ path: `${path}.${k}`, message: `must be a string, got ${JSON.stringify(val)} (quote numbers and booleans in YAML)` });
    else if (val.length > 63 || !LABEL_VALUE.test(val)) p.push({ path: `${path}.${k}`, message: `Invalid value: ${JSON.stringify(val)}: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character` });
  }
}

export function metadata(p: Problems, v: unknown, namespaced: boolean): void {
  if (!isObj(v)) { p.push({ path: 'metadata', message: 'Required value' }); return; }
  if (v.name === undefined && typeof v.generateName === 'string') { /* generateName alone is allowed */ } else dnsSubdomain(p, 'metadata.name', v.name);
  if (namespaced && v.namespace !== undefined) dnsLabel(p, 'metadata.namespace', v.namespace);
  labels(p, 'metadata.labels', v.labels);
  if (v.annotations !== undefined && !isObj(v.annotations)) p.push({ path: 'metadata.annotations', message: 'must be a map of string keys to string values' });
}

export function quantity(p: Problems, path: string, v: unknown, { nonNegative = true } = {}): boolean {
  const err = quantityError(v);
  if (err) { p.push({ path, message: `Invalid value: ${JSON.stringify(v)}: ${err}` }); return false; }
  if (nonNegative && isNegative(v as string)) { p.push({ path, message: `Invalid value: ${JSON.stringify(v)}: must be greater than or equal to 0` }); return false; }
  return true;
}

export function nonNegativeInt(p: Problems, path: string, v: unknown): void {
  if (v === undefined) return;
  if (typeof v !== 'number' || !Number.isInteger(v)) p.push({ path, message: `Invalid value: ${JSON.stringify(v)}: must be an integer` });
  else if (v < 0) p.push({ path, message: `Invalid value: ${v}: must be greater than or equal to 0` });
}

export function oneOf(p: Problems, path: string, v: unknown, allowed: readonly string[]): void {
  if (v === undefined) return;
  if (typeof v !== 'string' || !allowed.includes(v)) p.push({ path, message: `Unsupported value: ${JSON.stringify(v)}: supported values: ${allowed.map((a) => `"${a}"`).join(', ')}` });
}
