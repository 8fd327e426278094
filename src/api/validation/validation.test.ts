import { describe, expect, test } from 'vitest';
import { make, MANIFESTS, type ManifestName } from '../../../test-support/manifests.js';
import { validateObject } from './index.js';

const errorsOf = (o: unknown): string[] => validateObject(o).errors.map((e) => `${e.path}: ${e.message}`);
const warningsOf = (o: unknown): string[] => validateObject(o).warnings.map((e) => `${e.path}: ${e.message}`);

describe('every modelled kind has a valid example', () => {
  test.each(Object.keys(MANIFESTS) as ManifestName[])('%s is valid with no warnings', (name) => {
    const r = validateObject(make(name));
    expect([r.errors, r.warnings, r.skipped]).toEqual([[], [], false]);
  });
});

const C0 = 'spec.containers[0]';

describe('strict fields, as kubectl apply --validate=strict', () => {
  test.each([
    { name: 'a misspelt field is an error naming its path, with a hint',
      obj: make('Pod', { [`spec.containers.0.ports`]: [{ containnerPort: 80 }] }),
      want: [`${C0}.ports[0].containnerPort: unknown field (did you mean "containerPort"?)`,
        `${C0}.ports[0].containerPort: Required value`] },
    { name: 'imagePullPolice is unknown', obj: make('Pod', { 'spec.containers.0.imagePullPolice': 'Always' }),
      want: [`${C0}.imagePullPolice: unknown field (did you mean "imagePullPolicy"?)`] },
    { name: 'images instead of image', obj: make('Pod', { 'spec.containers.0.images': 'nginx',
      'spec.containers.0.image': undefined }), want: [`${C0}.images: unknown field (did you mean "image"?)`,
        `${C0}.image: Required value`] },
    { name: 'a field far from any known one gets no hint', obj: make('Deployment', { 'spec.colour': 'blue' }),
      want: ['spec.colour: unknown field'] },
    { name: 'an unknown top-level field', obj: make('ConfigMap', { spec: {} }), want: ['spec: unknown field'] },
    { name: 'a number where a string is expected', obj: make('Pod',
      { 'spec.containers.0.env': [{ name: 'PORT', value: 8080 }] }),
        want: [`${C0}.env[0].value: Invalid value: 8080: expected string (quote numbers and booleans in YAML), got ` +
          `number`] },
    { name: 'a string where an integer is expected', obj: make('Deployment', { 'spec.replicas': '3' }),
      want: ['spec.replicas: Invalid value: "3": expected integer, got string'] },
    { name: 'a map where a list is expected', obj: make('Pod', { 'spec.containers': { name: 'a' } }),
      want: ['spec.containers: Invalid value: {"name":"a"}: expected list, got object'] },
    { name: 'null counts as absent', obj: make('Deployment', { 'spec.strategy': null }), want: [] },
  ])('$name', ({ obj, want }) => expect(errorsOf(obj)).toEqual(want));

  test.each([
    { name: 'seccompProfile', obj: make('Pod', { 'spec.securityContext': { seccompProfile: { type: 'RuntimeDefault' },
      runAsUser: 1000 } }),
        want: ['spec.securityContext.seccompProfile: not simulated by kubesim: accepted and ignored'] },
    { name: 'dnsConfig and readinessGates', obj: make('Pod',
      { 'spec.dnsConfig': { nameservers: ['1.1.1.1'] }, 'spec.readinessGates': [{ conditionType: 'x' }] }),
      want: ['spec.dnsConfig: not simulated by kubesim: accepted and ignored',
        'spec.readinessGates: not simulated by kubesim: accepted and ignored (no controller sets custom pod ' +
          'conditions in kubesim)'] },
    { name: 'a storage back-end volume', obj: make('Pod', { 'spec.volumes': [
      { name: 'v', nfs: { server: 'x', path: '/' } }] }), want: [
        'spec.volumes[0].nfs: not simulated by kubesim: accepted and ignored'] },
    // Pods, Object and External metrics read the scenario's metrics: curves; ContainerResource is not simulated.
    { name: 'ContainerResource HPA metrics', obj: make('HPAv2', {
      'spec.metrics': [{ type: 'ContainerResource', containerResource: { name: 'cpu', container: 'app',
        target: { type: 'Utilization', averageUtilization: 60 } } }] }),
          want: ['spec.metrics[0].containerResource: not simulated by kubesim: accepted and ignored'] },
  ])('a real field kubesim does not model is a warning: $name', ({ obj, want }) => {
    expect(errorsOf(obj)).toEqual([]);
    expect(warningsOf(obj)).toEqual(want);
  });

  test('an unknown field inside an unmodelled one is still an error, with no second warning', () => {
    const obj = make('Pod', { 'spec.dnsConfig': { nameserver: ['1.1.1.1'] } });
    expect(errorsOf(obj)).toEqual(['spec.dnsConfig.nameserver: unknown field (did you mean "nameservers"?)']);
    expect(warningsOf(obj)).toEqual(['spec.dnsConfig: not simulated by kubesim: accepted and ignored']);
  });

  test('topologySpreadConstraints, affinity and tolerations are modelled (no warning)', () => {
    const obj = make('Pod', {
      'spec.topologySpreadConstraints': [{ maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule',
        labelSelector: { matchLabels: { a: 'b' } } }],
      'spec.affinity': { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [{ matchExpressions: [{ key: 'k', operator: 'In', values: ['v'] }] }] } } },
      'spec.tolerations': [{ key: 'k', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 30 }],
    });
    expect([errorsOf(obj), warningsOf(obj)]).toEqual([[], []]);
  });
});

