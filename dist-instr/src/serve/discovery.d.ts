/** The Kubernetes version kubesim models: kubectl v1.32 talks to it without skew warnings. */
export declare const VERSION: {
    major: string;
    minor: string;
    gitVersion: string;
    gitCommit: string;
    gitTreeState: string;
    buildDate: string;
    goVersion: string;
    compiler: string;
    platform: string;
};
/** GET /api: the legacy core group's versions (metav1.APIVersions). */
export declare const apiVersions: () => object;
/** GET /apis: every named group with its versions, preferred first (metav1.APIGroupList). */
export declare function apiGroupList(): object;
export declare function apiGroup(name: string, versions: readonly string[]): object;
/**
 * GET /api/v1 or /apis/GROUP/VERSION: each resource with its verbs, short names and
 * categories, and its subresources as `pods/eviction` entries (kubectl drain looks for that one).
 */
export declare function resourceList(group: string, version: string): object | undefined;
