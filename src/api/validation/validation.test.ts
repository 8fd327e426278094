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

const T = 'spec.template';
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
    { name: 'non-resource HPA metrics', obj: make('HPAv2', {
      'spec.metrics': [{ type: 'External', external: { metric: { name: 'queue' },
        target: { type: 'AverageValue', averageValue: '30' } } }] }),
          want: ['spec.metrics[0].external: not simulated by kubesim: accepted and ignored'] },
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

describe('workload rules (apps/validation, core/validation)', () => {
  test.each([
    { name: 'negative replicas', obj: make('Deployment', { 'spec.replicas': -1 }),
      want: ['spec.replicas: Invalid value: -1: must be greater than or equal to 0'] },
    { name: 'a Deployment without selector', obj: make('Deployment', { 'spec.selector': undefined }),
      want: ['spec.selector: Required value'] },
    { name: 'an empty selector', obj: make('Deployment', { 'spec.selector': {} }),
      want: ['spec.selector: Invalid value: {}: empty selector is invalid for deployment'] },
    { name: 'a selector that does not match the template', obj: make('Deployment',
      { [`${T}.metadata.labels`]: { app: 'other' } }), want: [
        `${T}.metadata.labels: Invalid value: map[string]string{"app":"other"}: \`selector\` does not match template ` +
          `\`labels\``] },
    { name: 'a matchExpressions selector that does not match',
      obj: make('ReplicaSet', { 'spec.selector': { matchExpressions: [
        { key: 'app', operator: 'NotIn', values: ['rs'] }] } }),
          want: [`${T}.metadata.labels: Invalid value: map[string]string{"app":"rs"}: \`selector\` does not match ` +
            `template \`labels\``] },
    { name: 'In without values', obj: make('ReplicaSet', { 'spec.selector': { matchLabels: { app: 'rs' },
      matchExpressions: [{ key: 'tier', operator: 'In' }] } }),
        want: ["spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' " +
          "or 'NotIn'",
            `${T}.metadata.labels: Invalid value: map[string]string{"app":"rs"}: \`selector\` does not match ` +
              `template \`labels\``] },
    { name: 'a Deployment template with restartPolicy Never',
      obj: make('Deployment', { [`${T}.spec.restartPolicy`]: 'Never' }),
        want: [`${T}.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"`] },
    { name: 'maxSurge and maxUnavailable both 0', obj: make('Deployment',
      { 'spec.strategy': { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: '0%' } } }),
        want: ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "0%": may not be 0 when `maxSurge` is 0'] },
    { name: 'a bad percentage', obj: make('Deployment', { 'spec.strategy': { rollingUpdate: { maxSurge: '25' } } }),
      want: ["spec.strategy.rollingUpdate.maxSurge: Invalid value: \"25\": a valid percent string must be a numeric " +
        "string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"] },
    { name: 'maxUnavailable above 100%', obj: make('Deployment',
      { 'spec.strategy': { rollingUpdate: { maxUnavailable: '150%' } } }),
        want: ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "150%": must not be greater than 100%'] },
    { name: 'Recreate with rollingUpdate', obj: make('Deployment',
      { 'spec.strategy': { type: 'Recreate', rollingUpdate: { maxSurge: 1 } } }),
        want: ["spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'"] },
    { name: 'a bad strategy type', obj: make('Deployment', { 'spec.strategy': { type: 'BlueGreen' } }),
      want: ['spec.strategy: Unsupported value: {"type":"BlueGreen"}: supported values: "Recreate", "RollingUpdate"'] },
    { name: 'progressDeadlineSeconds not above minReadySeconds',
      obj: make('Deployment', { 'spec.minReadySeconds': 30, 'spec.progressDeadlineSeconds': 30 }),
        want: ['spec.progressDeadlineSeconds: Invalid value: 30: must be greater than minReadySeconds'] },
    { name: 'a StatefulSet podManagementPolicy', obj: make('StatefulSet', { 'spec.podManagementPolicy': 'Random' }),
      want: ["spec.podManagementPolicy: Invalid value: \"Random\": must be 'OrderedReady' or 'Parallel'"] },
    { name: 'a StatefulSet negative partition', obj: make('StatefulSet',
      { 'spec.updateStrategy': { type: 'RollingUpdate', rollingUpdate: { partition: -1 } } }),
        want: ['spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0'] },
    { name: 'a StatefulSet OnDelete with rollingUpdate', obj: make('StatefulSet',
      { 'spec.updateStrategy': { type: 'OnDelete', rollingUpdate: { partition: 1 } } }),
        want: ['spec.updateStrategy.rollingUpdate: Invalid value: {"partition":1}: only allowed for updateStrategy ' +
          '\'RollingUpdate\''] },
    { name: 'a StatefulSet update strategy type', obj: make('StatefulSet',
      { 'spec.updateStrategy': { type: 'Rolling' } }), want: [
        'spec.updateStrategy: Invalid value: {"type":"Rolling"}: must be \'RollingUpdate\' or \'OnDelete\''] },
    { name: 'a StatefulSet maxUnavailable of 0', obj: make('StatefulSet',
      { 'spec.updateStrategy': { rollingUpdate: { maxUnavailable: 0 } } }),
        want: ['spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: 0: cannot be 0'] },
    { name: 'a StatefulSet name must be a DNS label', obj: make('StatefulSet', { 'metadata.name': 'db.v1' }),
      want: [`metadata.name: Invalid value: "db.v1": a lowercase RFC 1123 label must consist of lower case ` +
        `alphanumeric characters or '-', and must start and end with an alphanumeric character`] },
    { name: 'a StatefulSet with activeDeadlineSeconds', obj: make('StatefulSet',
      { [`${T}.spec.activeDeadlineSeconds`]: 10 }),
        want: [`${T}.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in StatefulSet is not Supported`] },
    { name: 'a StatefulSet mounting its claim template', obj: make('StatefulSet',
      { 'spec.template.spec.containers.0.volumeMounts': [{ name: 'data', mountPath: '/d' }],
        'spec.volumeClaimTemplates': [{ metadata: { name: 'data' },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }] }), want: [] },
    { name: 'a claim template without access modes or storage',
      obj: make('StatefulSet', { 'spec.volumeClaimTemplates': [{ metadata: { name: 'data' }, spec: {} }] }),
        want: ['spec.volumeClaimTemplates[0].spec.accessModes: Required value: at least 1 access mode is required',
          'spec.volumeClaimTemplates[0].spec.resources[storage]: Required value'] },
    { name: 'a DaemonSet update strategy', obj: make('DaemonSet', { 'spec.updateStrategy': { type: 'Rolling' } }),
      want: ['spec.updateStrategy: Unsupported value: {"type":"Rolling"}: supported values: "RollingUpdate", ' +
        '"OnDelete"'] },
    { name: 'a DaemonSet with maxUnavailable 0 and default maxSurge',
      obj: make('DaemonSet', { 'spec.updateStrategy': { type: 'RollingUpdate',
        rollingUpdate: { maxUnavailable: 0 } } }),
          want: ['spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0'] },
    { name: 'a DaemonSet surging instead', obj: make('DaemonSet',
      { 'spec.updateStrategy': { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } } }),
        want: [] },
    { name: 'a DaemonSet surging without zeroing maxUnavailable (defaulted to 1)',
      obj: make('DaemonSet', { 'spec.updateStrategy': { rollingUpdate: { maxSurge: '10%' } } }),
        want: ['spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: "10%": may not be set when maxUnavailable ' +
          'is non-zero'] },
    { name: 'a ReplicationController selector not matching',
      obj: make('ReplicationController', { 'spec.selector': { app: 'x' } }),
        want: [`${T}.metadata.labels: Invalid value: map[string]string{"app":"rc"}: \`selector\` does not match ` +
          `template \`labels\``] },
    { name: 'a ReplicationController without selector takes the template labels',
      obj: make('ReplicationController', { 'spec.selector': undefined }), want: [] },
  ])('$name', ({ obj, want }) => expect(errorsOf(obj)).toEqual(want));
});

