import { scaledValue, resourceScale } from '../quantity.js';
import { validateAffinity, validateTopologySpreadConstraints } from './scheduling.js';
import { dnsLabel, forbidden, invalid, isObj, isQualifiedName, labels, nonNegativeInt, oneOf, quantity, required } from './common.js';
function resources(p, path, v) {
    if (v === undefined)
        return;
    if (!isObj(v)) {
        p.push({ path, message: 'must be an object' });
        return;
    }
    const ok = { requests: {}, limits: {} };
    for (const kind of ['requests', 'limits']) {
        const list = v[kind];
        if (list === undefined)
            continue;
        if (!isObj(list)) {
            p.push({ path: `${path}.${kind}`, message: 'must be a map of resource name to quantity' });
            continue;
        }
        // reqPath.Key(resourceName)
        for (const [r, q] of Object.entries(list))
            ok[kind][r] = quantity(p, `${path}.${kind}[${r}]`, q);
    }
    const req = v.requests, lim = v.limits;
    if (req && lim)
        for (const r of Object.keys(req)) {
            if (ok.requests[r] && ok.limits[r] && lim[r] !== undefined
                && scaledValue(req[r], resourceScale(r)) > scaledValue(lim[r], resourceScale(r)))
                p.push({ path: `${path}.requests`,
                    message: `Invalid value: ${JSON.stringify(req[r])}: must be less than or equal to ${r} limit of ` +
                        `${String(lim[r])}` });
        }
    // Extended resources (a domain-prefixed name outside kubernetes.io) cannot be overcommitted:
    // core/validation ValidateResourceRequirements.
    for (const r of new Set([...Object.keys(req ?? {}), ...Object.keys(lim ?? {})])) {
        if (!isExtendedResource(r))
            continue;
        if (req?.[r] !== undefined && lim?.[r] === undefined)
            required(p, `${path}.limits`, 'Limit must be set for non overcommitable resources');
        else if (req?.[r] !== undefined && ok.requests[r] && ok.limits[r]
            && scaledValue(req[r], 0) !== scaledValue(lim[r], 0))
            invalid(p, `${path}.requests`, req[r], `must be equal to ${r} limit of ${String(lim[r])}`);
    }
}
/** helper.IsExtendedResourceName: domain-prefixed, not kubernetes.io/, not requests.*. */
export const isExtendedResource = (r) => r.includes('/') && !r.startsWith('requests.')
    && !/(^|\.)kubernetes\.io\//.test(r) && !r.startsWith('hugepages-');
function handlerCount(p, path, v, kinds) {
    const handlers = kinds.filter((h) => v[h] !== undefined && v[h] !== null);
    if (handlers.length === 0)
        required(p, path, 'must specify a handler type');
    if (handlers.length > 1)
        forbidden(p, `${path}.${handlers[1]}`, 'may not specify more than 1 handler type');
}
function probe(p, path, v, kind) {
    if (v === undefined)
        return;
    if (!isObj(v)) {
        p.push({ path, message: 'must be an object' });
        return;
    }
    handlerCount(p, path, v, ['exec', 'httpGet', 'tcpSocket', 'grpc']);
    handlerPorts(p, path, v);
    for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold',
        'failureThreshold'])
        nonNegativeInt(p, `${path}.${f}`, v[f]);
    // core/validation validateLivenessProbe / validateStartupProbe: "must be 1".
    if (kind !== 'readinessProbe' && typeof v.successThreshold === 'number' && v.successThreshold !== 1)
        invalid(p, `${path}.successThreshold`, v.successThreshold, 'must be 1');
    if (v.terminationGracePeriodSeconds !== undefined && kind === 'readinessProbe')
        invalid(p, `${path}.terminationGracePeriodSeconds`, v.terminationGracePeriodSeconds, 'must not be set for readinessProbes');
}
function lifecycle(p, path, v) {
    if (!isObj(v))
        return;
    for (const h of ['postStart', 'preStop']) {
        const hv = v[h];
        if (!isObj(hv))
            continue;
        handlerCount(p, `${path}.${h}`, hv, ['exec', 'httpGet', 'tcpSocket', 'sleep']);
        handlerPorts(p, `${path}.${h}`, hv);
        if (isObj(hv.sleep) && typeof hv.sleep.seconds === 'number' && hv.sleep.seconds < 0)
            invalid(p, `${path}.${h}.sleep.seconds`, hv.sleep.seconds, 'must be non-negative integer');
    }
}
const PORT_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const PORT_NAME_MESSAGE = "must be no more than 15 characters, contain only lowercase alphanumeric characters or '-', contain at least one " +
    "letter (a-z), not start or end with '-' and not contain '--'";
