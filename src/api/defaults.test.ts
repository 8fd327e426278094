import { describe, expect, test } from 'vitest';
import { defaultPodSpec, defaultPullPolicy } from './defaults.js';
import type { PodSpec } from './types.js';

describe('pod defaults (pkg/apis/core/v1/defaults.go)', () => {
  test.each([
    { image: 'nginx', want: 'Always' }, { image: 'nginx:latest', want: 'Always' },
      { image: 'nginx:1.27', want: 'IfNotPresent' },
    { image: 'registry:5000/team/app', want: 'Always' }, { image: 'registry:5000/team/app:v2', want: 'IfNotPresent' },
    { image: 'nginx@sha256:abcd', want: 'IfNotPresent' }, { image: 'nginx:latest@sha256:abcd', want: 'IfNotPresent' },
  ])('imagePullPolicy for $image is $want', ({ image, want }) => expect(defaultPullPolicy(image)).toBe(want));

  test('containers get ports TCP, probe and httpGet defaults, env fieldRef v1, requests from limits; volumes ' +
    'defaultMode 0644', () => {
    const spec = {
      volumes: [{ name: 'cfg', configMap: { name: 'c' } }, { name: 'tmp', emptyDir: {} }],
      containers: [{
        name: 'app', image: 'app:v1', ports: [{ containerPort: 8080 }],
        env: [{ name: 'NODE', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }],
        resources: { limits: { cpu: '1' } },
        readinessProbe: { httpGet: { port: 8080 } },
        lifecycle: { preStop: { httpGet: { port: 8080, path: '/stop' } } },
      }],
    } as unknown as PodSpec;
    const d = defaultPodSpec(spec) as unknown as { containers: Record<string, unknown>[]; volumes: unknown[] };
    expect(d.volumes).toEqual([{ name: 'cfg', configMap: { name: 'c', defaultMode: 420 } },
      { name: 'tmp', emptyDir: {} }]);
    expect(d.containers[0]).toEqual({
      name: 'app', image: 'app:v1', imagePullPolicy: 'IfNotPresent', terminationMessagePath: '/dev/termination-log',
        terminationMessagePolicy: 'File',
      ports: [{ containerPort: 8080, protocol: 'TCP' }],
      env: [{ name: 'NODE', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } }],
      resources: { limits: { cpu: '1' }, requests: { cpu: '1' } },
      readinessProbe: { httpGet: { port: 8080, path: '/', scheme: 'HTTP' }, initialDelaySeconds: 0, timeoutSeconds: 1,
        periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
      lifecycle: { preStop: { httpGet: { port: 8080, path: '/stop', scheme: 'HTTP' } } },
    });
  });

  test('with hostNetwork, hostPort defaults to containerPort', () => {
    const d = defaultPodSpec({ hostNetwork: true, containers: [
      { name: 'a', image: 'a:1', ports: [{ containerPort: 53, protocol: 'UDP' }] }] } as unknown as PodSpec);
    expect(d.containers[0].ports).toEqual([{ containerPort: 53, protocol: 'UDP', hostPort: 53 }]);
  });
});

describe('fidelity: SetDefaults_Volume and SetDefaults_Probe (pkg/apis/core/v1/defaults.go)', () => {
  test('a volume with no source is an emptyDir; one with a source keeps it', () => {
    const spec = defaultPodSpec({ containers: [{ name: 'a', image: 'x' }],
      volumes: [{ name: 'data' }, { name: 'c', configMap: { name: 'm' } }] } as PodSpec);
    expect(spec.volumes).toEqual([{ name: 'data', emptyDir: {} },
      { name: 'c', configMap: { name: 'm', defaultMode: 0o644 } }]);
  });
  test('probe fields set to 0 take their defaults: timeout 1, period 10, success 1, failure 3', () => {
    const probe = { exec: { command: ['true'] }, timeoutSeconds: 0, periodSeconds: 0, successThreshold: 0,
      failureThreshold: 0 };
    const spec = defaultPodSpec({ containers: [{ name: 'a', image: 'x', livenessProbe: probe }] } as PodSpec);
    expect(spec.containers[0].livenessProbe).toEqual({
      exec: { command: ['true'] }, initialDelaySeconds: 0, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1,
        failureThreshold: 3,
    });
  });
});
