import { parseIndexes } from './jobIndexes.js';
/** batch/v1 JobReasonSuccessPolicy: the reason of SuccessCriteriaMet and Complete when a rule matched. */
export const REASON_SUCCESS_POLICY = 'SuccessPolicy';
/**
 * The message of the first successPolicy rule an Indexed Job's succeeded indexes satisfy, or
 * undefined (pkg/controller/job/success_policy.go, matchSuccessPolicy): a rule with
 * succeededIndexes holds when all of them succeeded, or, with succeededCount, when that many of
 * them did (matchSucceededIndexesRule); a rule with only succeededCount holds when that many
 * indexes succeeded. A rule whose succeededIndexes names no index below completions is skipped.
 *
 * @example matchSuccessPolicy({ rules: [{ succeededIndexes: '0' }] }, 3, new Set([0])) // "Matched rules at index 0"
 */
export function matchSuccessPolicy(policy, completions, succeeded) {
    if (!policy || succeeded.size === 0)
        return undefined;
    for (const [i, rule] of policy.rules.entries()) {
        if (rule.succeededIndexes !== undefined) {
            const required = parseIndexes(rule.succeededIndexes, completions);
            if (required.size === 0)
                continue;
            let contains = 0;
            for (const ix of required)
                if (succeeded.has(ix))
                    contains++;
            if (contains === required.size || (rule.succeededCount !== undefined && contains >= rule.succeededCount)) {
                return `Matched rules at index ${i}`;
            }
        }
        else if (rule.succeededCount !== undefined && succeeded.size >= rule.succeededCount) {
            return `Matched rules at index ${i}`;
        }
    }
    return undefined;
}
