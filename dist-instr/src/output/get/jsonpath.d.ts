/**
 * kubectl's `-o jsonpath=TEMPLATE` (k8s.io/client-go/util/jsonpath), the commonly used part:
 * literal text, `{.a.b}`, `{.items[*].metadata.name}`, `{.a[0]}`, `{.a['k.with.dots']}`,
 * `{range .items[*]}...{end}`, `{"\n"}` string literals and `{@}`. Several results of one
 * expression are joined by a space; maps and lists print as JSON.
 */
export declare class JsonPathError extends Error {
    readonly name = "JsonPathError";
}
export declare function jsonPath(template: string, data: unknown): string;
/**
 * jsonpath.FindResults with AllowMissingKeys: the values of a template's first expression (a
 * missing key gives none), as kubectl's custom-columns and --sort-by read them.
 */
export declare function findResults(template: string, data: unknown): unknown[];
