/** batch/v1 SuccessPolicyRule: which indexes, or how many, must succeed. */
export interface SuccessPolicyRule {
    readonly succeededIndexes?: string;
    readonly succeededCount?: number;
}
export interface SuccessPolicy {
    readonly rules: readonly SuccessPolicyRule[];
}
/** batch/v1 JobReasonSuccessPolicy: the reason of SuccessCriteriaMet and Complete when a rule matched. */
export declare const REASON_SUCCESS_POLICY = "SuccessPolicy";
/**
 * The message of the first successPolicy rule an Indexed Job's succeeded indexes satisfy, or
 * undefined (pkg/controller/job/success_policy.go, matchSuccessPolicy): a rule with
 * succeededIndexes holds when all of them succeeded, or, with succeededCount, when that many of
 * them did (matchSucceededIndexesRule); a rule with only succeededCount holds when that many
 * indexes succeeded. A rule whose succeededIndexes names no index below completions is skipped.
 *
 * @example matchSuccessPolicy({ rules: [{ succeededIndexes: '0' }] }, 3, new Set([0])) // "Matched rules at index 0"
 */
export declare function matchSuccessPolicy(policy: SuccessPolicy | undefined, completions: number, succeeded: ReadonlySet<number>): string | undefined;