describe('Job and CronJob rules (batch/validation)', () => {
  test.each([
    { name: 'a Job template without restartPolicy', obj: make('Job', { [`${T}.spec.restartPolicy`]: undefined }),
      want: [`${T}.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"`] },
    { name: 'a Job template with restartPolicy Always', obj: make('Job', { [`${T}.spec.restartPolicy`]: 'Always' }),
      want: [`${T}.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"`] },
    { name: 'a Job with negative counts', obj: make('Job', { 'spec.completions': -1, 'spec.parallelism': -2,
      'spec.backoffLimit': -3 }), want: ['spec.parallelism: Invalid value: -2: must be greater than or equal to 0',
        'spec.completions: Invalid value: -1: must be greater than or equal to 0',
          'spec.backoffLimit: Invalid value: -3: must be greater than or equal to 0'] },
    { name: 'an Indexed Job without completions', obj: make('Job', { 'spec.completionMode': 'Indexed' }),
      want: ['spec.completions: Required value: when completion mode is Indexed'] },
    { name: 'a bad completion mode', obj: make('Job', { 'spec.completionMode': 'Ordered' }),
      want: ['spec.completionMode: Unsupported value: "Ordered": supported values: "NonIndexed", "Indexed"'] },
    { name: 'a selector without manualSelector', obj: make('Job', { 'spec.selector': { matchLabels: { a: 'b' } } }),
      want: ['spec.selector: Invalid value: {"matchLabels":{"a":"b"}}: `selector` not auto-generated'] },
    { name: 'a manual selector that does not match', obj: make('Job',
      { 'spec.manualSelector': true, 'spec.selector': { matchLabels: { a: 'b' } } }),
        want: ['spec.template.metadata.labels: Invalid value: map[string]string{}: `selector` does not match template '
          +
          '`labels`'] },
    { name: 'a podFailurePolicy with OnFailure', obj: make('Job',
      { [`${T}.spec.restartPolicy`]: 'OnFailure', 'spec.podFailurePolicy': {
        rules: [{ action: 'FailJob', onExitCodes: { operator: 'In', values: [1] } }] } }),
          want: [`${T}.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when ` +
            `podFailurePolicy is specified`] },
    { name: 'podFailurePolicy rule mistakes', obj: make('Job',
      { 'spec.podFailurePolicy': { rules: [{ action: 'Retry',
        onExitCodes: { containerName: 'nope', operator: 'In', values: [3, 0, 3] } }, { action: 'Ignore' }] } }),
      want: ['spec.podFailurePolicy.rules[0].action: Unsupported value: "Retry": supported values: "Count", ' +
        '"FailIndex", "FailJob", "Ignore"',
          'spec.podFailurePolicy.rules[0].onExitCodes.containerName: Invalid value: "nope": must be one of the ' +
            'container or initContainer names in the pod template',
              'spec.podFailurePolicy.rules[0].onExitCodes.values[1]: Invalid value: 0: must not be 0 for the In ' +
                'operator', 'spec.podFailurePolicy.rules[0].onExitCodes.values[2]: Duplicate value: 3',
                  'spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: [3,0,3]: must be ordered',
                    'spec.podFailurePolicy.rules[1]: Invalid value: "object": specifying one of OnExitCodes and ' +
                      'OnPodConditions is required'] },
    { name: 'a schedule minute out of range', obj: make('CronJob', { 'spec.schedule': '61 * * * *' }),
      want: ['spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61'] },
    { name: 'a schedule with four fields', obj: make('CronJob', { 'spec.schedule': '* * * *' }),
      want: ['spec.schedule: Invalid value: "* * * *": expected exactly 5 fields, found 4: [* * * *]'] },
    { name: 'a CRON_TZ prefix', obj: make('CronJob', { 'spec.schedule': 'CRON_TZ=UTC * * * * *' }),
      want: ['spec.schedule: Invalid value: "CRON_TZ=UTC * * * * *": cannot use TZ or CRON_TZ in schedule, use ' +
        'timeZone field instead'] },
    { name: 'an unknown time zone', obj: make('CronJob', { 'spec.timeZone': 'Europe/Pariss' }),
      want: ['spec.timeZone: Invalid value: "Europe/Pariss": unknown time zone Europe/Pariss'] },
    { name: 'a time zone in the wrong case', obj: make('CronJob', { 'spec.timeZone': 'europe/paris' }),
      want: ['spec.timeZone: Invalid value: "europe/paris": unknown time zone europe/paris'] },
    { name: 'the Local time zone', obj: make('CronJob', { 'spec.timeZone': 'Local' }),
      want: ['spec.timeZone: Invalid value: "Local": timeZone must be an explicit time zone as defined in ' +
        'https://www.iana.org/time-zones'] },
    // validation.go validateJobSpec: backoffLimitPerIndex / maxFailedIndexes need Indexed; maxFailedIndexes
    // needs backoffLimitPerIndex and at most completions.
    { name: 'per-index fields on a NonIndexed Job', obj: make('Job', { 'spec.maxFailedIndexes': 1 }),
      want: ['spec.backoffLimitPerIndex: Required value: when maxFailedIndexes is specified',
        'spec.maxFailedIndexes: Invalid value: 1: requires indexed completion mode'] },
    { name: 'maxFailedIndexes above completions', obj: make('Job', { 'spec.completionMode': 'Indexed',
      'spec.completions': 2, 'spec.backoffLimitPerIndex': 1, 'spec.maxFailedIndexes': 3 }),
      want: ['spec.maxFailedIndexes: Invalid value: 3: must be less than or equal to completions'] },
    // validation.go validateSuccessPolicy / validateSuccessPolicyRule / validateIndexesFormat.
    { name: 'a successPolicy on a NonIndexed Job', obj: make('Job', { 'spec.successPolicy':
      { rules: [{ succeededCount: 1 }] } }),
      want: ['spec.successPolicy: Invalid value: {"rules":[{"succeededCount":1}]}: requires indexed completion mode'] },
    { name: 'successPolicy rule mistakes', obj: make('Job', { 'spec.completionMode': 'Indexed', 'spec.completions': 5,
      'spec.successPolicy': { rules: [{}, { succeededIndexes: '0-2,2', succeededCount: 6 },
        { succeededIndexes: '1-3', succeededCount: 4 }, { succeededIndexes: '9' }] } }),
      want: ['spec.successPolicy.rules[0]: Required value: at least one of succeededCount or succeededIndexes must ' +
        'be specified', 'spec.successPolicy.rules[1].succeededIndexes: Invalid value: "0-2,2": error parsing ' +
        'succeededIndexes: non-increasing order, previous: 2, current: 2',
      'spec.successPolicy.rules[1].succeededCount: Invalid value: 6: must be less than or equal to 5 (the number ' +
        'of specified completions)', 'spec.successPolicy.rules[1].succeededCount: Invalid value: 6: must be less ' +
        'than or equal to 0 (the number of indexes in the specified succeededIndexes field)',
      'spec.successPolicy.rules[2].succeededCount: Invalid value: 4: must be less than or equal to 3 (the number ' +
        'of indexes in the specified succeededIndexes field)',
      'spec.successPolicy.rules[3].succeededIndexes: Invalid value: "9": error parsing succeededIndexes: too ' +
        'large index: "9"'] },
    { name: 'a valid Indexed Job with every per-index field', obj: make('Job', { 'spec.completionMode': 'Indexed',
      'spec.completions': 4, 'spec.backoffLimitPerIndex': 1, 'spec.maxFailedIndexes': 2,
      'spec.successPolicy': { rules: [{ succeededIndexes: '0,2-3', succeededCount: 2 }] } }), want: [] },
    { name: 'a bad concurrencyPolicy', obj: make('CronJob', { 'spec.concurrencyPolicy': 'Never' }),
      want: ['spec.concurrencyPolicy: Unsupported value: "Never": supported values: "Allow", "Forbid", "Replace"'] },
    { name: 'a CronJob whose jobs restart Always', obj: make('CronJob',
      { 'spec.jobTemplate.spec.template.spec.restartPolicy': 'Always' }),
        want: ['spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", ' +
          '"Never"'] },
    { name: 'a CronJob name longer than 52', obj: make('CronJob', { 'metadata.name': 'c'.repeat(53) }),
      want: [`metadata.name: Invalid value: "${'c'.repeat(53)}": must be no more than 52 characters`] },
    { name: 'a valid macro and time zone', obj: make('CronJob',
      { 'spec.schedule': '@daily', 'spec.timeZone': 'America/New_York' }), want: [] },
    { name: '@every is valid and simulated (robfig/cron Every)', obj: make('CronJob', { 'spec.schedule': '@every 5m' }),
      want: [] },
  ])('$name', ({ obj, want }) => expect(errorsOf(obj)).toEqual(want));
});

