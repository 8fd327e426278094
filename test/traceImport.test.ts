import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDist, kubesim } from '../test-support/cli.js';
import { haveOpenb, OPENB_NODES, OPENB_PODS } from '../test-support/traces.js';

const POD_HEADER =
  'name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec,qos,pod_phase,creation_time,deletion_time,scheduled_time';

describe('kubesim trace import', () => {
  buildDist();

  test('a small openb trace imports, and the scenario it writes runs and reports the trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trace-'));
    writeFileSync(join(dir, 'nodes.csv'), 'sn,cpu_milli,memory_mib,gpu,model\nn0,8000,16384,1,T4\n');
    writeFileSync(join(dir, 'pods.csv'),
      `${POD_HEADER}\na,6000,1024,1,500,,LS,Running,10,100,10\nb,6000,1024,0,0,,BE,Running,20,30,25\n`);
    const imp = kubesim(['trace', 'import', 'openb', 'nodes.csv', 'pods.csv', '-o', 'sc'], dir);
    expect(imp.stderr).toBe('');
    expect(imp.stdout).toContain('openb: 1 nodes, 0 objects at t=0, 2 pods replayed, last step at 1m40s');
    expect(readFileSync(join(dir, 'sc', 'scenario.yaml'), 'utf8')).toContain(
      'files:\n    - ../nodes.csv\n    - ../pods.csv');
    const run = kubesim(['run', 'sc/scenario.yaml', '-q'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('trace: 2 pods; scheduled 1; Pending until deleted 1; Pending at the end 0');
  });

  test('a malformed row exits 2 naming file:line:column, with no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trace-'));
    writeFileSync(join(dir, 'pods.csv'), `${POD_HEADER}\na,6000,-1024,1,500,,LS,Running,10,100,10\n`);
    const r = kubesim(['trace', 'import', 'openb', 'pods.csv', '-o', 'sc'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('error: pods.csv:2:8: memory_mib: must be greater than or equal to 0, got -1024');
  });

  test.runIf(haveOpenb())('the real openb trace imports: 1,523 nodes, 8,152 pods over 149 days', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trace-'));
    const r = kubesim(['trace', 'import', 'openb', OPENB_NODES, OPENB_PODS, '-o', join(dir, 'openb')], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('openb: 1523 nodes, 0 objects at t=0, 8152 pods replayed, last step at 3584h9m');
  });
});
