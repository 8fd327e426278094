import { describe, expect, test } from 'vitest';
import { ScenarioError, formatProblem } from '../api/problems.js';
import { loadManifestText, loadScenario, type FileReader } from './load.js';

/** An in-memory file system: paths are plain keys; `resolve` joins relative to the scenario's folder. */
const memFs = (files: Record<string, string>): FileReader => ({
  read: (p) => { if (!(p in files)) throw new Error(`ENOENT ${p}`); return files[p]; },
  resolve: (from, rel) => `${from.slice(0, from.lastIndexOf('/') + 1)}${rel}`,
});

const SCENARIO_HEAD =
  'apiVersion: kubesim/v1\nkind: Scenario\nmetadata: {name: t}\nnodes:\n  - {name: n1, capacity: {cpu: "2", memory: ' +
    '4Gi}}\n';

/** The one-line errors a failing load prints. */
function loadErrors(files: Record<string, string>, path = 's/scenario.yaml'): string[] {
  try { loadScenario(path, memFs(files)); } catch (e) {
    if (e instanceof ScenarioError) return e.problems.map(formatProblem);
    throw e;
  }
  return [];
}

describe('loadScenario error paths: one line per problem, naming file and path', () => {
  test.each([
    { name: 'a missing scenario file', files: {}, want: ['s/scenario.yaml: cannot read file (does it exist?)'] },
    { name: 'a YAML syntax error', files: { 's/scenario.yaml': 'apiVersion: kubesim/v1\nnodes: [\n' },
      want: ['s/scenario.yaml: YAML line 3: Flow sequence in block collection must be sufficiently indented and end ' +
        'with a ]'] },
    { name: 'an unknown scenario key', files: { 's/scenario.yaml': `${SCENARIO_HEAD}timelime: []\n` },
      want: ['s/scenario.yaml: timelime: unknown field (known: apiVersion, kind, metadata, description, seed, until, ' +
        ('startTime, nodes, manifests, timeline, behaviors, staticPods, scheduler, expect, invariants, cluster, ' +
          'trace, vary, load, metrics)')] },
    { name: 'a bad duration', files: { 's/scenario.yaml': `${SCENARIO_HEAD}until: 10 minutes\n` },
      want: expect.arrayContaining([expect.stringMatching(/^s\/scenario\.yaml: until: /)]) },
    { name: 'an unknown node in the timeline',
      files: { 's/scenario.yaml': `${SCENARIO_HEAD}timeline:\n  - {at: 1m, nodeLost: n9}\n` },
        want: ['s/scenario.yaml: timeline[0].nodeLost: unknown node "n9"'] },
    { name: 'a missing manifest file', files: { 's/scenario.yaml': `${SCENARIO_HEAD}manifests:\n  - file: app.yaml\n` },
      want: ['s/app.yaml: cannot read file (does it exist?)'] },
    { name: 'an invalid manifest in a file',
      files: { 's/scenario.yaml': `${SCENARIO_HEAD}manifests:\n  - file: app.yaml\n`,
        's/app.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: -1\n  ' +
          ('selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: ' +
            '{containers: [{name: web, image: nginx}]}\n') },
      want: ['s/app.yaml: Deployment/web: spec.replicas: Invalid value: -1: must be greater than or equal to 0'] },
    { name: 'an invalid inline manifest, located in the scenario',
      files: { 's/scenario.yaml': `${SCENARIO_HEAD}manifests:\n  - {apiVersion: v1, kind: Pod, metadata: {name: p}, ` +
        `spec: {containers: [{name: a, image: x, imagePullPolice: Always}]}}\n` },
      want: ['s/scenario.yaml: Pod/p: manifests[0].spec.containers[0].imagePullPolice: unknown field (did you mean ' +
        '"imagePullPolicy"?)'] },
    { name: 'a negative scale',
      files: { 's/scenario.yaml': `${SCENARIO_HEAD}timeline:\n  - {at: 1m, scale: {kind: Deployment, name: web, ` +
        `replicas: -1}}\n` },
          want: ['s/scenario.yaml: timeline[0].scale.replicas: Invalid value: -1: must be greater than or equal to ' +
            '0'] },
    { name: 'a scale of a kind kubesim does not model', files: {
      's/scenario.yaml': `${SCENARIO_HEAD}timeline:\n  - {at: 1m, scale: {kind: Ingress, name: web, replicas: 1}}\n` },
        want: ['s/scenario.yaml: timeline[0].scale.kind: must be a kind kubesim simulates, got "Ingress"'] },
    // Only Deployment, ReplicaSet, StatefulSet and ReplicationController have a scale subresource.
    { name: 'a scale of a Service (no scale subresource)', files: {
      's/scenario.yaml': `${SCENARIO_HEAD}timeline:\n  - {at: 1m, scale: {kind: Service, name: web, replicas: 2}}\n` },
        want: ['s/scenario.yaml: timeline[0].scale.kind: Service has no scale subresource (the server could not ' +
          'find the requested resource); scalable kinds: Deployment, ReplicaSet, ReplicationController, StatefulSet'] },
    { name: 'a timeline entry with a bad time',
      files: { 's/scenario.yaml': `${SCENARIO_HEAD}timeline:\n  - {at: soon, cordon: n1}\n` },
        want: expect.arrayContaining([expect.stringMatching(/^s\/scenario\.yaml: timeline\[0\]\.at: /)]) },
    { name: 'a duplicate key in the scenario', files: { 's/scenario.yaml': `${SCENARIO_HEAD}seed: 1\nseed: 2\n` },
      want: ['s/scenario.yaml: seed: duplicate field (line 7): a key may appear only once in a mapping'] },
  ] as { name: string; files: Record<string, string>; want: unknown }[])('$name',
    ({ files, want }) => expect(loadErrors(files)).toEqual(want));

  test('every error is reported, not only the first', () => {
    const errs =
      loadErrors(
        { 's/scenario.yaml': `${SCENARIO_HEAD}bogus: 1\ntimeline:\n  - {at: 1m, cordon: nope}\nmanifests:\n  - ` +
          `{apiVersion: batch/v1beta1, kind: CronJob, metadata: {name: c}}\n` });
    expect(errs).toEqual([
      's/scenario.yaml: bogus: unknown field (known: apiVersion, kind, metadata, description, seed, until, startTime, '
        +
        'nodes, manifests, timeline, behaviors, staticPods, scheduler, expect, invariants, cluster, trace, vary, ' +
        'load, metrics)',
      's/scenario.yaml: CronJob/c: manifests[0].apiVersion: batch/v1beta1 CronJob is no longer served: removed in ' +
        'Kubernetes v1.25; use apiVersion: batch/v1',
      's/scenario.yaml: timeline[0].cordon: unknown node "nope"',
    ]);
  });
});

