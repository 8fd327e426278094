import { expect, test } from 'vitest';
import { replay } from '../src/engine/replay.js';
import { toApi } from '../src/output/toApi.js';
import { podStatusColumn } from '../src/output/table.js';
import { tvalues } from '../src/reducers/table.js';
import { scenarioFile } from '../test-support/scenario.js';
import { simulate } from '../test-support/kubelet.js';

// Each kubelet example: what `kubectl get pods` shows at the end (name, STATUS, RESTARTS).
test.each([
  { name: 'liveness-exec restarts the container after each liveness failure', dir: 'liveness-exec', want: [['liveness-exec', 'Running', 3]] },
  { name: 'init-containers runs both init containers, then the app', dir: 'init-containers', want: [['myapp-pod', 'Running', 0]] },
  { name: 'lifecycle-hooks ends with the pod deleted after preStop', dir: 'lifecycle-hooks', want: [] },
  { name: 'sidecar-log-shipper keeps the app running while the sidecar restarts', dir: 'sidecar-log-shipper', want: [['myapp', 'Running', 0]] },
  { name: 'oom crash-loops on OOMKilled', dir: 'oom', want: [['memory-demo-2', 'CrashLoopBackOff', 5]] },
  { name: 'crash-loop backs off up to 300 s', dir: 'crash-loop', want: [['crasher', 'CrashLoopBackOff', 7]] },
  { name: 'job-style pods complete, fail, or restart on failure', dir: 'job-style-pods', want: [['pi-never-ok', 'Completed', 0], ['task-never-fails', 'Error', 0], ['task-onfailure', 'CrashLoopBackOff', 5]] },
])('$name (and replay equals the live run)', ({ dir, want }) => {
  const scenario = scenarioFile(`examples/${dir}/scenario.yaml`);
  const { events, state } = simulate(scenario);
  const pods = tvalues(state.pods).sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
  expect(pods.map((p) => [p.metadata.name, podStatusColumn(p), (p.status.containerStatuses ?? []).reduce((s, c) => s + c.restartCount, 0)])).toEqual(want);
  // As `kubesim replay` reads them: parsed from JSON, not the live (frozen) objects.
  expect(toApi(replay(JSON.parse(JSON.stringify(events))))).toEqual(toApi(state));
});