describe('HPA, PDB and PriorityClass rules', () => {
  test.each([
    { name: 'minReplicas above maxReplicas', obj: make('HPAv2', { 'spec.minReplicas': 6 }),
      want: ['spec.maxReplicas: Invalid value: 5: must be greater than or equal to `minReplicas`'] },
    { name: 'minReplicas 0', obj: make('HPAv2', { 'spec.minReplicas': 0 }),
      want: ['spec.minReplicas: Invalid value: 0: must be greater than or equal to 1'] },
    { name: 'maxReplicas 0', obj: make('HPAv1', { 'spec.maxReplicas': 0 }),
      want: ['spec.maxReplicas: Invalid value: 0: must be greater than 0'] },
    { name: 'v1 target 0%', obj: make('HPAv1', { 'spec.targetCPUUtilizationPercentage': 0 }),
      want: ['spec.targetCPUUtilizationPercentage: Invalid value: 0: must be greater than 0'] },
    { name: 'a scale target without name', obj: make('HPAv2', { 'spec.scaleTargetRef.name': undefined }),
      want: ['spec.scaleTargetRef.name: Required value'] },
    { name: 'a Resource metric without resource', obj: make('HPAv2', { 'spec.metrics': [{ type: 'Resource' }] }),
      want: ['spec.metrics[0].resource: Required value: must populate information for the given metric source'] },
    { name: 'a Resource metric with a pods source too', obj: make('HPAv2',
      { 'spec.metrics.0.pods': { metric: { name: 'x' }, target: { type: 'AverageValue', averageValue: '1' } } }),
        want: ['spec.metrics[0].pods: Forbidden: must populate the given metric source only'] },
    { name: 'a Resource metric with Value target', obj: make('HPAv2',
      { 'spec.metrics.0.resource.target': { type: 'Value', value: '100m' } }),
        want: ['spec.metrics[0].resource.target.averageUtilization: Required value: must set either a target raw ' +
          'value or a target utilization'] },
    { name: 'a zero utilization', obj: make('HPAv2', { 'spec.metrics.0.resource.target.averageUtilization': 0 }),
      want: ['spec.metrics[0].resource.target.averageUtilization: Invalid value: 0: must be greater than 0'] },
    { name: 'a bad metric type', obj: make('HPAv2', { 'spec.metrics.0.type': 'Cpu' }),
      want: ['spec.metrics[0].type: Unsupported value: "Cpu": supported values: "Object", "Pods", "Resource", ' +
        '"External", "ContainerResource"'] },
    { name: 'behavior out of range', obj: make('HPAv2', { 'spec.behavior': {
      scaleDown: { stabilizationWindowSeconds: 4000, policies: [
        { type: 'Percent', value: 0, periodSeconds: 2000 }] } } }),
          want: ['spec.behavior.scaleDown.stabilizationWindowSeconds: Invalid value: 4000: must be less than or equal '
            +
            'to 3600', 'spec.behavior.scaleDown.policies[0].value: Invalid value: 0: must be greater than zero',
              'spec.behavior.scaleDown.policies[0].periodSeconds: Invalid value: 2000: must be less than or equal to ' +
                '1800'] },
    { name: 'a PDB with both minAvailable and maxUnavailable',
      obj: make('PodDisruptionBudget', { 'spec.maxUnavailable': '10%' }),
        want: ['spec: Invalid value: ' +
          ('{"minAvailable":1,"selector":{"matchLabels":{"app":"web"}},"maxUnavailable":"10%"}: minAvailable and ' +
            'maxUnavailable cannot be both set')] },
    { name: 'a PDB percentage above 100', obj: make('PodDisruptionBudget', { 'spec.minAvailable': '120%' }),
      want: ['spec.minAvailable: Invalid value: "120%": must not be greater than 100%'] },
    { name: 'a user priority above one billion', obj: make('PriorityClass', { value: 1_000_000_001 }),
      want: ['value: Forbidden: maximum allowed value of a user defined priority is 1000000000'] },
    { name: 'a system- prefixed name', obj: make('PriorityClass', { 'metadata.name': 'system-mine' }),
      want: ["metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. " +
        "error: system-mine is not a known system priority class"] },
    { name: 'a bad preemptionPolicy', obj: make('PriorityClass', { preemptionPolicy: 'Always' }),
      want: ['preemptionPolicy: Unsupported value: "Always": supported values: "Never", "PreemptLowerPriority"'] },
  ])('$name', ({ obj, want }) => expect(errorsOf(obj)).toEqual(want));
});