const validPortName = (n) => n.length <= 15 && PORT_NAME.test(n) && /[a-z]/.test(n)
    && !n.includes('--');
/** validatePortNumOrName for httpGet/tcpSocket ports; grpc takes a number only. */
function handlerPorts(p, path, v) {
    for (const h of ['httpGet', 'tcpSocket', 'grpc']) {
        const a = v[h];
        if (!isObj(a))
            continue;
        const pp = `${path}.${h}.port`;
        if (a.port === undefined || a.port === null) {
            required(p, pp);
            continue;
        }
        if (typeof a.port === 'number' && (a.port < 1 || a.port > 65535))
            invalid(p, pp, a.port, 'must be between 1 and 65535, inclusive');
        else if (typeof a.port === 'string' && h !== 'grpc' && !validPortName(a.port))
            invalid(p, pp, a.port, PORT_NAME_MESSAGE);
    }
}
function ports(p, path, v) {
    if (!Array.isArray(v))
        return;
    const names = new Set();
    v.forEach((port, i) => {
        if (!isObj(port))
            return;
        const pp = `${path}[${i}]`;
        if (port.containerPort === undefined)
            required(p, `${pp}.containerPort`);
        else if (typeof port.containerPort === 'number' && (port.containerPort < 1 || port.containerPort > 65535))
            invalid(p, `${pp}.containerPort`, port.containerPort, 'must be between 1 and 65535, inclusive');
        if (typeof port.hostPort === 'number' && port.hostPort !== 0
            && (port.hostPort < 1 || port.hostPort > 65535))
            invalid(p, `${pp}.hostPort`, port.hostPort, 'must be between 1 and 65535, inclusive');
        oneOf(p, `${pp}.protocol`, port.protocol, ['SCTP', 'TCP', 'UDP']);
        if (typeof port.name === 'string') {
            // validation.IsValidPortName (IANA_SVC_NAME).
            if (!validPortName(port.name))
                invalid(p, `${pp}.name`, port.name, PORT_NAME_MESSAGE);
            else if (names.has(port.name))
                p.push({ path: `${pp}.name`,
                    message: `Duplicate value: ${JSON.stringify(port.name)}` });
            names.add(port.name);
        }
    });
}
function env(p, path, v) {
    if (!Array.isArray(v))
        return;
    v.forEach((e, i) => {
        if (!isObj(e))
            return;
        const ep = `${path}[${i}]`;
        if (typeof e.name !== 'string' || e.name === '')
            required(p, `${ep}.name`);
        if (!isObj(e.valueFrom))
            return;
        const vf = e.valueFrom;
        const sources = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef',
            'fileKeyRef'].filter((k) => vf[k] !== undefined && vf[k] !== null);
        if (typeof e.value === 'string' && e.value !== '')
            invalid(p, `${ep}.valueFrom`, '', 'may not be specified when `value` is not empty');
        if (sources.length === 0)
            invalid(p, `${ep}.valueFrom`, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`');
        if (sources.length > 1)
            invalid(p, `${ep}.valueFrom`, '', 'may not have more than one field specified at a time');
        for (const k of ['configMapKeyRef', 'secretKeyRef']) {
            const r = vf[k];
            if (!isObj(r))
                continue;
            if (typeof r.key !== 'string' || r.key === '')
                required(p, `${ep}.valueFrom.${k}.key`);
            if (typeof r.name !== 'string' || r.name === '')
                required(p, `${ep}.valueFrom.${k}.name`);
        }
        if (isObj(vf.fieldRef) && (typeof vf.fieldRef.fieldPath !== 'string' || vf.fieldRef.fieldPath === ''))
            required(p, `${ep}.valueFrom.fieldRef.fieldPath`);
    });
}
function volumeMounts(p, path, v, volumes) {
    if (!Array.isArray(v))
        return;
    const paths = new Set();
    v.forEach((m, i) => {
        if (!isObj(m))
            return;
        const mp = `${path}[${i}]`;
        if (typeof m.name !== 'string' || m.name === '')
            required(p, `${mp}.name`);
        else if (volumes && !volumes.has(m.name))
            p.push({ path: `${mp}.name`,
                message: `Not found: ${JSON.stringify(m.name)}` });
        if (typeof m.mountPath !== 'string' || m.mountPath === '')
            required(p, `${mp}.mountPath`);
        else {
            if (paths.has(m.mountPath))
                invalid(p, `${mp}.mountPath`, m.mountPath, 'must be unique');
            paths.add(m.mountPath);
        }
    });
}
function container(p, path, v, names, isInit, volumes) {
    if (!isObj(v)) {
        p.push({ path, message: 'must be an object' });
        return;
    }
    dnsLabel(p, `${path}.name`, v.name);
    if (typeof v.name === 'string') {
        if (names.has(v.name))
            p.push({ path: `${path}.name`, message: `Duplicate value: ${JSON.stringify(v.name)}` });
        names.add(v.name);
    }
    if (typeof v.image !== 'string' || v.image.trim() === '')
        p.push({ path: `${path}.image`, message: 'Required value' });
    else if (v.image !== v.image.trim())
        invalid(p, `${path}.image`, v.image, 'must not have leading or trailing whitespace');
    oneOf(p, `${path}.imagePullPolicy`, v.imagePullPolicy, ['Always', 'IfNotPresent', 'Never']);
    resources(p, `${path}.resources`, v.resources);
    for (const pr of ['livenessProbe', 'readinessProbe', 'startupProbe'])
        probe(p, `${path}.${pr}`, v[pr], pr);
    lifecycle(p, `${path}.lifecycle`, v.lifecycle);
    env(p, `${path}.env`, v.env);
    volumeMounts(p, `${path}.volumeMounts`, v.volumeMounts, volumes);
    oneOf(p, `${path}.terminationMessagePolicy`, v.terminationMessagePolicy, ['File', 'FallbackToLogsOnError']);
    if (isInit && v.restartPolicy !== 'Always') {
        for (const pr of ['livenessProbe', 'readinessProbe', 'startupProbe'])
            if (v[pr] !== undefined)
                p.push({ path: `${path}.${pr}`, message: 'Forbidden: may not be set for init containers without restartPolicy=Always' });
    }
    // validation.go validateContainerRestartPolicy with ContainerRestartRules (beta, on in 1.35): any
    // container may set restartPolicy Always/OnFailure/Never and up to 20 rules of action Restart.
    oneOf(p, `${path}.restartPolicy`, v.restartPolicy, ['Always', 'OnFailure', 'Never']);
    containerRestartRules(p, `${path}.restartPolicyRules`, v.restartPolicyRules);
    ports(p, `${path}.ports`, v.ports);
}
/**
 * Pod spec validation (`extraVolumes`: StatefulSet volumeClaimTemplates names mounts may use), after
 * pkg/apis/core/validation ValidatePodSpec (the rules kubesim relies on).
 */
/**
 * validation.go validateSchedulingGates (qualified names, no duplicates) and ValidatePodCreate's
 * rule that a gated pod may not name its node.
 */
function schedulingGates(p, path, spec) {
    const gates = spec.schedulingGates;
    if (!Array.isArray(gates) || gates.length === 0)
        return;
    const seen = new Set();
    gates.forEach((g, i) => {
        const name = isObj(g) ? g.name : undefined;
        if (typeof name !== 'string')
            return;
        if (!isQualifiedName(name))
            invalid(p, `${path}.schedulingGates[${i}]`, name, "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an " +
                "alphanumeric character");
        if (seen.has(name))
            p.push({ path: `${path}.schedulingGates[${i}]`,
                message: `Duplicate value: ${JSON.stringify(name)}` });
        seen.add(name);
    });
    if (typeof spec.nodeName === 'string' && spec.nodeName !== '')
        forbidden(p, `${path}.nodeName`, 'cannot be set until all schedulingGates have been cleared');
}
export function validatePodSpec(p, path, spec, extraVolumes = []) {
    if (!isObj(spec)) {
        p.push({ path, message: 'Required value' });
        return;
    }
    const names = new Set();
    const volumes = new Set([...extraVolumes, ...(Array.isArray(spec.volumes)
            ? spec.volumes.flatMap((x) => (isObj(x) && typeof x.name === 'string' ? [x.name] : [])) : [])]);
    if (!Array.isArray(spec.containers) || spec.containers.length === 0)
        p.push({ path: `${path}.containers`, message: 'Required value' });
    else
        spec.containers.forEach((c, i) => container(p, `${path}.containers[${i}]`, c, names, false, volumes));
    if (spec.initContainers !== undefined) {
        if (!Array.isArray(spec.initContainers))
            p.push({ path: `${path}.initContainers`, message: 'must be a list' });
        else
            spec.initContainers.forEach((c, i) => container(p, `${path}.initContainers[${i}]`, c, names, true, volumes));
    }
    oneOf(p, `${path}.restartPolicy`, spec.restartPolicy, ['Always', 'OnFailure', 'Never']);
    oneOf(p, `${path}.dnsPolicy`, spec.dnsPolicy, ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None']);
    nonNegativeInt(p, `${path}.terminationGracePeriodSeconds`, spec.terminationGracePeriodSeconds);
    if (spec.activeDeadlineSeconds !== undefined) {
        nonNegativeInt(p, `${path}.activeDeadlineSeconds`, spec.activeDeadlineSeconds);
        if (spec.activeDeadlineSeconds === 0)
            p.push({ path: `${path}.activeDeadlineSeconds`,
                message: 'Invalid value: 0: must be between 1 and 2147483647, inclusive' });
    }
    labels(p, `${path}.nodeSelector`, spec.nodeSelector);
    schedulingGates(p, path, spec);
    validateAffinity(p, `${path}.affinity`, spec.affinity);
    validateTopologySpreadConstraints(p, `${path}.topologySpreadConstraints`, spec.topologySpreadConstraints);
    oneOf(p, `${path}.preemptionPolicy`, spec.preemptionPolicy, ['PreemptLowerPriority', 'Never']);
    if (Array.isArray(spec.tolerations))
        spec.tolerations.forEach((t, i) => {
            if (!isObj(t))
                return;
            oneOf(p, `${path}.tolerations[${i}].operator`, t.operator, ['Exists', 'Equal']);
            // ValidateTolerations: an empty key matches every taint only with Exists.
            if ((t.key === undefined || t.key === '') && t.operator !== 'Exists')
                invalid(p, `${path}.tolerations[${i}].operator`, t.operator ?? '', 'operator must be Exists when `key` is empty, which means "match all values and all keys"');
            oneOf(p, `${path}.tolerations[${i}].effect`, t.effect, ['NoSchedule', 'PreferNoSchedule', 'NoExecute', '']);
            if (t.operator === 'Exists' && t.value !== undefined && t.value !== '')
                invalid(p, `${path}.tolerations[${i}].operator`, t, "value must be empty when `operator` is 'Exists'");
            if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null && t.effect !== 'NoExecute')
                invalid(p, `${path}.tolerations[${i}].effect`, t.effect ?? '', "effect must be 'NoExecute' when `tolerationSeconds` is set");
        });
    if (Array.isArray(spec.volumes)) {
        const seen = new Set();
        spec.volumes.forEach((vol, i) => {
            if (!isObj(vol))
                return;
            dnsLabel(p, `${path}.volumes[${i}].name`, vol.name);
            if (typeof vol.name === 'string') {
                if (seen.has(vol.name))
                    p.push({ path: `${path}.volumes[${i}].name`, message: `Duplicate value: ${JSON.stringify(vol.name)}` });
                seen.add(vol.name);
            }
            const sources = Object.keys(vol).filter((k) => k !== 'name' && vol[k] !== null && vol[k] !== undefined);
            // No source at all is defaulted to emptyDir before validation (core/v1 defaults.go SetDefaults_Volume).
            if (sources.length > 1)
                forbidden(p, `${path}.volumes[${i}].${sources[1]}`, 'may not specify more than 1 volume type');
            if (isObj(vol.persistentVolumeClaim) && (typeof vol.persistentVolumeClaim.claimName !== 'string'
                || vol.persistentVolumeClaim.claimName === ''))
                required(p, `${path}.volumes[${i}].persistentVolumeClaim.claimName`);
            if (isObj(vol.configMap) && (typeof vol.configMap.name !== 'string' || vol.configMap.name === ''))
                required(p, `${path}.volumes[${i}].configMap.name`);
        });
    }
}
/** validation.go validateContainerRestartPolicy: the restartPolicyRules of one container. */
function containerRestartRules(p, path, v) {
    if (!Array.isArray(v))
        return;
    if (v.length > 20)
        p.push({ path, message: `Too many: ${v.length}: must have at most 20 items` });
    v.forEach((r, i) => {
        if (!isObj(r))
            return;
        const rp = `${path}[${i}]`;
        if (r.action === undefined || r.action === '')
            required(p, `${rp}.action`);
        else
            oneOf(p, `${rp}.action`, r.action, ['Restart']);
        if (!isObj(r.exitCodes)) {
            required(p, `${rp}.exitCodes`, 'must be specified');
            return;
        }
        oneOf(p, `${rp}.exitCodes.operator`, r.exitCodes.operator, ['In', 'NotIn']);
        const values = Array.isArray(r.exitCodes.values) ? r.exitCodes.values : [];
        if (values.length > 255)
            p.push({ path: `${rp}.exitCodes.values`,
                message: `Too many: ${values.length}: must have at most 255 items` });
    });
}
