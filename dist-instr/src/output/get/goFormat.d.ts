/**
 * Go's fmt.Sprint of a value decoded from JSON into interface{} (unstructured content), as
 * kubectl's custom-columns printer prints each jsonpath result: strings as they are, integers
 * (int64) in decimal, other numbers as %v prints a float64, maps as `map[k:v ...]` with sorted
 * keys, lists as `[a b]`, null as `<nil>`.
 */
export declare function goSprint(v: unknown): string;
/**
 * %v of a float64: strconv's shortest digits, in %e form when the exponent is below -4 or at
 * least 6 (fmt uses precision 6 for that choice when the digits are the shortest), e.g. 0.5,
 * 1.5e+06, 1e-05.
 */
export declare function goFloat(f: number): string;
