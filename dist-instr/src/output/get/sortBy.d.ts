/**
 * fvbommel/sortorder NaturalLess, which kubectl's sorter uses for strings: runs of digits compare
 * as numbers (leading zeros ignored, then fewer zeros first), digits sort before other
 * characters, everything else byte by byte.
 */
export declare function naturalLess(a: string, b: string): boolean;
/**
 * kubectl get --sort-by (SortObjects / NewTableSorter): the objects (API form) ordered by the
 * first value the field path finds; an object without one sorts first. The field must be found
 * on at least one object. kubesim's sort is stable, so ties keep the API's order (Go's sort.Sort
 * is not stable: kubectl may order ties otherwise).
 */
export declare function sortOrder(objects: readonly unknown[], sortBy: string): number[];
