import { describe, expect, test } from 'vitest';
import { make } from '../../../test-support/manifests.js';
import { validateObject } from './index.js';

const errorsOf = (o: unknown): string[] => validateObject(o).errors.map((e) => `${e.path}: ${e.message}`);
const warningsOf = (o: unknown): string[] => validateObject(o).warnings.map((e) => `${e.path}: ${e.message}`);
const C0 = 'spec.containers[0]';

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
