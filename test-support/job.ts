/** A one-Job scenario (`pi` in `default`, two nodes) run with the Job controller and the test kubelet. */
import { jobController, type Job } from '../src/controllers/job/job.js';
import type { ClusterEvent } from '../src/events/index.js';
import { getObject } from '../src/reducers/state.js';
import type { Scenario } from '../src/scenario/types.js';
import { batchSimulation } from './batch.js';
import { scenarioFrom } from './scenario.js';

export const jobScenario = (jobSpec: string, extra = ''): Scenario => scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: job}
seed: 7
until: 30m
nodes:
  - {namePrefix: node-, count: 2, capacity: {cpu: "8", memory: 16Gi, pods: "110"}}
manifests:
  - apiVersion: batch/v1
    kind: Job
    metadata: {name: pi}
    spec:
${jobSpec.split('\n').map((l) => `      ${l}`).join('\n')}
${extra}`);

export const jobTemplate = (restartPolicy = 'Never'): string => `template:
  spec:
    restartPolicy: ${restartPolicy}
    containers: [{name: pi, image: perl}]`;

export function runJob(s: Scenario, until?: number) {
  const { sim, events } = batchSimulation(s, [jobController]);
  if (until !== undefined) sim.runUntil(until); else sim.run();
  const job = getObject(sim.state, 'jobs', 'default/pi')! as Job;
  const said = (reason: string) => events.filter((e): e is Extract<ClusterEvent,
    { type: 'ControllerEvent' }> => e.type === 'ControllerEvent' && e.reason === reason);
  return { sim, events, job, said };
}