describe('other core kinds', () => {
  test.each([
    { name: 'a Node with a bad capacity', obj: make('Node', { 'status.capacity.memory': '8GB' }),
      want: [`status.capacity.memory: Invalid value: "8GB": quantities must match the regular expression ` +
        `'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`] },
    { name: 'a Node taint without effect', obj: make('Node', { 'spec.taints': [{ key: 'k' }] }),
      want: ['spec.taints[0].effect: Required value'] },
    { name: 'a ConfigMap key with a slash', obj: make('ConfigMap', { 'data': { 'a/b': 'x' } }),
      want: ["data[a/b]: Invalid value: \"a/b\": a valid config key must consist of alphanumeric characters, '-', '_' "
        +
        "or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"] },
    { name: 'a ConfigMap key in data and binaryData', obj: make('ConfigMap', { binaryData: { 'app.conf': 'eA==' } }),
      want: ['binaryData[app.conf]: Invalid value: "app.conf": duplicate of key present in data'] },
    { name: 'a Secret value that is not base64', obj: make('Secret', { 'data.password': 'pass word' }),
      want: ['data[password]: Invalid value: "pass word": illegal base64 data at input byte 4'] },
    { name: 'a TLS Secret without its key', obj: make('Secret',
      { type: 'kubernetes.io/tls', data: undefined, stringData: { 'tls.crt': 'x' } }),
        want: ['data[tls.key]: Required value'] },
    { name: 'a basic-auth Secret with neither username nor password',
      obj: make('Secret', { type: 'kubernetes.io/basic-auth', data: { token: 'eA==' } }),
        want: ['data[username]: Required value', 'data[password]: Required value'] },
    { name: 'a Namespace name that is not a DNS label', obj: make('Namespace', { 'metadata.name': 'a.b' }),
      want: [`metadata.name: Invalid value: "a.b": a lowercase RFC 1123 label must consist of lower case ` +
        `alphanumeric characters or '-', and must start and end with an alphanumeric character`] },
    { name: 'a PVC with zero storage', obj: make('PersistentVolumeClaim', { 'spec.resources.requests.storage': '0' }),
      want: ['spec.resources[storage]: Invalid value: "0": must be greater than zero'] },
    { name: 'a PVC access mode', obj: make('PersistentVolumeClaim', { 'spec.accessModes': ['ReadWriteSometimes'] }),
      want: ['spec.accessModes: Unsupported value: "ReadWriteSometimes": supported values: "ReadOnlyMany", ' +
        '"ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"'] },
  ])('$name', ({ obj, want }) => expect(errorsOf(obj)).toEqual(want));
});

