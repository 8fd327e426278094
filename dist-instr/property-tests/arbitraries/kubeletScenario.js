import fc from 'fast-check';
/** Whole seconds in [lo, hi] as a duration string. */
const secs = (lo, hi) => fc.integer({ min: lo, max: hi }).map((s) => `${s}s`);
/** A container behaviour as flow-style YAML (the kubesim.io/behavior.<container> annotation). */
export const behaviorArb = fc.record({
    exitAfter: fc.option(secs(1, 90), { nil: undefined }),
    exitCode: fc.constantFrom(0, 0, 1, 2),
    oomAt: fc.option(secs(1, 60), { nil: undefined }),
    liveFail: fc.option(secs(1, 60), { nil: undefined }),
    readyPass: fc.option(secs(0, 30), { nil: undefined }),
    startPass: fc.option(secs(0, 30), { nil: undefined }),
    termDelay: fc.option(secs(0, 40), { nil: undefined }),
}).map((b) => {
    const f = [`exitCode: ${b.exitCode}`];
    if (b.exitAfter)
        f.push(`exitAfter: ${b.exitAfter}`);
    if (b.oomAt)
        f.push(`memory: {steps: [{at: 0s, memory: 10Mi}, {at: ${b.oomAt}, memory: 500Mi}]}`);
    if (b.termDelay)
        f.push(`termDelay: ${b.termDelay}`);
    const probes = [];
    if (b.liveFail)
        probes.push(`liveness: {failAfter: ${b.liveFail}}`);
    if (b.readyPass)
        probes.push(`readiness: {passAfter: ${b.readyPass}}`);
    if (b.startPass)
        probes.push(`startup: {passAfter: ${b.startPass}}`);
    if (probes.length)
        f.push(`probes: {${probes.join(', ')}}`);
    return `{${f.join(', ')}}`;
});
const containerArb = fc.record({
    behavior: behaviorArb,
    liveness: fc.boolean(),
    readiness: fc.boolean(),
    startup: fc.boolean(),
    preStop: fc.boolean(),
});
const podArb = fc.record({
    restartPolicy: fc.constantFrom('Always', 'OnFailure', 'Never'),
    inits: fc.array(fc.record({ sidecar: fc.boolean(), c: containerArb }), { maxLength: 2 }),
    apps: fc.array(containerArb, { minLength: 1, maxLength: 2 }),
    deadline: fc.option(fc.integer({ min: 5, max: 150 }), { nil: undefined }),
    grace: fc.integer({ min: 0, max: 40 }),
});
const actionArb = (pods) => fc.oneof(fc.record({ at: secs(1, 150), pod: fc.integer({ min: 0, max: pods - 1 }), grace: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }), force: fc.boolean() })
    .map((a) => `  - {at: ${a.at}, delete: {kind: Pod, name: p${a.pod}${a.grace !== undefined ? `, gracePeriodSeconds: ${a.grace}` : ''}${a.force ? ', force: true' : ''}}}`), fc.record({ at: secs(1, 150), pod: fc.integer({ min: 0, max: pods - 1 }), type: fc.constantFrom('crash', 'oom', 'probeFail') })
    .map((a) => `  - {at: ${a.at}, fault: {type: ${a.type}, pod: p${a.pod}${a.type === 'probeFail' ? ', probe: liveness' : ''}}}`), fc.record({ at: fc.integer({ min: 1, max: 100 }), for: fc.integer({ min: 1, max: 60 }), node: fc.constantFrom('node-a', 'node-b') })
    .map((a) => `  - {at: ${a.at}s, nodeLost: ${a.node}}\n  - {at: ${a.at + a.for}s, nodeRecovered: ${a.node}}`));
const probe = (kind) => `${kind}: {httpGet: {path: /, port: 80}, periodSeconds: 3}`;
/** Regular init containers may not have probes or lifecycle hooks (API validation). */
function containerYaml(name, c, kind) {
    const parts = [`name: ${name}`, 'image: "busybox:1.36"', 'resources: {limits: {memory: 100Mi}}'];
    if (kind === 'sidecar')
        parts.push('restartPolicy: Always');
    if (kind === 'init')
        return `{${parts.join(', ')}}`;
    if (c.liveness)
        parts.push(probe('livenessProbe'));
    if (c.readiness)
        parts.push(probe('readinessProbe'));
    if (c.startup)
        parts.push(probe('startupProbe'));
    if (c.preStop)
        parts.push('lifecycle: {preStop: {exec: {command: ["true"]}}}');
    return `{${parts.join(', ')}}`;
}
/** A small cluster (two nodes) with 1-4 random pods and a random timeline, as scenario YAML. */
export const kubeletScenarioArb = fc.array(podArb, { minLength: 1, maxLength: 4 }).chain((pods) => fc.array(actionArb(pods.length), { maxLength: 4 }).map((actions) => {
    const manifests = pods.map((p, i) => {
        const ann = [];
        const inits = p.inits.map((x, j) => { ann.push(`kubesim.io/behavior.i${j}: "${x.c.behavior}"`); return containerYaml(`i${j}`, x.c, x.sidecar ? 'sidecar' : 'init'); });
        const apps = p.apps.map((c, j) => { ann.push(`kubesim.io/behavior.c${j}: "${c.behavior}"`); return containerYaml(`c${j}`, c, 'app'); });
        return `  - apiVersion: v1
    kind: Pod
    metadata: {name: p${i}, annotations: {${ann.join(', ')}}}
    spec:
      restartPolicy: ${p.restartPolicy}
      terminationGracePeriodSeconds: ${p.grace}${p.deadline !== undefined ? `\n      activeDeadlineSeconds: ${p.deadline}` : ''}
      initContainers: [${inits.join(', ')}]
      containers: [${apps.join(', ')}]`;
    }).join('\n');
    return `apiVersion: kubesim/v1
kind: Scenario
metadata: {name: prop}
seed: 3
until: 4m
nodes:
  - {name: node-a, capacity: {cpu: "8", memory: 16Gi, pods: "110"}}
  - {name: node-b, capacity: {cpu: "8", memory: 16Gi, pods: "110"}}
manifests:
${manifests}
timeline:
${actions.length ? actions.join('\n') : '  []'}
`.replace('timeline:\n  []', 'timeline: []');
}));
