type Json = unknown;
/** RFC 7386 JSON merge patch (application/merge-patch+json): null deletes, objects merge, the rest replaces. */
export declare function mergePatch(target: Json, patch: Json): Json;
/**
 * Strategic merge patch (application/strategic-merge-patch+json, apimachinery
 * pkg/util/strategicpatch): as a merge patch, except lists with a patch merge key (containers
 * by name, ...) merge element by element, `$patch: delete|replace` directives, and
 * `$deleteFromPrimitiveList/` and `$setElementOrder/` keys. `field` is the key the value sits under.
 */
export declare function strategicMergePatch(target: Json, patch: Json, field?: string): Json;
/** RFC 6902 JSON patch (application/json-patch+json): add, remove, replace, move, copy, test. */
export declare function jsonPatch(target: Json, ops: Json): Json;
export declare class PatchTestFailed extends Error {
}
export {};