describe('API versions and kinds', () => {
  test.each([
    { name: 'batch/v1beta1 CronJob', obj: make('CronJob', { apiVersion: 'batch/v1beta1' }),
      want: ['apiVersion: batch/v1beta1 CronJob is no longer served: removed in Kubernetes v1.25; use apiVersion: ' +
        'batch/v1'] },
    { name: 'extensions/v1beta1 DaemonSet', obj: make('DaemonSet', { apiVersion: 'extensions/v1beta1' }),
      want: ['apiVersion: extensions/v1beta1 DaemonSet is no longer served: removed in Kubernetes v1.16; use ' +
        'apiVersion: apps/v1'] },
    { name: 'policy/v1beta1 PodDisruptionBudget', obj: make('PodDisruptionBudget', { apiVersion: 'policy/v1beta1' }),
      want: ['apiVersion: policy/v1beta1 PodDisruptionBudget is no longer served: removed in Kubernetes v1.25; use ' +
        'apiVersion: policy/v1'] },
    { name: 'autoscaling/v2beta2 HPA', obj: make('HPAv2', { apiVersion: 'autoscaling/v2beta2' }),
      want: ['apiVersion: autoscaling/v2beta2 HorizontalPodAutoscaler is no longer served: removed in Kubernetes ' +
        'v1.26; use apiVersion: autoscaling/v2 or apiVersion: autoscaling/v1'] },
    { name: 'extensions/v1beta1 Ingress, a kind kubesim skips',
      obj: { apiVersion: 'extensions/v1beta1', kind: 'Ingress', metadata: { name: 'i' } },
        want: ['apiVersion: extensions/v1beta1 Ingress is no longer served: removed in Kubernetes v1.22; use ' +
          'apiVersion: networking.k8s.io/v1'] },
    { name: 'PodSecurityPolicy, removed without replacement',
      obj: { apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', metadata: { name: 'psp' } },
        want: ['apiVersion: policy/v1beta1 PodSecurityPolicy is no longer served: removed in Kubernetes v1.25; it has '
          +
          'no replacement API'] },
    { name: 'a removed version of an unknown kind', obj: { apiVersion: 'apps/v1beta2', kind: 'Widget',
      metadata: { name: 'w' } },
        want: ['apiVersion: apps/v1beta2 Widget is no longer served: removed in Kubernetes v1.16; use a current API ' +
          'version'] },
    { name: 'a wrong but not removed version', obj: make('Deployment', { apiVersion: 'v1' }),
      want: ['apiVersion: Unsupported value: "v1": supported values for Deployment: "apps/v1"'] },
    { name: 'no kind', obj: { apiVersion: 'v1', metadata: { name: 'x' } }, want: ['kind: Required value'] },
    { name: 'not a mapping', obj: ['a'],
      want: [': a manifest must be a YAML mapping with apiVersion, kind and metadata'] },
  ])('$name', ({ obj, want }) => expect(errorsOf(obj)).toEqual(want));

  test('networking.k8s.io/v1beta1 still serves newer kinds, so only Ingress there is refused', () => {
    expect(validateObject({ apiVersion: 'networking.k8s.io/v1beta1', kind: 'ServiceCIDR',
      metadata: { name: 'x' } }).skipped).toBe(true);
  });

  test.each(['Ingress', 'ServiceAccount', 'Role', 'RoleBinding', 'ClusterRole', 'NetworkPolicy',
    'CustomResourceDefinition', 'Certificate'])('%s is skipped with a warning, not an error', (kind) => {
    const r = validateObject({ apiVersion: 'example/v1', kind, metadata: { name: 'x' }, spec: { anything: 1 } });
    expect(r).toEqual({ errors: [], warnings: [{ path: 'kind',
      message: `${kind} (example/v1) is not simulated by kubesim: skipped` }], skipped: true });
  });
});

describe('Pod rules (core/validation)', () => {
  test.each([
    { name: 'requests above limits', obj: make('Pod', { 'spec.containers.0.resources': { requests: { cpu: '2' },
      limits: { cpu: '1' } } }),
        want: [`${C0}.resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1`] },
    { name: 'a bad quantity', obj: make('Pod', { 'spec.containers.0.resources': { requests: { memory: '1KB' } } }),
      want: [`${C0}.resources.requests[memory]: Invalid value: "1KB": quantities must match the regular expression ` +
        `'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`] },
    { name: 'a negative quantity', obj: make('Pod', { 'spec.containers.0.resources': { requests: { cpu: '-1' } } }),
      want: [`${C0}.resources.requests[cpu]: Invalid value: "-1": must be greater than or equal to 0`] },
    { name: 'an extended resource request without limit', obj: make('Pod',
      { 'spec.containers.0.resources': { requests: { 'nvidia.com/gpu': 1 } } }),
        want: [`${C0}.resources.limits: Required value: Limit must be set for non overcommitable resources`] },
    { name: 'an extended resource request unequal to its limit',
      obj: make('Pod', { 'spec.containers.0.resources': { requests: { 'nvidia.com/gpu': 1 },
        limits: { 'nvidia.com/gpu': 2 } } }),
          want: [`${C0}.resources.requests: Invalid value: 1: must be equal to nvidia.com/gpu limit of 2`] },
    { name: 'container names unique across init and app containers',
      obj: make('Pod', { 'spec.initContainers': [{ name: 'app', image: 'busybox' }] }),
        want: ['spec.initContainers[0].name: Duplicate value: "app"'] },
    { name: 'a bad container name', obj: make('Pod', { 'spec.containers.0.name': 'App_1' }),
      want: [`${C0}.name: Invalid value: "App_1": a lowercase RFC 1123 label must consist of lower case alphanumeric ` +
        `characters or '-', and must start and end with an alphanumeric character`] },
    { name: 'a bad restartPolicy', obj: make('Pod', { 'spec.restartPolicy': 'Sometimes' }),
      want: ['spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"'] },
    { name: 'a probe with two handlers', obj: make('Pod', { 'spec.containers.0.livenessProbe': {
      exec: { command: ['true'] }, tcpSocket: { port: 80 } } }),
        want: [`${C0}.livenessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type`] },
    { name: 'a probe with no handler', obj: make('Pod', { 'spec.containers.0.readinessProbe': { periodSeconds: 5 } }),
      want: [`${C0}.readinessProbe: Required value: must specify a handler type`] },
    { name: 'liveness successThreshold must be 1', obj: make('Pod',
      { 'spec.containers.0.livenessProbe': { exec: { command: ['true'] }, successThreshold: 2 } }),
        want: [`${C0}.livenessProbe.successThreshold: Invalid value: 2: must be 1`] },
    { name: 'a negative probe period', obj: make('Pod', { 'spec.containers.0.readinessProbe': {
      exec: { command: ['true'] }, periodSeconds: -1 } }), want: [
        `${C0}.readinessProbe.periodSeconds: Invalid value: -1: must be greater than or equal to 0`] },
    { name: 'a probe port out of range', obj: make('Pod', { 'spec.containers.0.livenessProbe': {
      httpGet: { port: 0 } } }),
        want: [`${C0}.livenessProbe.httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive`] },
    { name: 'a probe port name too long', obj: make('Pod', {
      'spec.containers.0.readinessProbe': { tcpSocket: { port: 'my-very-long-port-name' } } }),
        want: [`${C0}.readinessProbe.tcpSocket.port: Invalid value: "my-very-long-port-name": must be no more than ` +
          (`15 characters, contain only lowercase alphanumeric characters or '-', contain at least one letter (a-z), ` +
            `not start or end with '-' and not contain '--'`)] },
    { name: 'an image with a trailing space', obj: make('Pod', { 'spec.containers.0.image': 'nginx ' }),
      want: [`${C0}.image: Invalid value: "nginx ": must not have leading or trailing whitespace`] },
    { name: 'a port out of range', obj: make('Pod', { 'spec.containers.0.ports': [{ containerPort: 70000 }] }),
      want: [`${C0}.ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive`] },
    { name: 'a bad protocol', obj: make('Pod', { 'spec.containers.0.ports': [
      { containerPort: 80, protocol: 'HTTP' }] }),
        want: [`${C0}.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"`] },
    { name: 'a mount of a volume that does not exist', obj: make('Pod',
      { 'spec.containers.0.volumeMounts': [{ name: 'data', mountPath: '/data' }] }),
        want: [`${C0}.volumeMounts[0].name: Not found: "data"`] },
    { name: 'a volume with two sources', obj: make('Pod', { 'spec.volumes': [
      { name: 'v', emptyDir: {}, configMap: { name: 'c' } }] }),
        want: ['spec.volumes[0].configMap: Forbidden: may not specify more than 1 volume type'] },
    { name: 'env value and valueFrom together', obj: make('Pod',
      { 'spec.containers.0.env': [{ name: 'A', value: 'x', valueFrom: {
        configMapKeyRef: { name: 'c', key: 'k' } } }] }), want: [
          `${C0}.env[0].valueFrom: Invalid value: "": may not be specified when \`value\` is not empty`] },
    { name: 'a probe on a plain init container', obj: make('Pod',
      { 'spec.initContainers': [{ name: 'init', image: 'busybox', readinessProbe: { exec: { command: ['true'] } } }] }),
        want: ['spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers without ' +
          'restartPolicy=Always'] },
    { name: 'a sidecar init container may have probes', obj: make('Pod',
      { 'spec.initContainers': [{ name: 'side', image: 'busybox', restartPolicy: 'Always',
        readinessProbe: { exec: { command: ['true'] } } }] }), want: [] },
    { name: 'a bad label value', obj: make('Pod', { 'metadata.labels': { app: 'a b' } }),
      want: [`metadata.labels.app: Invalid value: "a b": a valid label must be an empty string or consist of ` +
        `alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`] },
    { name: 'a bad name', obj: make('Pod', { 'metadata.name': 'Web_1' }),
      want: [`metadata.name: Invalid value: "Web_1": a lowercase RFC 1123 subdomain must consist of lower case ` +
        `alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`] },
    { name: 'a missing name', obj: make('Pod', { 'metadata.name': undefined }),
      want: ['metadata.name: Required value: name or generateName is required'] },
  ])('$name', ({ obj, want }) => expect(errorsOf(obj)).toEqual(want));
});

describe('Pod specs shared by many pods (loadManifestText) are judged once, with the same findings', () => {
  test('each pod gets what validating it alone gives, in the same order, as its own objects', () => {
    const spec = { containers: [{ name: 'a', image: 'x', imagePullPolice: 'Always', ports: [{ containerPort: -1 }],
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } } }], restartPolicy: 'Sometimes' };
    const pod = (name: string, extra: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'Pod',
      metadata: { name }, spec, ...extra });
    const verdicts: import("./index.js").PodSpecVerdicts = new Map();
    const pods = [pod('a'), pod('B'), pod('c', { status: { phase: 'Running' } }), pod('d')];
    const shared = pods.map((p) => validateObject(p, { podSpecs: verdicts }));
    const alone = pods.map((p) => validateObject(p));
    expect(shared).toEqual(alone);
    expect(verdicts.has(spec)).toBe(true);
    expect(alone[0].errors.length).toBeGreaterThan(2);
    expect(alone[0].warnings.length).toBeGreaterThan(0);
    expect(shared[1].errors.length).toBeGreaterThan(alone[0].errors.length); // the upper-case name
    expect(shared[3].errors[0]).not.toBe(shared[0].errors[0]);
  });
});
