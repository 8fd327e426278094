import { isNegative, quantityError } from '../quantity.js';
import { TOTAL_ANNOTATION_SIZE_LIMIT_B } from '../limits.js';
export const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** RFC 1123 DNS label (apimachinery validation.IsDNS1123Label): container names, label-like names. */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** RFC 1123 DNS subdomain (IsDNS1123Subdomain): object names. */
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
export function dnsLabel(p, path, v) {
    if (typeof v !== 'string' || v === '') {
        p.push({ path, message: 'Required value' });
        return;
    }
    if (v.length > 63 || !DNS1123_LABEL.test(v))
        p.push({ path,
            message: `Invalid value: ${JSON.stringify(v)}: a lowercase RFC 1123 label must consist of lower case ` +
                `alphanumeric characters or '-', and must start and end with an alphanumeric character` });
}
export function dnsSubdomain(p, path, v) {
    if (typeof v !== 'string'
        || v === '') {
        p.push({ path, message: 'Required value: name or generateName is required' });
        return;
    }
    if (v.length > 253 || !DNS1123_SUBDOMAIN.test(v))
        p.push({ path,
            message: `Invalid value: ${JSON.stringify(v)}: a lowercase RFC 1123 subdomain must consist of lower case ` +
                `alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character` });
}
/** Label keys and values (apimachinery validation.IsQualifiedName / IsValidLabelValue). */
export const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
/** apimachinery IsQualifiedName: an optional DNS subdomain prefix and a name part of at most 63 characters. */
export function isQualifiedName(k) {
    const slash = k.lastIndexOf('/');
    const name = slash >= 0 ? k.slice(slash + 1) : k;
    return QUALIFIED_NAME.test(name) && name.length <= 63 && (slash < 0
        || (slash <= 253 && DNS1123_SUBDOMAIN.test(k.slice(0, slash))));
}
export function labels(p, path, v) {
    if (v === undefined || v === null)
        return;
    if (!isObj(v)) {
        p.push({ path, message: 'must be a map of string keys to string values' });
        return;
    }
    for (const [k, val] of Object.entries(v)) {
        const slash = k.lastIndexOf('/');
        const name = slash >= 0 ? k.slice(slash + 1) : k;
        const prefix = slash >= 0 ? k.slice(0, slash) : '';
        if (!QUALIFIED_NAME.test(name) || name.length > 63 || (slash >= 0
            && (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))))
            p.push({ path: `${path}.${k}`,
                message: `Invalid value: ${JSON.stringify(k)}: name part must consist of alphanumeric characters, '-', '_' ` +
                    `or '.', and must start and end with an alphanumeric character` });
        // Same text as the schema check (schema/index.ts), so the two findings collapse into one.
        if (typeof val !== 'string')
            p.push({ path: `${path}.${k}`,
                message: `Invalid value: ${JSON.stringify(val)}: expected string (quote numbers and booleans in YAML), got ` +
                    `${val === null ? 'null' : Array.isArray(val) ? 'array' : typeof val}` });
        else if (val.length > 63 || !LABEL_VALUE.test(val))
            p.push({ path: `${path}.${k}`,
                message: `Invalid value: ${JSON.stringify(val)}: a valid label must be an empty string or consist of ` +
                    `alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character` });
    }
}
/** validation.IsValidLabelValue: at most 63 characters of the label-value syntax (the empty string is valid). */
export function labelValue(p, path, v) {
    if (typeof v !== 'string')
        return;
    if (v.length > 63)
        p.push({ path, message: `Invalid value: ${JSON.stringify(v)}: must be no more than 63 characters` });
    else if (!LABEL_VALUE.test(v)) {
        p.push({ path, message: `Invalid value: ${JSON.stringify(v)}: a valid label must be an empty string or consist of `
                + "alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character" });
    }
}
export function metadata(p, v, namespaced) {
    if (!isObj(v)) {
        p.push({ path: 'metadata', message: 'Required value' });
        return;
    }
    // kubectl apply needs a name: generateName alone works only with `kubectl create`.
    if ((v.name === undefined || v.name === '') && typeof v.generateName === 'string')
        p.push({ path: 'metadata.name',
            message: 'Required value: kubectl apply needs a name (generateName works only with kubectl create)' });
    else
        dnsSubdomain(p, 'metadata.name', v.name);
    if (namespaced && v.namespace !== undefined)
        dnsLabel(p, 'metadata.namespace', v.namespace);
    labels(p, 'metadata.labels', v.labels);
    annotations(p, 'metadata.annotations', v.annotations);
}
/**
 * apimachinery pkg/api/validation/objectmeta.go ValidateAnnotations: keys are qualified names
 * (case-insensitive) and keys plus values total at most TotalAnnotationSizeLimitB bytes
 * (field.TooLong's "may not be more than 262144 bytes").
 */
