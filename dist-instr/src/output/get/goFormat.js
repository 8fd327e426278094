/**
 * Go's fmt.Sprint of a value decoded from JSON into interface{} (unstructured content), as
 * kubectl's custom-columns printer prints each jsonpath result: strings as they are, integers
 * (int64) in decimal, other numbers as %v prints a float64, maps as `map[k:v ...]` with sorted
 * keys, lists as `[a b]`, null as `<nil>`.
 */
export function goSprint(v) {
    if (v === null || v === undefined)
        return '<nil>';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number')
        return Number.isInteger(v) ? v.toFixed(0) : goFloat(v);
    if (typeof v === 'boolean')
        return String(v);
    if (Array.isArray(v))
        return `[${v.map(goSprint).join(' ')}]`;
    const o = v;
    // fmt sorts map keys (internal/fmtsort: strings by byte order).
    return `map[${Object.keys(o).sort(byteOrder).map((k) => `${k}:${goSprint(o[k])}`).join(' ')}]`;
}
const byteOrder = (a, b) => {
    const x = Buffer.from(a), y = Buffer.from(b);
    return Buffer.compare(x, y);
};
/**
 * %v of a float64: strconv's shortest digits, in %e form when the exponent is below -4 or at
 * least 6 (fmt uses precision 6 for that choice when the digits are the shortest), e.g. 0.5,
 * 1.5e+06, 1e-05.
 */
export function goFloat(f) {
    if (Number.isNaN(f))
        return 'NaN';
    if (!Number.isFinite(f))
        return f > 0 ? '+Inf' : '-Inf';
    const [mantissa, e] = f.toExponential().split('e');
    const exp = Number(e);
    if (exp < -4 || exp >= 6)
        return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
    return String(f);
}
