/**
 * Validation of the namespace policy objects, ResourceQuota and LimitRange, after
 * pkg/apis/core/validation/validation.go (ValidateResourceQuota, ValidateLimitRange).
 */
import { scaledValue } from '../quantity.js';
import { forbidden, invalid, isObj, oneOf, quantity, required } from './common.js';
import { QUOTA_SCOPES, quotaScale, scopeAllows } from '../quota.js';
export function validateResourceQuota(p, o) {
    const spec = isObj(o.spec) ? o.spec : {};
    const hard = isObj(spec.hard) ? spec.hard : {};
    for (const [r, q] of Object.entries(hard))
        quantity(p, `spec.hard[${r}]`, q);
    const scopes = Array.isArray(spec.scopes) ? spec.scopes.map(String) : [];
    scopes.forEach((s, i) => oneOf(p, `spec.scopes[${i}]`, s, QUOTA_SCOPES));
    const selected = isObj(spec.scopeSelector) && Array.isArray(spec.scopeSelector.matchExpressions)
        ? spec.scopeSelector.matchExpressions : [];
    selected.forEach((e, i) => {
        const path = `spec.scopeSelector.matchExpressions[${i}]`;
        if (!isObj(e))
            return;
        oneOf(p, `${path}.scopeName`, e.scopeName, QUOTA_SCOPES);
        oneOf(p, `${path}.operator`, e.operator, ['In', 'NotIn', 'Exists', 'DoesNotExist']);
        const values = Array.isArray(e.values) ? e.values : [];
        if ((e.operator === 'In' || e.operator === 'NotIn') && values.length === 0)
            required(p, `${path}.values`, 'must be at least one value when `operator` is \'In\' or \'NotIn\' for scope selector');
        if ((e.operator === 'Exists' || e.operator === 'DoesNotExist') && values.length > 0)
            invalid(p, `${path}.values`, values, 'must be no value when `operator` is \'Exist\' or \'DoesNotExist\' for scope selector');
    });
    const all = [...scopes, ...selected.filter(isObj).map((e) => String(e.scopeName))];
    // validateScopes: a quota cannot hold a scope and its opposite.
    for (const [a, b] of [['BestEffort', 'NotBestEffort'], ['Terminating', 'NotTerminating']]) {
        if (all.includes(a) && all.includes(b))
            invalid(p, 'spec.scopes', all, 'conflicting scopes');
    }
    // validateResourceQuotaResourceName with scopes: e.g. a BestEffort quota may only count pods.
    for (const r of Object.keys(hard))
        for (const s of all) {
            if (!scopeAllows(s, r))
                invalid(p, 'spec.hard', r, 'unsupported scope applied to resource');
        }
}
const LIMIT_TYPES = ['Pod', 'Container', 'PersistentVolumeClaim'];
export function validateLimitRange(p, o) {
    const spec = isObj(o.spec) ? o.spec : {};
    const limits = Array.isArray(spec.limits) ? spec.limits : [];
    const seen = new Set();
    limits.forEach((item, i) => {
        const path = `spec.limits[${i}]`;
        if (!isObj(item))
            return;
        if (item.type === undefined)
            required(p, `${path}.type`);
        else
            oneOf(p, `${path}.type`, item.type, LIMIT_TYPES);
        if (typeof item.type === 'string') {
            if (seen.has(item.type))
                p.push({ path: `${path}.type`,
                    message: `Duplicate value: ${JSON.stringify(item.type)}` });
            seen.add(item.type);
        }
        const b = {};
        let ok = true;
        for (const f of ['max', 'min', 'default', 'defaultRequest', 'maxLimitRequestRatio']) {
            b[f] = isObj(item[f]) ? item[f] : {};
            for (const [r, q] of Object.entries(b[f]))
                ok = quantity(p, `${path}.${f}[${r}]`, q) && ok;
        }
        if (!ok)
            return;
        if (item.type === 'Pod') {
            if (Object.keys(b.default).length)
                forbidden(p, `${path}.default`, 'may not be specified when `type` is \'Pod\'');
            if (Object.keys(b.defaultRequest).length)
                forbidden(p, `${path}.defaultRequest`, 'may not be specified when `type` is \'Pod\'');
        }
        checkOrder(p, path, b);
    });
}
/** ValidateLimitRange's per-resource order: min <= defaultRequest <= default <= max, and a ratio of at least 1. */
function checkOrder(p, path, b) {
    const v = (f, r) => (b[f][r] === undefined ? undefined : scaledValue(b[f][r], quotaScale(r)));
    const names = new Set(Object.values(b).flatMap((l) => Object.keys(l)));
    for (const r of names) {
        const [min, max, def, defReq] = [v('min', r), v('max', r), v('default', r), v('defaultRequest', r)];
        const q = (f) => b[f][r];
        if (min !== undefined && max !== undefined && min > max)
            invalid(p, `${path}.min[${r}]`, q('min'), `min value ${q('min')} is greater than max value ${q('max')}`);
        if (defReq !== undefined && min !== undefined && min > defReq)
            invalid(p, `${path}.defaultRequest[${r}]`, q('defaultRequest'), `min value ${q('min')} is greater than default request value ${q('defaultRequest')}`);
        if (defReq !== undefined && max !== undefined && defReq > max)
            invalid(p, `${path}.defaultRequest[${r}]`, q('defaultRequest'), `default request value ${q('defaultRequest')} is greater than max value ${q('max')}`);
        if (defReq !== undefined && def !== undefined && defReq > def)
            invalid(p, `${path}.defaultRequest[${r}]`, q('defaultRequest'), `default request value ${q('defaultRequest')} is greater than default limit value ` +
                `${q('default')}`);
        if (def !== undefined && min !== undefined && min > def)
            invalid(p, `${path}.default[${r}]`, q('default'), `min value ${q('min')} is greater than default value ${q('default')}`);
        if (def !== undefined && max !== undefined && def > max)
            invalid(p, `${path}.default[${r}]`, q('default'), `default value ${q('default')} is greater than max value ${q('max')}`);
        const ratio = b.maxLimitRequestRatio[r];
        if (ratio !== undefined && scaledValue(ratio, -3) < 1000)
            invalid(p, `${path}.maxLimitRequestRatio[${r}]`, ratio, `ratio ${ratio} is less than 1`);
    }
}