describe("kubesim's behaviour annotations are checked at load time", () => {
  test.each([
    { name: 'a valid pod-wide annotation', obj: make('Pod', {
      'metadata.annotations': { 'kubesim.io/behavior': '{exitAfter: 30s, exitCode: 1}' } }), errors: [], warnings: [] },
    { name: 'a bad duration', obj: make('Pod', { 'metadata.annotations': {
      'kubesim.io/behavior': 'startDelay: soon' } }), errors: [
        'metadata.annotations[kubesim.io/behavior].startDelay: must be a duration such as 30s, 5m or 1h30m (units ms, '
          +
          's, m, h, d), got "soon"'], warnings: [] },
    { name: 'not YAML', obj: make('Pod', { 'metadata.annotations': { 'kubesim.io/behavior': '{a: [' } }),
      errors: [expect.stringMatching(/^metadata\.annotations\[kubesim\.io\/behavior\]: not valid YAML: /)],
        warnings: [] },
    { name: 'a per-container annotation in a Deployment template',
      obj: make('Deployment', { 'spec.template.metadata.annotations': { 'kubesim.io/behavior.app': 'exitCode: 300' } }),
        errors: [
          'spec.template.metadata.annotations[kubesim.io/behavior.app].exitCode: must be an integer from 0 to 255'],
            warnings: [] },
    { name: 'an annotation for a container that does not exist',
      obj: make('CronJob', { 'spec.jobTemplate.spec.template.metadata.annotations': {
        'kubesim.io/behavior.nope': 'exitCode: 1' } }), errors: [],
          warnings: [
            'spec.jobTemplate.spec.template.metadata.annotations[kubesim.io/behavior.nope]: no container named "nope" '
              +
              'in this pod: the annotation has no effect'] },
  ])('$name', ({ obj, errors, warnings }) => {
    expect(errorsOf(obj)).toEqual(errors);
    expect(warningsOf(obj)).toEqual(warnings);
  });
});

