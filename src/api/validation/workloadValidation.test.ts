import { describe, expect, test } from 'vitest';
import { make } from '../../../test-support/manifests.js';
import { validateObject } from './index.js';

const errorsOf = (o: unknown): string[] => validateObject(o).errors.map((e) => `${e.path}: ${e.message}`);
const T = 'spec.template';

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
    // validation.go validatePodsSource, validateObjectSource, validateExternalSource, validateMetricIdentifier.
    { name: 'a Pods metric with a Value target and no name', obj: make('HPAv2', { 'spec.metrics': [{ type: 'Pods',
      pods: { metric: {}, target: { type: 'Value', value: '1' } } }] }),
        want: ['spec.metrics[0].pods.metric.name: Required value: must specify a metric name',
          'spec.metrics[0].pods.target.averageValue: Required value: must specify a positive target averageValue'] },
    { name: 'an Object metric without described object or target value', obj: make('HPAv2', { 'spec.metrics': [{
      type: 'Object', object: { metric: { name: 'a/b' }, describedObject: { name: 'x' },
        target: { type: 'Value' } } }] }),
        want: ['spec.metrics[0].object.describedObject.kind: Required value',
          'spec.metrics[0].object.metric.name: Invalid value: "a/b": may not contain \'/\'',
          'spec.metrics[0].object.target.averageValue: Required value: must set either a target value or ' +
            'averageValue'] },
    { name: 'an External metric with both targets', obj: make('HPAv2', { 'spec.metrics': [{ type: 'External',
      external: { metric: { name: 'q' }, target: { type: 'Value', value: '1', averageValue: '2' } } }] }),
        want: ['spec.metrics[0].external.target.value: Forbidden: may not set both a target value for metric and a ' +
          'per-pod target'] },
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
