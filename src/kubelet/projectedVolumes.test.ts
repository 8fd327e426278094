import { describe, expect, test } from 'vitest';
import { onePod, podNamed, simulate, timeline } from '../../test-support/kubelet.js';

// kubernetes/website content/en/examples/pods/storage/projected-secrets-nondefault-permission-mode.yaml
// (trimmed). pkg/volume/projected/projected.go collectData: a non-optional secret or configMap source
// that is not found fails SetUp with the aggregate of the errors, so the pod stays ContainerCreating.
const POD = `  - apiVersion: v1
    kind: Pod
    metadata: {name: volume-test}
    spec:
      containers:
      - command: [sleep, "3600"]
        image: busybox:1.28
        name: container-test
        volumeMounts:
        - {mountPath: /projected-volume, name: all-in-one, readOnly: true}
      volumes:
      - name: all-in-one
        projected:
          sources:
          - secret:
              items:
              - {key: username, path: my-group/my-username}
              name: mysecret
          - secret:
              items:
              - {key: password, mode: 511, path: my-group/my-password}
              name: mysecret2
          - configMap: {name: maybe, optional: true}
          - downwardAPI: {items: [{path: labels, fieldRef: {fieldPath: metadata.labels}}]}`;
const secret = (name: string, at: string): string =>
  `  - {at: ${at}, apply: {apiVersion: v1, kind: Secret, metadata: {name: ${name}}, data: {k: djE=}}}`;

describe('projected volumes', () => {
  test('missing secret sources hold the sandbox with one FailedMount naming both, until both exist', () => {
    const { events, state } =
      simulate(onePod(POD, `timeline:\n${secret('mysecret', '10s')}\n${secret('mysecret2', '20s')}`,
      '1m'));
    const mount = events.find((e) => e.type === 'FailedMount') as { message?: string } | undefined;
    expect(mount?.message).toBe('MountVolume.SetUp failed for volume "all-in-one" : ' +
      '[secret "mysecret" not found, secret "mysecret2" not found]');
    expect(timeline(events, 'volume-test').filter((l) => l.includes('PodSandboxReady'))).toEqual(
      ['20000 PodSandboxReady 10.128.0.2']);
    expect(podNamed(state, 'volume-test')!.status.phase).toBe('Running');
  });
  test('with the secrets present (the optional configMap absent) it starts at once', () => {
    const { events } = simulate(onePod(POD, `timeline:\n${secret('mysecret', '0s')}\n${secret('mysecret2', '0s')}`,
      '1m'));
    expect(events.some((e) => e.type === 'FailedMount')).toBe(false);
  });
});
