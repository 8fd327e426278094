import type { FieldProblem } from '../problems.js';
import { APPS_SCHEMAS } from './apps.js';
import { HPA_SCHEMAS } from './autoscaling.js';
import { BATCH_SCHEMAS } from './batch.js';
import { CORE_SCHEMAS } from './core.js';
import { POLICY_SCHEMAS } from './policy.js';
import type { Schema } from './schema.js';
import { editDistance } from '../editDistance.js';
import { INT32_MAX, INT32_MIN } from '../limits.js';

export type { Schema } from './schema.js';

const BY_KIND: Readonly<Record<string, Schema>> = { ...CORE_SCHEMAS, ...APPS_SCHEMAS, ...BATCH_SCHEMAS,
  ...POLICY_SCHEMAS };

/** The schema of a kind at an apiVersion, or undefined for kinds kubesim does not model. */
export function schemaFor(kind: string, apiVersion: string): Schema | undefined {
  if (kind === 'HorizontalPodAutoscaler') return HPA_SCHEMAS[apiVersion];
  return BY_KIND[kind];
}

function suggestion(name: string, known: readonly string[]): string {
  let best: string | undefined, bestD = Infinity;
  for (const k of known) {
    const d = k.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name, k);
    if (d < bestD) { best = k; bestD = d; }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 4)) ? ` (did you mean "${best}"?)` : '';
}

/** Go's integer ranges (2^63 is exact in a double, 2^63 - 1 is not: the int64 bound is exclusive). */
const GO_INT = {
  int32: { min: INT32_MIN, maxExclusive: INT32_MAX + 1, text: `${INT32_MIN} to ${INT32_MAX}` },
  int64: { min: -(2 ** 63), maxExclusive: 2 ** 63, text: '-9223372036854775808 to 9223372036854775807' },
} as const;
/** A number as Go prints it (no exponent for the integers that fit int64). */
const goNumber = (n: number): string => (Math.abs(n) < 1e21 ? BigInt(n).toString() : String(n));
const goType = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/**
 * Checks a value against a schema as `kubectl apply --validate=strict` does: unknown fields and
 * wrong types are errors naming the path; fields kubesim does not simulate are warnings.
 * A null value counts as absent (as in the API's JSON decoding).
 */
export function checkFields(value: unknown, schema: Schema, path: string, errors: FieldProblem[],
  warnings: FieldProblem[], warn = true): void {
  if (value === null || value === undefined) return;
  const wrong = (want: string): void => { errors.push({ path,
    message: `Invalid value: ${JSON.stringify(value)}: expected ${want}, got ${goType(value)}` }); };
  // The API server decodes JSON into Go structs (sigs.k8s.io/json over encoding/json), which
  // refuses a number that does not fit the field's Go type with this message.
  const outOfRange = (n: number, type: 'int32' | 'int64'): void => {
    const r = GO_INT[type];
    if (n < r.min || n >= r.maxExclusive) errors.push({ path,
      message: `Invalid value: ${goNumber(n)}: cannot unmarshal number ${goNumber(n)} into a field of type ` +
        `${type} (range ${r.text})` });
  };
  switch (schema.t) {
    case 'any': return;
    case 'string': if (typeof value !== 'string') wrong('string (quote numbers and booleans in YAML)'); return;
    case 'integer': if (typeof value !== 'number' || !Number.isInteger(value)) wrong('integer'); else outOfRange(value,
      'int32'); return;
    case 'int64': if (typeof value !== 'number' || !Number.isInteger(value)) wrong('integer'); else outOfRange(value,
      'int64'); return;
    case 'number': if (typeof value !== 'number') wrong('number'); return;
    case 'boolean': if (typeof value !== 'boolean') wrong('boolean'); return;
    case 'quantity': if (typeof value !== 'string' && typeof value !== 'number') wrong(
      'quantity (string or number)'); return;
    case 'intOrString':
      if (typeof value !== 'string' && !(typeof value === 'number' && Number.isInteger(value))) wrong(
        'integer or string');
      else if (typeof value === 'number') outOfRange(value, 'int32');
      return;
    case 'unmodeled':
      if (warn) warnings.push(
        { path, message: `not simulated by kubesim: accepted and ignored${schema.note ? ` (${schema.note})` : ''}` });
      checkFields(value, schema.of, path, errors, warnings, false);
      return;
    case 'list':
      if (!Array.isArray(value)) { wrong('list'); return; }
      value.forEach((v, i) => {
        // A null entry is not "absent": kubectl's validation refuses it (`unknown object type "nil"`).
        if (v === null) errors.push({ path: `${path}[${i}]`,
          message: 'unknown object type "nil": a list entry may not be null' });
        else checkFields(v, schema.of, `${path}[${i}]`, errors, warnings, warn);
      });
      return;
    case 'map':
      if (typeof value !== 'object' || Array.isArray(value)) { wrong('map'); return; }
      for (const [k, v] of Object.entries(value)) checkFields(v, schema.of, join(path, k), errors, warnings, warn);
      return;
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) { wrong('object'); return; }
      const known = Object.keys(schema.fields);
      for (const [k, v] of Object.entries(value)) {
        const f = Object.hasOwn(schema.fields, k) ? schema.fields[k] : undefined;
        if (!f) errors.push({ path: join(path, k), message: `unknown field${suggestion(k, known)}` });
        else checkFields(v, f, join(path, k), errors, warnings, warn);
      }
      return;
    }
  }
}