describe('scheduling fields (core/validation)', () => {
  const na = 'spec.affinity.nodeAffinity';
  test.each([
    { name: 'Gt with two values', obj: make('Pod', { 'spec.affinity': {
      nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [{ matchExpressions: [{ key: 'cores', operator: 'Gt', values: ['4', '8'] }] }] } } } }),
      want: [`${na}.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values: ` +
        `Required value: must be specified single value when \`operator\` is 'Lt' or 'Gt'`] },
    { name: 'a bad operator', obj: make('Pod', { 'spec.affinity': {
      nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [{ matchExpressions: [{ key: 'a', operator: 'Is', values: ['b'] }] }] } } } }),
      want: [`${na}.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator:` +
        ` Invalid value: "Is": not a valid selector operator`] },
    { name: 'no node selector terms', obj: make('Pod', { 'spec.affinity': {
      nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [] } } } }),
      want: [`${na}.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Required value: must have at ` +
        `least one node selector term`] },
    { name: 'a preference weight of 0', obj: make('Pod', { 'spec.affinity': {
      nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [
        { weight: 0, preference: { matchExpressions: [{ key: 'a', operator: 'Exists' }] } }] } } }),
      want: [`${na}.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 0: must be in the ` +
        `range 1-100`] },
    { name: 'a pod anti-affinity term without topologyKey',
      obj: make('Pod', { 'spec.affinity': { podAntiAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'web' } } }] } } }),
      want: ['spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Required ' +
        'value: can not be empty'] },
    { name: 'spread constraint mistakes', obj: make('Pod', {
      'spec.topologySpreadConstraints': [{ maxSkew: 0, topologyKey: 'zone', whenUnsatisfiable: 'ScheduleAnyway',
        minDomains: 2 }, { maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'ScheduleAnyway' }] }),
      want: ['spec.topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero',
        'spec.topologySpreadConstraints[0].minDomains: Invalid value: 2: can only use minDomains if ' +
          'whenUnsatisfiable=DoNotSchedule, not ScheduleAnyway',
            'spec.topologySpreadConstraints[1].{topologyKey, whenUnsatisfiable}: Duplicate value: "{zone, ' +
              'ScheduleAnyway}"'] },
    { name: 'a toleration with neither key nor Exists', obj: make('Pod',
      { 'spec.tolerations': [{ value: 'x', effect: 'NoSchedule' }] }),
      want: ['spec.tolerations[0].operator: Invalid value: "": operator must be Exists when `key` is empty, which ' +
        'means "match all values and all keys"'] },
    { name: 'tolerationSeconds without NoExecute', obj: make('Pod',
      { 'spec.tolerations': [{ key: 'k', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 10 }] }),
      want: ["spec.tolerations[0].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when " +
        "`tolerationSeconds` is set"] },
    { name: 'Exists with a value', obj: make('Pod', { 'spec.tolerations': [
      { key: 'k', operator: 'Exists', value: 'v' }] }),
      want: ['spec.tolerations[0].operator: Invalid value: {"key":"k","operator":"Exists","value":"v"}: value must be '
        +
        'empty when `operator` is \'Exists\''] },
  ])('$name', ({ obj, want }) => expect(errorsOf(obj)).toEqual(want));
});

