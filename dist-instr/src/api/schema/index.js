import { APPS_SCHEMAS } from './apps.js';
import { HPA_SCHEMAS } from './autoscaling.js';
import { BATCH_SCHEMAS } from './batch.js';
import { CORE_SCHEMAS } from './core.js';
import { POLICY_SCHEMAS } from './policy.js';
import { editDistance } from '../editDistance.js';
import { INT32_MAX, INT32_MIN } from '../limits.js';
const BY_KIND = { ...CORE_SCHEMAS, ...APPS_SCHEMAS, ...BATCH_SCHEMAS,
    ...POLICY_SCHEMAS };
/** The schema of a kind at an apiVersion, or undefined for kinds kubesim does not model. */
export function schemaFor(kind, apiVersion) {
    if (kind === 'HorizontalPodAutoscaler')
        return HPA_SCHEMAS[apiVersion];
    return BY_KIND[kind];
}
function suggestion(name, known) {
    let best, bestD = Infinity;
    for (const k of known) {
        const d = k.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name, k);
        if (d < bestD) {
            best = k;
            bestD = d;
        }
    }
    return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 4)) ? ` (did you mean "${best}"?)` : '';
}
/** Go's integer ranges (2^63 is exact in a double, 2^63 - 1 is not: the int64 bound is exclusive). */
const GO_INT = {
    int32: { min: INT32_MIN, maxExclusive: INT32_MAX + 1, text: `${INT32_MIN} to ${INT32_MAX}` },
    int64: { min: -(2 ** 63), maxExclusive: 2 ** 63, text: '-9223372036854775808 to 9223372036854775807' },
};
/** A number as Go prints it (no exponent for the integers that fit int64). */
const goNumber = (n) => (Math.abs(n) < 1e21 ? BigInt(n).toString() : String(n));
const goType = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const join = (path, key) => (path ? `${path}.${key}` : key);
/**
 * Checks a value against a schema as `kubectl apply --validate=strict` does: unknown fields and
 * wrong types are errors naming the path; fields kubesim does not simulate are warnings.
 * A null value counts as absent (as in the API's JSON decoding).
 */
export function checkFields(value, schema, path, errors, warnings, warn = true, rootField) {
    check(value, schema, path === '' ? [] : [path], { errors, warnings, rootField }, warn);
}
const pathOf = (stack) => {
    let out = '';
    for (const x of stack)
        out = typeof x === 'number' ? `${out}[${x}]` : join(out, x);
    return out;
};
function wrong(value, want, stack, out) {
    out.errors.push({ path: pathOf(stack),
        message: `Invalid value: ${JSON.stringify(value)}: expected ${want}, got ${goType(value)}` });
}
// The API server decodes JSON into Go structs (sigs.k8s.io/json over encoding/json), which
// refuses a number that does not fit the field's Go type with this message.
function outOfRange(n, type, stack, out) {
    const r = GO_INT[type];
    if (n < r.min || n >= r.maxExclusive)
        out.errors.push({ path: pathOf(stack),
            message: `Invalid value: ${goNumber(n)}: cannot unmarshal number ${goNumber(n)} into a field of type ` +
                `${type} (range ${r.text})` });
}
function check(value, schema, stack, out, warn) {
    if (value === null || value === undefined)
        return;
    switch (schema.t) {
        case 'any': return;
        case 'string':
            if (typeof value !== 'string')
                wrong(value, 'string (quote numbers and booleans in YAML)', stack, out);
            return;
        case 'integer':
        case 'int64':
            if (typeof value !== 'number' || !Number.isInteger(value))
                wrong(value, 'integer', stack, out);
            else
                outOfRange(value, schema.t === 'integer' ? 'int32' : 'int64', stack, out);
            return;
        case 'number':
            if (typeof value !== 'number')
                wrong(value, 'number', stack, out);
            return;
        case 'boolean':
            if (typeof value !== 'boolean')
                wrong(value, 'boolean', stack, out);
            return;
        case 'quantity':
            if (typeof value !== 'string' && typeof value !== 'number')
                wrong(value, 'quantity (string or number)', stack, out);
            return;
        case 'intOrString':
            if (typeof value !== 'string' && !(typeof value === 'number' && Number.isInteger(value)))
                wrong(value, 'integer or string', stack, out);
            else if (typeof value === 'number')
                outOfRange(value, 'int32', stack, out);
            return;
        case 'unmodeled':
            if (warn)
                out.warnings.push({ path: pathOf(stack),
                    message: `not simulated by kubesim: accepted and ignored${schema.note ? ` (${schema.note})` : ''}` });
            check(value, schema.of, stack, out, false);
            return;
        case 'list':
            if (!Array.isArray(value)) {
                wrong(value, 'list', stack, out);
                return;
            }
            for (let i = 0; i < value.length; i++) {
                stack.push(i);
                // A null entry is not "absent": kubectl's validation refuses it (`unknown object type "nil"`).
                if (value[i] === null)
                    out.errors.push({ path: pathOf(stack),
                        message: 'unknown object type "nil": a list entry may not be null' });
                else
                    check(value[i], schema.of, stack, out, warn);
                stack.pop();
            }
            return;
        case 'map':
            if (typeof value !== 'object' || Array.isArray(value)) {
                wrong(value, 'map', stack, out);
                return;
            }
            for (const k in value) {
                if (!Object.hasOwn(value, k))
                    continue;
                stack.push(k);
                check(value[k], schema.of, stack, out, warn);
                stack.pop();
            }
            return;
        case 'object': {
            if (typeof value !== 'object' || Array.isArray(value)) {
                wrong(value, 'object', stack, out);
                return;
            }
            for (const k in value) {
                if (!Object.hasOwn(value, k))
                    continue;
                const f = Object.hasOwn(schema.fields, k) ? schema.fields[k] : undefined;
                stack.push(k);
                if (!f)
                    out.errors.push({ path: pathOf(stack), message: `unknown field${suggestion(k, Object.keys(schema.fields))}` });
                else if (!(stack.length === 1 && out.rootField?.(k)))
                    check(value[k], f, stack, out, warn);
                stack.pop();
            }
            return;
        }
    }
}
