/**
 * Resource quantities as apimachinery parses them (k8s.io/apimachinery/pkg/api/resource,
 * quantity.go ParseQuantity): an optional sign, a decimal number, then either a binary suffix
 * (Ki Mi Gi Ti Pi Ei), a decimal SI suffix (n u m "" k M G T P E) or a decimal exponent (e3, E-2).
 * `1E` is exa, `1e3` is an exponent. `K`, `ki`, `KB` and any whitespace are rejected.
 */
const BINARY = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const NUMBER = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(.*)$/;
/** quantity.go splitREString: what ParseQuantity first requires (else ErrFormatWrong). */
const FORMAT = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const FORMAT_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export class QuantityError extends Error {
    name = 'QuantityError';
}
/**
 * Parsed quantities by text: a manifest set repeats a few shapes (100m, 128Mi) thousands of times.
 * Bounded, so hostile input cannot grow it; parse errors are not kept (they throw each time).
 */
const parsedCache = new Map();
function parse(input) {
    if (typeof input !== 'string')
        return parseUncached(input);
    let p = parsedCache.get(input);
    if (p === undefined) {
        p = parseUncached(input);
        if (parsedCache.size < 10_000)
            parsedCache.set(input, p);
    }
    return p;
}
function parseUncached(input) {
    const s = typeof input === 'number' ? numberToString(input) : input;
    const m = FORMAT.test(s) ? NUMBER.exec(s) : null;
    if (!m)
        throw new QuantityError(FORMAT_ERROR);
    const [, sign, num, suffix] = m;
    if (!/^[eEinumkKMGTP]*[-+]?[0-9]*$/.test(suffix))
        throw new QuantityError(FORMAT_ERROR);
    const [int, frac = ''] = num.split('.');
    let pow2 = 0, pow10 = 0;
    if (suffix in BINARY)
        pow2 = BINARY[suffix];
    else if (suffix in DECIMAL)
        pow10 = DECIMAL[suffix];
    else if (/^[eE][+-]?\d+$/.test(suffix))
        pow10 = Number(suffix.slice(1));
    else
        throw new QuantityError(`unable to parse quantity's suffix`);
    return { negative: sign === '-', digits: (int + frac).replace(/^0+(?=\d)/, ''), fractionDigits: frac.length, pow2,
        pow10 };
}
const INT64_MAX = 9223372036854775807n;
/** Whether |value| in base units is past int64, found from the digit count before any BigInt power. */
function tooLarge(p) {
    const significant = p.digits.replace(/^0+/, '');
    if (significant === '')
        return false;
    const log10 = significant.length - 1 + p.pow10 - p.fractionDigits + p.pow2 * Math.LOG10E * Math.LN2;
    if (log10 < 17)
        return false;
    if (log10 > 20)
        return true;
    let v = BigInt(p.digits) * (1n << BigInt(p.pow2));
    const e = p.pow10 - p.fractionDigits;
    v = e >= 0 ? v * 10n ** BigInt(e) : v / 10n ** BigInt(-e);
    return v > INT64_MAX;
}
function numberToString(n) {
    if (!Number.isFinite(n))
        throw new QuantityError('quantities must be finite numbers');
    return Number.isInteger(n) ? n.toFixed(0) : String(n);
}
/** quantity.go maxAllowed: a binary-suffix (BinarySI) value is capped at the int64 maximum, 2^63 - 1. */
const MAX_ALLOWED = (1n << 63n) - 1n;
/**
 * The quantity in units of 10^scale, as apimachinery's ScaledValue gives it: a positive value that
 * does not divide exactly rounds up; a negative one rounds away from zero (amount.go
 * negativeScaleInt64: "rounded away from zero"), so -0.0001 cpu is -1m. A binary-suffix value
 * beyond 2^63 - 1 saturates there first (ParseQuantity: "The max is just a simple cap").
 * cpu in millicores: scaled(q, -3); memory in bytes: scaled(q, 0).
 */
export function scaledValue(q, scale) {
    const p = parse(q);
    // |value| = digits * 10^(pow10 - fractionDigits - scale) * 2^pow2, exactly, with BigInt.
    let num = BigInt(p.digits) * (1n << BigInt(p.pow2));
    let den = 1n;
    if (p.pow2 > 0) {
        // The cap applies to the value itself (scale 0), before scaling.
        const fd = 10n ** BigInt(p.fractionDigits);
        if (num / fd > MAX_ALLOWED || (num / fd === MAX_ALLOWED && num % fd !== 0n)) {
            num = MAX_ALLOWED;
            den = 1n;
        }
        else
            den = fd;
        const e = -scale;
        if (e >= 0)
            num *= 10n ** BigInt(e);
        else
            den *= 10n ** BigInt(-e);
    }
    else {
        const e = p.pow10 - p.fractionDigits - scale;
        // A tiny value (1e-400) rounds away from zero to one unit without computing 10^400 (or 10^999999999).
        if (e < -(p.digits.length + 60))
            return /[1-9]/.test(p.digits) ? (p.negative ? -1 : 1) : 0;
        if (e >= 0)
            num *= 10n ** BigInt(e);
        else
            den = 10n ** BigInt(-e);
    }
    let v = num / den;
    if (num % den !== 0n)
        v += 1n; // away from zero: up for a positive value, down for a negative one
    return Number(p.negative ? -v : v);
}
/** Validates a quantity string; returns an error message or undefined. */
export function quantityError(q) {
    if (typeof q !== 'string'
        && typeof q !== 'number')
        return `must be a quantity string such as "100m" or "1Gi", got ${JSON.stringify(q)}`;
    try {
        const p = parse(q);
        if (tooLarge(p))
            return `too large: a quantity must fit int64 (${INT64_MAX}) in its base unit, as Quantity.Value() returns ` +
                `it (apimachinery pkg/api/resource/quantity.go)`;
        return undefined;
    }
    catch (e) {
        return e.message;
    }
}
export const isNegative = (q) => parse(q).negative && /[1-9]/.test(parse(q).digits);
/** The canonical unit kubesim keeps a resource in: millicores for cpu, whole units for the rest. */
export const resourceScale = (resource) => (resource === 'cpu' ? -3 : 0);
/** A ResourceList value in kubesim's canonical unit (cpu millicores; memory bytes; pods count; ...). */
export const toCanonical = (resource, q) => scaledValue(q, resourceScale(resource));