describe('YAML 1.1 scalars as kubectl reads them', () => {
  test('an unquoted yes where a string belongs is one error, as kubectl refuses it', () => {
    expect(errorsOf(make('Pod', { 'spec.containers.0.image': true }))).toEqual(
      [`${C0}.image: Invalid value: true: expected string (quote numbers and booleans in YAML), got boolean`]);
  });
});

test('a namespace on a cluster-scoped object is a warning (the API server drops it)', () => {
  const o = make('PriorityClass', { 'metadata.namespace': 'shop' });
  expect([errorsOf(o), warningsOf(o)]).toEqual([[], ['metadata.namespace: ignored: PriorityClass is not namespaced']]);
});

describe('HPA metric types that are no source name', () => {
  const hpa = (type: unknown) => ({
    apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'hpa' },
    spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 1, maxReplicas: 5,
      metrics: [{ type, resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] },
  });
  // Found by validationNeverThrows (FC_SEED=-1160010188): an object as `type` threw while used as a key.
  test.each([{ toString: '' }, 'constructor', '__proto__'])('type %j is an error, not a crash', (type) => {
    const errs = errorsOf(hpa(type));
    expect(errs.length).toBeGreaterThan(0);
    expect(errs.every((e) => e.startsWith('spec.metrics[0]'))).toBe(true);
  });
});

