/** Validation of the other core/v1 kinds, after pkg/apis/core/validation/validation.go. */
import { scaledValue } from '../quantity.js';
import { dnsLabel, forbidden, invalid, isObj, labels, oneOf, quantity, required } from './common.js';
import { HIGHEST_USER_DEFINABLE_PRIORITY, SYSTEM_PRIORITY_CLASSES } from '../priority.js';
/** ValidatePersistentVolumeClaimSpec: access modes and a storage request. */
export function validatePersistentVolumeClaimSpec(p, path, s) {
    if (!isObj(s)) {
        required(p, path);
        return;
    }
    const modes = Array.isArray(s.accessModes) ? s.accessModes : [];
    if (modes.length === 0)
        required(p, `${path}.accessModes`, 'at least 1 access mode is required');
    modes.forEach((m) => oneOf(p, `${path}.accessModes`, m, ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce',
        'ReadWriteOncePod']));
    oneOf(p, `${path}.volumeMode`, s.volumeMode, ['Block', 'Filesystem']);
    const req = isObj(s.resources) && isObj(s.resources.requests) ? s.resources.requests : {};
    if (req.storage === undefined)
        required(p, `${path}.resources[storage]`);
    else if (quantity(p, `${path}.resources[storage]`, req.storage)
        && scaledValue(req.storage, 0) <= 0)
        invalid(p, `${path}.resources[storage]`, req.storage, 'must be greater than zero');
}
export const validatePersistentVolumeClaim = (p, o) => validatePersistentVolumeClaimSpec(p, 'spec', o.spec);
/** A Node manifest: taints, and capacity/allocatable in `status` (extended resources included). */
export function validateNode(p, o) {
    const spec = isObj(o.spec) ? o.spec : {};
    if (Array.isArray(spec.taints))
        spec.taints.forEach((t, i) => {
            if (!isObj(t))
                return;
            if (typeof t.key !== 'string' || t.key === '')
                required(p, `spec.taints[${i}].key`);
            if (t.effect === undefined)
                required(p, `spec.taints[${i}].effect`);
            else
                oneOf(p, `spec.taints[${i}].effect`, t.effect, ['NoSchedule', 'PreferNoSchedule', 'NoExecute']);
        });
    const status = isObj(o.status) ? o.status : {};
    for (const list of ['capacity', 'allocatable']) {
        const l = status[list];
        if (isObj(l))
            for (const [r, q] of Object.entries(l))
                quantity(p, `status.${list}.${r}`, q);
    }
}
/** IsConfigMapKey (apimachinery util/validation). */
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
function configKeys(p, o, fields) {
    const seen = new Map();
    for (const f of fields) {
        const d = o[f];
        if (!isObj(d))
            continue;
        for (const k of Object.keys(d)) {
            if (!CONFIG_KEY.test(k) || k.length > 253)
                invalid(p, `${f}[${k}]`, k, "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or " +
                    "'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')");
            else if (k === '.' || k === '..' || k.startsWith('..'))
                invalid(p, `${f}[${k}]`, k, k.startsWith('..')
                    && k.length > 2 ? "must not start with '..'" : `must not be '${k}'`);
            const other = seen.get(k);
            if (other && other !== f)
                invalid(p, `${f}[${k}]`, k, `duplicate of key present in ${other}`);
            seen.set(k, f);
        }
    }
}
/** ValidateService, the part kubesim reads: spec.selector is a label set (ValidateLabels). */
export const validateService = (p, o) => {
    const s = isObj(o.spec) ? o.spec : {};
    if (s.selector !== undefined && s.selector !== null)
        labels(p, 'spec.selector', s.selector);
};
export const validateConfigMap = (p, o) => configKeys(p, o, ['data', 'binaryData']);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Keys each Secret type requires (core/validation ValidateSecret); stringData counts, as it is merged into data. */
const SECRET_TYPE_KEYS = {
    'kubernetes.io/dockercfg': ['.dockercfg'],
    'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
    'kubernetes.io/ssh-auth': ['ssh-privatekey'],
    'kubernetes.io/tls': ['tls.crt', 'tls.key'],
};
export function validateSecret(p, o) {
    configKeys(p, o, ['data']);
    configKeys(p, o, ['stringData']);
    const keys = new Set([...Object.keys(isObj(o.data) ? o.data : {}),
        ...Object.keys(isObj(o.stringData) ? o.stringData : {})]);
    const type = typeof o.type === 'string' ? o.type : 'Opaque';
    for (const k of SECRET_TYPE_KEYS[type] ?? [])
        if (!keys.has(k))
            required(p, `data[${k}]`);
    if (type === 'kubernetes.io/basic-auth' && !keys.has('username')
        && !keys.has('password')) {
        required(p, 'data[username]');
        required(p, 'data[password]');
    }
    if (type === 'kubernetes.io/service-account-token') {
        const ann = isObj(o.metadata) && isObj(o.metadata.annotations) ? o.metadata.annotations : {};
        if (!ann['kubernetes.io/service-account.name'])
            required(p, 'metadata.annotations[kubernetes.io/service-account.name]');
    }
    if (isObj(o.data))
        for (const [k, v] of Object.entries(o.data)) {
            if (typeof v !== 'string')
                continue;
            const s = v.replace(/[\r\n]/g, '');
            if (!BASE64.test(s) || s.length % 4 !== 0) {
                const bad = s.search(/[^A-Za-z0-9+/=]/);
                invalid(p, `data[${k}]`, v, `illegal base64 data at input byte ${bad >= 0 ? bad : Math.floor(s.length / 4) * 4}`);
            }
        }
}
/** Namespace names are DNS-1123 labels (ValidateNamespaceName). */
export function validateNamespace(p, o) {
    const md = isObj(o.metadata) ? o.metadata : {};
    if (typeof md.name === 'string' && md.name !== '')
        dnsLabel(p, 'metadata.name', md.name);
}
/**
 * scheduling/validation ValidatePriorityClass: values above HighestUserDefinablePriority
 * (api/priority.ts) are reserved for the two system classes.
 */
export function validatePriorityClass(p, o) {
    const name = isObj(o.metadata) && typeof o.metadata.name === 'string' ? o.metadata.name : '';
    const value = typeof o.value === 'number' ? o.value : 0;
    if (name.startsWith('system-')) {
        const want = SYSTEM_PRIORITY_CLASSES[name];
        if (want === undefined)
            forbidden(p, 'metadata.name', `priority class names with 'system-' prefix are reserved for system use only. error: ${name} is not a known ` +
                `system priority class`);
        else if (want !== value)
            forbidden(p, 'metadata.name', `priority class names with 'system-' prefix are reserved for system use only. error: value of ` +
                `${name} PriorityClass must be ${want}`);
    }
    else if (value > HIGHEST_USER_DEFINABLE_PRIORITY)
        forbidden(p, 'value', `maximum allowed value of a user defined priority is ${HIGHEST_USER_DEFINABLE_PRIORITY}`);
    if (value < -2147483648 || value > 2147483647)
        invalid(p, 'value', value, 'must be a 32-bit integer');
    oneOf(p, 'preemptionPolicy', o.preemptionPolicy, ['Never', 'PreemptLowerPriority']);
}
