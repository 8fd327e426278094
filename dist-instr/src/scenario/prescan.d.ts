/**
 * An upper estimate of a YAML/JSON text's nesting, found in one pass over the text before the
 * YAML parser sees it: the parser itself slows down and runs out of memory on a million nested
 * brackets, so the depth limit must be enforced before parsing goes deep.
 * - flow collections: `[` and `{` that open a value (not inside quotes or comments);
 * - block collections: the stack of increasing indentations, plus compact `- - x` entries.
 * Returns the 1-based line where the estimate first passes `limit`, or 0.
 */
export declare function tooDeepLine(text: string, limit?: number): number;
