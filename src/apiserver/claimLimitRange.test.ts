import { describe, expect, test } from 'vitest';
import { getObject } from '../reducers/state.js';
import { runWithLog, scenarioFrom } from '../../test-support/scenario.js';

// kubernetes/website content/en/examples/admin/resource/storagelimits.yaml and pvc-limit-greater.yaml
// (trimmed), as the "Limit Storage Consumption" task applies them.
const STORAGE_LIMITS = `  - apiVersion: v1
    kind: LimitRange
    metadata: {name: storagelimits}
    spec:
      limits:
        - type: PersistentVolumeClaim
          max: {storage: 2Gi}
          min: {storage: 1Gi}`;
const claim = (name: string, requests: string): string => `  - kind: PersistentVolumeClaim
    apiVersion: v1
    metadata: {name: ${name}}
    spec:
      accessModes: [ReadWriteOnce]
      resources: {requests: ${requests}}`;

const run = (manifests: string[]): ReturnType<typeof runWithLog> => runWithLog(scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: claims}
until: 10s
nodes: [{name: node-a, capacity: {cpu: "8", memory: 16Gi}}]
manifests:
${manifests.join('\n')}`));
const warnings = (log: string): string[] => log.trim().split('\n').map((l) => JSON.parse(l) as
  { type: string; message?: string }).filter((f) => f.type === 'Warning').map((f) => f.message!);

// plugin/pkg/admission/limitranger/admission.go PersistentVolumeClaimValidateLimitFunc: min through
// minConstraint (no limits), max through maxRequestConstraint, both against spec.resources.requests.
describe('LimitRanger on PersistentVolumeClaims', () => {
  test('a claim over the max is refused with maxRequestConstraint\'s message', () => {
    const r = run([STORAGE_LIMITS, claim('pvc-limit-greater', '{storage: 5Gi}')]);
    expect(getObject(r.state, 'persistentvolumeclaims', 'default/pvc-limit-greater')).toBeUndefined();
    expect(warnings(r.log)).toEqual(['scenario.yaml: persistentvolumeclaims "pvc-limit-greater" is forbidden: ' +
      'maximum storage usage per PersistentVolumeClaim is 2Gi, but request is 5Gi']);
  });
  test('a claim under the min is refused with minConstraint\'s message; one inside the range is stored', () => {
    const r = run([STORAGE_LIMITS, claim('pvc-limit-lower', '{storage: 500Mi}'), claim('fits', '{storage: 1536Mi}')]);
    expect(getObject(r.state, 'persistentvolumeclaims', 'default/pvc-limit-lower')).toBeUndefined();
    expect(getObject(r.state, 'persistentvolumeclaims', 'default/fits')).toBeDefined();
    expect(warnings(r.log)).toEqual(['scenario.yaml: persistentvolumeclaims "pvc-limit-lower" is forbidden: ' +
      'minimum storage usage per PersistentVolumeClaim is 1Gi, but request is 500Mi']);
  });
  test('Container and Pod items do not apply to claims', () => {
    const r = run([`  - {apiVersion: v1, kind: LimitRange, metadata: {name: c}, spec: {limits: [{type: Container,
        max: {cpu: "1"}}]}}`, claim('any', '{storage: 50Gi}')]);
    expect(getObject(r.state, 'persistentvolumeclaims', 'default/any')).toBeDefined();
    expect(warnings(r.log)).toEqual([]);
  });
});
