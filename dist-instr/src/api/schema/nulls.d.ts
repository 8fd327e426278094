/** A manifest of a kind kubesim models without its null-valued fields (see strip); others unchanged. */
export declare function withoutNullFields(obj: unknown): unknown;