describe('loadScenario on valid input', () => {
  const files = {
    's/scenario.yaml': `${SCENARIO_HEAD}manifests:\n  - file: app.yaml\ntimeline:\n  - {at: 2m, cordon: gpu-1}\n`,
    's/app.yaml': [
      'apiVersion: v1\nkind: Node\nmetadata: {name: gpu-1}\nstatus:\n  capacity: {cpu: "8", memory: 32Gi, ' +
        'nvidia.com/gpu: "2"}',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: undeclared}\nspec: {containers: [{name: a, image: x, '
        +
        'securityContext: {seccompProfile: {type: RuntimeDefault}}}]}',
      'apiVersion: v1\nkind: Service\nmetadata: {name: svc}\nspec: {ports: [{port: 80}]}',
      'apiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: ConfigMap, metadata: {name: cm}, data: {a: ' +
        '"1"}}\n  - {apiVersion: rbac.authorization.k8s.io/v1, kind: Role, metadata: {name: r}}',
    ].join('\n---\n'),
  };

  test('modelled objects enter (Node manifest, pod in an undeclared namespace, a Service, List items); other kinds ' +
    'are skipped with warnings', () => {
    const { scenario, warnings } = loadScenario('s/scenario.yaml', memFs(files));
    expect(scenario.manifests.map((m) => `${m.object.kind}/${m.object.metadata.name}`)).toEqual(
      ['Node/gpu-1', 'Pod/p', 'Service/svc', 'ConfigMap/cm']);
    expect(scenario.manifests[0].object.status).toEqual({ capacity: { cpu: '8', memory: '32Gi',
      'nvidia.com/gpu': '2' } });
    expect(warnings.map(formatProblem)).toEqual([
      's/app.yaml: Pod/p: spec.containers[0].securityContext.seccompProfile: not simulated by kubesim: accepted and ' +
        'ignored',
      's/app.yaml: Service/svc: spec.ports: not simulated by kubesim: accepted and ignored (a Service is modelled by ' +
        'its selector only)',
      's/app.yaml: Role/r: kind: Role (rbac.authorization.k8s.io/v1) is not simulated by kubesim: skipped',
    ]);
    expect(scenario.timeline.map((t) => t.action)).toEqual([{ kind: 'cordon', node: 'gpu-1' }]);
  });
});

describe('loadManifestText', () => {
  test('an invalid document is left out while the valid ones in the same file load', () => {
    const r =
      loadManifestText(
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: ' +
          '{name: Bad_Name}\n', 'm.yaml');
    expect(r.value.map((v) => v.object.metadata.name)).toEqual(['ok']);
    expect(r.problems.map(formatProblem)).toEqual(
      [`m.yaml: ConfigMap/Bad_Name: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain must ` +
        (`consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric ` +
          `character`)]);
  });

  test('duplicate keys inside a List item are reported on that item', () => {
    const r =
      loadManifestText(
        'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: cm}\n    ' +
          'data: {a: "1", a: "2"}\n', 'l.yaml');
    expect([r.value, r.problems.map(formatProblem)]).toEqual(
      [[], ['l.yaml: ConfigMap/cm: data.a: duplicate field (line 7): a key may appear only once in a mapping']]);
  });
});
