import { describe, expect, test, vi } from 'vitest';

// A Job whose pods sometimes fail (names starting big-b), one deleted while it runs, run under a
// quota that refuses some creations: every path of the Job controller's pod bookkeeping.
const SCENARIO = `
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: job-pods}
seed: 11
until: 40m
nodes: [{namePrefix: node-, count: 3, capacity: {cpu: "8", memory: 16Gi, pods: "110"}}]
manifests:
  - {apiVersion: v1, kind: ResourceQuota, metadata: {name: q}, spec: {hard: {pods: "12"}}}
  - apiVersion: batch/v1
    kind: Job
    metadata: {name: big}
    spec:
      completions: 150
      parallelism: 15
      backoffLimit: 100
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox, resources: {requests: {cpu: 100m}}}]
behaviors:
  - {match: {pod: "big-b*"}, exitAfter: 5s, exitCode: 1}
timeline:
  - {at: 30s, chaos: {kind: deletePod, selector: {job-name: big}, pick: 0}}
`;

async function runLog(): Promise<string> {
  const { scenarioFrom, runWithLog } = await import('../../../test-support/scenario.js');
  return runWithLog(scenarioFrom(SCENARIO)).log;
}

describe('the Job controller syncs only the pods it has not settled (jobPodSet.ts)', () => {
  // Held equal to the walk it replaced: podsOwnedBy on every sync, no pod ever set aside.
  test('the log is byte for byte the one of a walk over every pod the Job owns', async () => {
    const fast = await runLog();
    vi.resetModules();
    vi.doMock('./jobPodSet.js', async () => {
      const { podsOwnedBy } = await import('../batchUtils.js');
      const { controllerOf } = await import('../../reducers/pods.js');
      return {
        podsToSync: (state: never, jobUid: string) => podsOwnedBy(state, jobUid).filter((p) => controllerOf(p)
          === jobUid),
        closeFinished: () => undefined,
      };
    });
    const walk = await runLog();
    vi.doUnmock('./jobPodSet.js');
    expect(walk.split('\n').length).toBeGreaterThan(1500);
    expect(walk).toContain('"type":"PodDeleted"');
    expect(walk).toMatch(/"failed":[1-9]/);
    expect(walk).toContain('"succeeded":150');
    expect(fast).toBe(walk);
  });
});
