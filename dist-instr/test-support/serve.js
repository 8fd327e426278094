import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_COMPONENTS } from '../src/engine/components.js';
import { kubeconfig } from '../src/serve/kubeconfig.js';
import { printers } from '../src/serve/printers.js';
import { startServer } from '../src/serve/server.js';
import { liveSession } from '../src/serve/session.js';
import { scenarioFrom } from './scenario.js';
export const KUBECTL = '/usr/bin/kubectl';
export const hasKubectl = existsSync(KUBECTL);
/** A served live session on 127.0.0.1, port 0 (any free port); close() it in afterAll/afterEach. */
export async function serveScenario(scenario, o = {}) {
    const session = liveSession(scenario, { components: DEFAULT_COMPONENTS, keepLog: o.keepLog === true,
        sourceFile: o.sourceFile ?? 'api' }, { speed: o.speed ?? 1, paused: o.paused ?? true, wallNow: () => performance.now(), printerFor: printers,
        ...(o.at !== undefined ? { at: o.at } : {}) });
    const running = await startServer(session.ctx, session.pacer, { host: '127.0.0.1', port: 0, ...(o.token ? { token: o.token } : {}), tickMs: 10 });
    const dir = mkdtempSync(join(tmpdir(), 'kubesim-serve-'));
    const file = join(dir, 'kubeconfig');
    writeFileSync(file, kubeconfig(running.url, o.token));
    return { ...running, session, kubeconfig: file, dir };
}
/** Runs the real kubectl against a test server (its own discovery cache); resolves with code and output. */
export function kubectl(s, args, input, timeoutMs = 60_000) {
    return new Promise((resolve) => {
        const child = execFile(KUBECTL, ['--kubeconfig', s.kubeconfig, '--cache-dir', join(s.dir, 'cache'), ...args], { timeout: timeoutMs, encoding: 'utf8' }, (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout,
            stderr }));
        if (input !== undefined) {
            child.stdin?.write(input);
            child.stdin?.end();
        }
    });
}
/**
 * A scenario for serve tests: `nodes` nodes (node-0, node-1, ...) of 4 CPUs and 8 GiB, a Deployment `web`
 * (app=web, nginx:1.25) of `replicas` pods, and `manifests` (YAML list items) after it.
 */
export function webScenario(o) {
    return `apiVersion: kubesim/v1
kind: Scenario
metadata: {name: ${o.name}}
seed: ${o.seed}
nodes: [{namePrefix: node-, count: ${o.nodes}, capacity: {cpu: "4", memory: 8Gi}}]
manifests:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      replicas: ${o.replicas}
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec: {containers: [{name: app, image: "nginx:1.25"}]}
${o.manifests ?? ''}`;
}
/** A @kubernetes/client-node KubeConfig for a test server. */
export function clientConfig(s) {
    const kc = new k8s.KubeConfig();
    kc.loadFromFile(s.kubeconfig);
    return kc;
}
/**
 * Serves the scenario for the tests of the enclosing describe block (started before them, closed after them);
 * call the returned function inside a test for the server.
 */
export function useServer(yaml, o = {}) {
    let s;
    beforeAll(async () => { s = await serveScenario(scenarioFrom(yaml), o); });
    afterAll(async () => { await s?.close(); });
    return () => s;
}
