import { scaledValue, quantityError } from '../../api/quantity.js';
import { CustomColumnsError, relaxedJsonPath } from './customColumns.js';
import { findResults } from './jsonpath.js';
/**
 * fvbommel/sortorder NaturalLess, which kubectl's sorter uses for strings: runs of digits compare
 * as numbers (leading zeros ignored, then fewer zeros first), digits sort before other
 * characters, everything else byte by byte.
 */
export function naturalLess(a, b) {
    const x = Buffer.from(a), y = Buffer.from(b);
    const digit = (c) => c >= 48 && c <= 57;
    let i = 0, j = 0;
    while (i < x.length && j < y.length) {
        const c1 = x[i], c2 = y[j], d1 = digit(c1), d2 = digit(c2);
        if (d1 !== d2)
            return d1;
        if (!d1) {
            if (c1 !== c2)
                return c1 < c2;
            i++;
            j++;
            continue;
        }
        while (i < x.length && x[i] === 48)
            i++;
        while (j < y.length && y[j] === 48)
            j++;
        const n1 = i, n2 = j;
        while (i < x.length && digit(x[i]))
            i++;
        while (j < y.length && digit(y[j]))
            j++;
        if (i - n1 !== j - n2)
            return i - n1 < j - n2;
        const r1 = x.subarray(n1, i).toString(), r2 = y.subarray(n2, j).toString();
        if (r1 !== r2)
            return r1 < r2;
        if (n1 !== n2)
            return n1 < n2;
    }
    return x.length < y.length;
}
const isQuantity = (s) => quantityError(s) === undefined;
/**
 * sorter.go isLess for unstructured values: numbers by value, strings as quantities when both
 * are (Quantity.Cmp), else by NaturalLess; anything else cannot be sorted (kubectl exits).
 */
function isLess(a, b, field) {
    if (a === null && b === null)
        return false;
    if (a === null)
        return true;
    if (b === null)
        return false;
    if (typeof a === 'number' && typeof b === 'number')
        return a < b;
    if (typeof a === 'string' && typeof b === 'string') {
        if (isQuantity(a) && isQuantity(b))
            return scaledValue(a, -9) < scaledValue(b, -9);
        return naturalLess(a, b);
    }
    throw new CustomColumnsError(`Field ${field} is an unsortable type: ${Array.isArray(a) ? 'slice'
        : typeof a === 'object' ? 'map' : typeof a}`);
}
/**
 * kubectl get --sort-by (SortObjects / NewTableSorter): the objects (API form) ordered by the
 * first value the field path finds; an object without one sorts first. The field must be found
 * on at least one object. kubesim's sort is stable, so ties keep the API's order (Go's sort.Sort
 * is not stable: kubectl may order ties otherwise).
 */
export function sortOrder(objects, sortBy) {
    const field = relaxedJsonPath(sortBy);
    const keys = objects.map((o) => findResults(field, o));
    if (objects.length && !keys.some((k) => k.length > 0)) {
        throw new CustomColumnsError(`couldn't find any field with path "${field}" in the list of objects`);
    }
    const less = (i, j) => {
        if (keys[i].length === 0)
            return keys[j].length > 0;
        if (keys[j].length === 0)
            return false;
        return isLess(keys[i][0], keys[j][0], field);
    };
    return objects.map((_, i) => i).sort((i, j) => (less(i, j) ? -1 : less(j, i) ? 1 : 0));
}
