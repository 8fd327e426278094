import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { expandFiles, reportLines, validateFiles } from './validate.js';

const DIR = 'test/fixtures/validate';
const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/src/cli/main.js', ...args], { encoding: 'utf8' });

describe('validateFiles on the fixtures', () => {
  test('a scenario with all modelled kinds and a KYAML file is valid; skipped kinds are warnings', () => {
    const r = validateFiles([`${DIR}/scenario-ok.yaml`]);
    expect(r.errors).toEqual([]);
    expect(reportLines([`${DIR}/scenario-ok.yaml`], r)).toEqual({
      stdout: ['1 file(s): 0 error(s), 1 warning(s), 1 object(s) of kinds kubesim does not simulate skipped: valid'],
      stderr: [
        `warning: ${DIR}/workloads.yaml: Service/web: spec.ports: not simulated by kubesim: accepted and ignored `
          + '(a Service is modelled by its selector only)',
        `warning: ${DIR}/workloads.yaml: ServiceAccount/web: kind: ServiceAccount (v1) is not simulated by kubesim: ` +
          `skipped`,
      ],
    });
  });

  test('a bad scenario reports its own errors and those of its manifest files', () => {
    const lines = validateFiles([`${DIR}/scenario-bad.yaml`]).errors.map((e) =>
      `${e.file}: ${e.object ?? '-'}: ${e.path ?? '-'}`);
    expect(lines).toEqual([
      `${DIR}/scenario-bad.yaml: -: until`,
      ...['images', 'imagePullPolice', 'ports[0].containnerPort', 'image', 'resources.requests[memory]',
        'resources.requests', 'ports[0].containerPort'].map((f) =>
          `${DIR}/invalid.yaml: Pod/typos: spec.containers[0].${f}`),
      `${DIR}/invalid.yaml: Deployment/web: spec.replicas`,
      `${DIR}/invalid.yaml: Deployment/web: spec.template.metadata.labels`,
      `${DIR}/invalid.yaml: Deployment/web: spec.strategy.rollingUpdate.maxUnavailable`,
      `${DIR}/invalid.yaml: Job/job: spec.template.spec.restartPolicy`,
      `${DIR}/invalid.yaml: CronJob/cron: spec.schedule`,
      `${DIR}/invalid.yaml: CronJob/cron: spec.timeZone`,
      `${DIR}/invalid.yaml: CronJob/cron: spec.concurrencyPolicy`,
      `${DIR}/invalid.yaml: HorizontalPodAutoscaler/hpa: spec.maxReplicas`,
      `${DIR}/invalid.yaml: CronJob/old: apiVersion`,
      `${DIR}/invalid.yaml: Pod/dup: spec.containers`,
      `${DIR}/missing.yaml: -: -`,
      `${DIR}/scenario-bad.yaml: -: timeline[0].nodeLost`,
    ]);
  });
});

test('a directory stands for its YAML files, in name order', () => {
  expect(expandFiles([DIR, 'other.yaml'])).toEqual(['invalid.yaml', 'kyaml.yaml', 'scenario-bad.yaml',
    'scenario-ok.yaml', 'workloads.yaml'].map((f) => `${DIR}/${f}`).concat('other.yaml'));
  const r = validateFiles([DIR]);
  // invalid.yaml is read on its own and again through scenario-bad.yaml, and reported once.
  expect(r.errors.map((e) => e.file)).toEqual([...Array(17).fill(`${DIR}/invalid.yaml`), `${DIR}/scenario-bad.yaml`,
    `${DIR}/missing.yaml`, `${DIR}/scenario-bad.yaml`]);
});

describe('the kubesim CLI (built dist/)', () => {
  test('validate exits 0 on valid files, 1 with every error (one line each), 2 when a file cannot be read', () => {
    const ok = cli('validate', `${DIR}/workloads.yaml`, `${DIR}/kyaml.yaml`);
    expect([ok.status, ok.stdout]).toEqual(
      [0, '2 file(s): 0 error(s), 1 warning(s), 1 object(s) of kinds kubesim does not simulate skipped: valid\n']);
    const bad = cli('validate', `${DIR}/invalid.yaml`, 'no-such-file.yaml');
    expect(bad.status).toBe(2);
    const lines = bad.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(18);
    expect(lines[0]).toBe(
      `${DIR}/invalid.yaml: Pod/typos: spec.containers[0].images: unknown field (did you mean "image"?)`);
    expect(lines[17]).toBe('no-such-file.yaml: no such file or folder');
    expect(cli('validate', `${DIR}/invalid.yaml`).status).toBe(1);
    expect(bad.stderr).toBe(
      '2 file(s): 18 error(s), 0 warning(s), 0 object(s) of kinds kubesim does not simulate skipped: invalid\n');
    expect(bad.stdout + bad.stderr).not.toMatch(/\n\s+at /);
  });

  test('run refuses an invalid scenario before starting: exit 2, errors only, nothing simulated', () => {
    const r = cli('run', `${DIR}/scenario-bad.yaml`);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(
      `error: ${DIR}/scenario-bad.yaml: until: must be a duration such as 30s, 5m or 1h30m (units ms, s, m, h, d), ` +
        `got "2 minutes"`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
