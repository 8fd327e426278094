/** What is wrong with one fact's fields (type known, every field as its type needs), or undefined. */
export declare function eventSchemaError(e: Record<string, unknown>): string | undefined;
