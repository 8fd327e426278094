import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_COMPONENTS } from '../src/engine/components.js';
import type { Scenario } from '../src/scenario/types.js';
import { kubeconfig } from '../src/serve/kubeconfig.js';
import { printers } from '../src/serve/printers.js';
import { startServer, type RunningServer } from '../src/serve/server.js';
import { liveSession, type Session } from '../src/serve/session.js';

export const KUBECTL = '/usr/bin/kubectl';
export const hasKubectl = existsSync(KUBECTL);

export interface TestServer extends RunningServer {
  readonly session: Session;
  /** A kubeconfig file for this server. */
  readonly kubeconfig: string;
  readonly dir: string;
}

/** A served live session on 127.0.0.1, port 0 (any free port); close() it in afterAll/afterEach. */
export async function serveScenario(scenario: Scenario, o: { speed?: number; paused?: boolean; at?: number; token?: string; keepLog?: boolean; sourceFile?: string } = {}): Promise<TestServer> {
  const session = liveSession(scenario, { components: DEFAULT_COMPONENTS, keepLog: o.keepLog === true, sourceFile: o.sourceFile ?? 'api' },
    { speed: o.speed ?? 1, paused: o.paused ?? true, wallNow: () => performance.now(), printerFor: printers, ...(o.at !== undefined ? { at: o.at } : {}) });
  const running = await startServer(session.ctx, session.pacer, { host: '127.0.0.1', port: 0, ...(o.token ? { token: o.token } : {}), tickMs: 10 });
  const dir = mkdtempSync(join(tmpdir(), 'kubesim-serve-'));
  const file = join(dir, 'kubeconfig');
  writeFileSync(file, kubeconfig(running.url, o.token));
  return { ...running, session, kubeconfig: file, dir };
}

/** Runs the real kubectl against a test server (its own discovery cache); resolves with code and output. */
export function kubectl(s: TestServer, args: readonly string[], input?: string, timeoutMs = 60_000): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(KUBECTL, ['--kubeconfig', s.kubeconfig, '--cache-dir', join(s.dir, 'cache'), ...args], { timeout: timeoutMs, encoding: 'utf8' },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }));
    if (input !== undefined) { child.stdin?.write(input); child.stdin?.end(); }
  });
}
