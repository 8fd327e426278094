/**
 * fast-check arbitraries for kubesim scenarios (`import * as arb from 'kubesim/arbitraries'`),
 * composed from small parts, one per Kubernetes kind: clusters, manifests, behaviours, fault
 * timelines, whole scenarios, and the fuzzer's variations of a user's scenario.
 */
export { dnsLabel } from './names.js';
export { container, podSpec, requests } from './podSpec.js';
export { pod } from './pod.js';
export { replicaSet } from './replicaSet.js';
export { deployment } from './deployment.js';
export { statefulSet } from './statefulSet.js';
export { daemonSet } from './daemonSet.js';
export { job, cronJob } from './job.js';
export { configMap } from './configMap.js';
export { cluster, nodeGroup } from './node.js';
export { behaviorRule } from './behavior.js';
export { fault, faultTimeline } from './faults.js';
export { fuzzCase, scenarioSeed, startDelays } from './fuzzCase.js';
export { manifests, scenarioDoc, MANIFEST_KINDS, type ManifestKind, type ScenarioArbOptions } from './scenario.js';
