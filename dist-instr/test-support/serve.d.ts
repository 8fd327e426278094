import * as k8s from '@kubernetes/client-node';
import type { Scenario } from '../src/scenario/types.js';
import { type RunningServer } from '../src/serve/server.js';
import { type Session } from '../src/serve/session.js';
export declare const KUBECTL = "/usr/bin/kubectl";
export declare const hasKubectl: boolean;
export interface TestServer extends RunningServer {
    readonly session: Session;
    /** A kubeconfig file for this server. */
    readonly kubeconfig: string;
    readonly dir: string;
}
/** A served live session on 127.0.0.1, port 0 (any free port); close() it in afterAll/afterEach. */
export declare function serveScenario(scenario: Scenario, o?: {
    speed?: number;
    paused?: boolean;
    at?: number;
    token?: string;
    keepLog?: boolean;
    sourceFile?: string;
}): Promise<TestServer>;
/** Runs the real kubectl against a test server (its own discovery cache); resolves with code and output. */
export declare function kubectl(s: TestServer, args: readonly string[], input?: string, timeoutMs?: number): Promise<{
    code: number;
    stdout: string;
    stderr: string;
}>;
/**
 * A scenario for serve tests: `nodes` nodes (node-0, node-1, ...) of 4 CPUs and 8 GiB, a Deployment `web`
 * (app=web, nginx:1.25) of `replicas` pods, and `manifests` (YAML list items) after it.
 */
export declare function webScenario(o: {
    name: string;
    seed: number;
    nodes: number;
    replicas: number;
    manifests?: string;
}): string;
/** A @kubernetes/client-node KubeConfig for a test server. */
export declare function clientConfig(s: TestServer): k8s.KubeConfig;
/**
 * Serves the scenario for the tests of the enclosing describe block (started before them, closed after them);
 * call the returned function inside a test for the server.
 */
export declare function useServer(yaml: string, o?: Parameters<typeof serveScenario>[1]): () => TestServer;
