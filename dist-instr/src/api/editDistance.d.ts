/** Edit distance, for "did you mean" hints on misspelt fields. */
export declare function editDistance(a: string, b: string): number;