export function annotations(p, path, v) {
    if (v === undefined || v === null)
        return;
    if (!isObj(v)) {
        p.push({ path, message: 'must be a map of string keys to string values' });
        return;
    }
    let total = 0;
    for (const [k, val] of Object.entries(v)) {
        if (!isQualifiedName(k.toLowerCase()))
            p.push({ path, message: `Invalid value: ${JSON.stringify(k)}: name part must consist of alphanumeric characters, '-', ` +
                    (`'_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or ` +
                        `'123-abc'), with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`) });
        total += Buffer.byteLength(k, 'utf8') + (typeof val === 'string' ? Buffer.byteLength(val, 'utf8') : 0);
    }
    if (total > TOTAL_ANNOTATION_SIZE_LIMIT_B)
        p.push({ path,
            message: `Too long: may not be more than ${TOTAL_ANNOTATION_SIZE_LIMIT_B} bytes (annotations total ` +
                `${total} bytes)` });
}
export function quantity(p, path, v, { nonNegative = true } = {}) {
    const err = quantityError(v);
    if (err) {
        p.push({ path, message: `Invalid value: ${JSON.stringify(v)}: ${err}` });
        return false;
    }
    if (nonNegative && isNegative(v)) {
        p.push({ path,
            message: `Invalid value: ${JSON.stringify(v)}: must be greater than or equal to 0` });
        return false;
    }
    return true;
}
export function nonNegativeInt(p, path, v) {
    if (v === undefined)
        return;
    if (typeof v !== 'number' || !Number.isInteger(v))
        p.push({ path, message: `Invalid value: ${JSON.stringify(v)}: must be an integer` });
    else if (v < 0)
        p.push({ path, message: `Invalid value: ${v}: must be greater than or equal to 0` });
}
export function oneOf(p, path, v, allowed) {
    if (v === undefined)
        return;
    if (typeof v !== 'string' || !allowed.includes(v))
        p.push({ path, message: `Unsupported value: ${JSON.stringify(v)}: supported values: ` +
                `${allowed.map((a) => `"${a}"`).join(', ')}` });
}
/** How Go's field.Invalid prints a value: strings quoted, numbers bare, string maps as map[string]string{...}. */
export function goValue(v) {
    if (typeof v === 'string')
        return JSON.stringify(v);
    if (typeof v === 'number' || typeof v === 'boolean' || v instanceof LabelMap)
        return String(v);
    if (v === undefined || v === null)
        return 'null';
    return JSON.stringify(v);
}
/** A label map as Go prints it in field.Invalid: map[string]string{"app":"web"}. */
export class LabelMap {
    labels;
    constructor(labels) {
        this.labels = labels;
    }
    toString() {
        return `map[string]string{${Object.keys(this.labels).sort().map((k) => `${JSON.stringify(k)}:` +
            `${JSON.stringify(this.labels[k])}`).join(', ')}}`;
    }
}
export const invalid = (p, path, v, detail) => { p.push({ path, message: `Invalid value: ${goValue(v)}: ${detail}` }); };
export const required = (p, path, detail = '') => {
    p.push({ path, message: detail ? `Required value: ${detail}` : 'Required value' });
};
export const forbidden = (p, path, detail) => {
    p.push({ path, message: `Forbidden: ${detail}` });
};
/** pkg/apis/core/validation ValidateNonnegativeField on an optional integer. */
export function nonNegative(p, path, v) {
    if (typeof v === 'number' && v < 0)
        invalid(p, path, v, 'must be greater than or equal to 0');
}
/** apps/validation ValidatePositiveIntOrPercent + IsNotMoreThan100Percent (when `max100`). */
const PERCENT = /^[0-9]+%$/;
export function intOrPercent(p, path, v, max100) {
    if (v === undefined || v === null)
        return;
    if (typeof v === 'string') {
        if (!PERCENT.test(v))
            invalid(p, path, v, "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used " +
                "for validation is '[0-9]+%')");
        else if (max100 && Number(v.slice(0, -1)) > 100)
            invalid(p, path, v, 'must not be greater than 100%');
    }
    else if (typeof v === 'number' && v < 0)
        invalid(p, path, v, 'must be greater than or equal to 0');
}
/** The integer value of an int-or-percent for the zero checks (percent of 100: only zero matters). */
export const isZeroIntOrPercent = (v) => v === 0 || v === '0%';
/** metav1 validation ValidateLabelSelector. */
export function labelSelector(p, path, v) {
    if (!isObj(v))
        return;
    labels(p, `${path}.matchLabels`, v.matchLabels);
    if (!Array.isArray(v.matchExpressions))
        return;
    v.matchExpressions.forEach((e, i) => {
        if (!isObj(e))
            return;
        const ep = `${path}.matchExpressions[${i}]`;
        if (typeof e.key !== 'string' || e.key === '')
            required(p, `${ep}.key`);
        const values = Array.isArray(e.values) ? e.values : [];
        switch (e.operator) {
            case 'In':
            case 'NotIn':
                if (values.length === 0)
                    required(p, `${ep}.values`, "must be specified when `operator` is 'In' or 'NotIn'");
                break;
            case 'Exists':
            case 'DoesNotExist':
                if (values.length > 0)
                    forbidden(p, `${ep}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
                break;
            default: p.push({ path: `${ep}.operator`,
                message: `Unsupported value: ${goValue(e.operator)}: supported values: "In", "NotIn", "Exists", ` +
                    `"DoesNotExist"` });
        }
    });
}
/** Whether a LabelSelector selects a label set (metav1.LabelSelectorAsSelector(...).Matches). */
export function selectorMatches(selector, set) {
    const ml = isObj(selector.matchLabels) ? selector.matchLabels : {};
    for (const [k, v] of Object.entries(ml))
        if (set[k] !== v)
            return false;
    for (const e of Array.isArray(selector.matchExpressions) ? selector.matchExpressions : []) {
        if (!isObj(e) || typeof e.key !== 'string')
            continue;
        const has = Object.hasOwn(set, e.key);
        const values = Array.isArray(e.values) ? e.values : [];
        if (e.operator === 'In' && !(has && values.includes(set[e.key])))
            return false;
        if (e.operator === 'NotIn' && has && values.includes(set[e.key]))
            return false;
        if (e.operator === 'Exists' && !has)
            return false;
        if (e.operator === 'DoesNotExist' && has)
            return false;
    }
    return true;
}
/** A selector with neither matchLabels nor matchExpressions (it would select everything). */
export const isEmptySelector = (s) => (!isObj(s.matchLabels) || Object.keys(s.matchLabels).length === 0)
    && (!Array.isArray(s.matchExpressions) || s.matchExpressions.length === 0);
