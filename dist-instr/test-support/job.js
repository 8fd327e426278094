/** A one-Job scenario (`pi` in `default`, two nodes) run with the Job controller and the test kubelet. */
import { jobController } from '../src/controllers/job/job.js';
import { getObject } from '../src/reducers/state.js';
import { batchSimulation } from './batch.js';
import { scenarioFrom } from './scenario.js';
export const jobScenario = (jobSpec, extra = '') => scenarioFrom(`
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
export const jobTemplate = (restartPolicy = 'Never') => `template:
  spec:
    restartPolicy: ${restartPolicy}
    containers: [{name: pi, image: perl}]`;
export function runJob(s, until) {
    const { sim, events } = batchSimulation(s, [jobController]);
    if (until !== undefined)
        sim.runUntil(until);
    else
        sim.run();
    const job = getObject(sim.state, 'jobs', 'default/pi');
    const said = (reason) => events.filter((e) => e.type === 'ControllerEvent' && e.reason === reason);
    return { sim, events, job, said };
}