describe('a kind a served group version does not have (RESTMapper NoKindMatchError, as kubectl apply reports it)',
  () => {
  test('a typo in apps/v1 is an error with a hint', () => {
    expect(errorsOf({ apiVersion: 'apps/v1', kind: 'Deployemnt', metadata: { name: 'x' } }))
      .toEqual(['kind: no matches for kind "Deployemnt" in version "apps/v1" (did you mean "Deployment"?)']);
  });
  test('an invented kind in v1 is an error', () => {
    expect(errorsOf({ apiVersion: 'v1', kind: 'Widget', metadata: { name: 'x' } }))
      .toEqual(['kind: no matches for kind "Widget" in version "v1"']);
  });
  test.each([['v1', 'ServiceAccount'], ['v1', 'PersistentVolume'], ['policy/v1', 'Eviction']])(
    'a real %s %s kubesim does not model is still a warning', (apiVersion, kind) => {
      expect(validateObject({ apiVersion, kind, metadata: { name: 'x' } }).skipped).toBe(true);
    });
});

describe('fidelity: list entries and volumes', () => {
  test('a null list entry is refused (kubectl: unknown object type "nil")', () => {
    expect(errorsOf(make('Pod', { 'spec.containers.0.args': [null] })))
      .toEqual(['spec.containers[0].args[0]: unknown object type "nil": a list entry may not be null']);
  });
  test('a volume with only a name is valid: the API server defaults it to emptyDir (SetDefaults_Volume)', () => {
    expect(errorsOf(make('Pod', { 'spec.volumes': [{ name: 'data' }] }))).toEqual([]);
  });
  test('two sources are still refused', () => {
    expect(errorsOf(make('Pod', { 'spec.volumes': [{ name: 'data', emptyDir: {}, configMap: { name: 'x' } }] })))
      .toEqual(['spec.volumes[0].configMap: Forbidden: may not specify more than 1 volume type']);
  });
});
