/**
 * The JobSpec rules of Indexed Jobs' extras: backoffLimitPerIndex, maxFailedIndexes and
 * successPolicy (pkg/apis/batch/validation/validation.go validateJobSpec, validateSuccessPolicy,
 * validateSuccessPolicyRule, validateIndexesFormat).
 */
import { invalid, isObj, required } from './common.js';
/** validation.go maxFailedIndexesForIndexedJob and maxSuccessPolicyRule. */
const MAX_FAILED_INDEXES = 100_000;
const MAX_SUCCESS_POLICY_RULES = 20;
/** validation.go maxJobSuccessPolicySucceededIndexesLimit: 64 KiB of index text. */
const MAX_SUCCEEDED_INDEXES_LENGTH = 64 * 1024;
const present = (v) => v !== undefined && v !== null;
/** parseIndexInterval + validateIndexesFormat: the number of indexes, or the error text. */
export function indexesFormat(text, completions) {
    if (text === '')
        return { total: 0 };
    let last, total = 0;
    for (const part of text.split(',')) {
        const limits = part.split('-');
        if (limits.length > 2)
            return { error: `the fragment ${JSON.stringify(part)} violates the requirement that an ` +
                    "index interval can have at most two parts separated by '-'" };
        const nums = [];
        for (const l of limits) {
            if (!/^[+-]?\d+$/.test(l))
                return { error: `cannot convert string to integer for index: ${JSON.stringify(l)}` };
            if (Number(l) >= completions)
                return { error: `too large index: ${JSON.stringify(l)}` };
            nums.push(Number(l));
        }
        const [x, y = x] = nums;
        if (nums.length === 2 && x >= y)
            return { error: `non-increasing order, previous: ${x}, current: ${y}` };
        if (last !== undefined && last >= x)
            return { error: `non-increasing order, previous: ${last}, current: ${x}` };
        total += y - x + 1;
        last = y;
    }
    return { total };
}
function successPolicy(p, path, policy, completions) {
    const rules = Array.isArray(policy.rules) ? policy.rules : [];
    if (rules.length === 0)
        required(p, `${path}.rules`, 'at least one rules must be specified when the successPolicy is specified');
    if (rules.length > MAX_SUCCESS_POLICY_RULES)
        p.push({ path: `${path}.rules`,
            message: `Too many: ${rules.length}: must have at most ${MAX_SUCCESS_POLICY_RULES} items` });
    rules.forEach((r, i) => {
        if (!isObj(r))
            return;
        const rp = `${path}.rules[${i}]`;
        if (!present(r.succeededCount) && !present(r.succeededIndexes))
            required(p, rp, 'at least one of succeededCount or succeededIndexes must be specified');
        let total = 0;
        if (typeof r.succeededIndexes === 'string') {
            if (r.succeededIndexes.length > MAX_SUCCEEDED_INDEXES_LENGTH)
                p.push({ path: `${rp}.succeededIndexes`,
                    message: `Too long: may not be more than ${MAX_SUCCEEDED_INDEXES_LENGTH} bytes` });
            const f = indexesFormat(r.succeededIndexes, completions);
            if ('error' in f)
                invalid(p, `${rp}.succeededIndexes`, r.succeededIndexes, `error parsing succeededIndexes: ${f.error}`);
            else
                total = f.total;
        }
        if (typeof r.succeededCount === 'number') {
            const cp = `${rp}.succeededCount`;
            if (r.succeededCount < 0)
                invalid(p, cp, r.succeededCount, 'must be greater than or equal to 0');
            if (r.succeededCount > completions)
                invalid(p, cp, r.succeededCount, `must be less than or equal to ${completions} (the number of specified completions)`);
            if (typeof r.succeededIndexes === 'string' && r.succeededCount > total)
                invalid(p, cp, r.succeededCount, `must be less than or equal to ${total} (the number of indexes in the specified succeededIndexes field)`);
        }
    });
}
/** The rules on backoffLimitPerIndex, maxFailedIndexes and successPolicy of one JobSpec at `path`. */
export function validateIndexedJobExtras(p, path, s) {
    const indexedMode = s.completionMode === 'Indexed';
    const completions = typeof s.completions === 'number' ? s.completions : undefined;
    if (present(s.maxFailedIndexes) && !present(s.backoffLimitPerIndex))
        required(p, `${path}.backoffLimitPerIndex`, 'when maxFailedIndexes is specified');
    if (indexedMode && typeof s.maxFailedIndexes === 'number') {
        if (completions !== undefined && s.maxFailedIndexes > completions)
            invalid(p, `${path}.maxFailedIndexes`, s.maxFailedIndexes, 'must be less than or equal to completions');
        if (s.maxFailedIndexes > MAX_FAILED_INDEXES)
            invalid(p, `${path}.maxFailedIndexes`, s.maxFailedIndexes, `must be less than or equal to ${MAX_FAILED_INDEXES}`);
    }
    if (!indexedMode) {
        for (const f of ['backoffLimitPerIndex', 'maxFailedIndexes'])
            if (present(s[f]))
                invalid(p, `${path}.${f}`, s[f], 'requires indexed completion mode');
    }
    if (isObj(s.successPolicy)) {
        if (!indexedMode)
            invalid(p, `${path}.successPolicy`, s.successPolicy, 'requires indexed completion mode');
        else if (completions !== undefined)
            successPolicy(p, `${path}.successPolicy`, s.successPolicy, completions);
    }
}
