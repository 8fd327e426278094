import { describe, expect, test } from 'vitest';
import type { Pod } from '../api/types.js';
import { labelSelectorMatches } from '../api/labelSelector.js';
import { serviceLoadShares } from './serviceLoad.js';

const pod = (name: string, labels: Record<string, string>, opts: { ready?: boolean; deleting?: boolean } = {}): Pod =>
  ({ apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace: 'default', uid: name, labels,
      ...(opts.deleting ? { deletionTimestamp: 1 } : {}) },
    spec: { containers: [] },
    status: { phase: 'Running', conditions: [{ type: 'Ready', status: opts.ready === false ? 'False' : 'True' }] },
  } as unknown as Pod);

describe('Service load shared by ready endpoints (behavior/serviceLoad.ts)', () => {
  const pods = [pod('a', { app: 'web' }), pod('b', { app: 'web' }), pod('c', { app: 'web' }, { ready: false }),
    pod('d', { app: 'web' }, { deleting: true }), pod('e', { app: 'web', tier: 'x' }), pod('f', { app: 'api' })];
  const select = (_ns: string, sel: Parameters<typeof labelSelectorMatches>[0]) =>
    pods.filter((p) => labelSelectorMatches(sel, p.metadata.labels));
  const svc = (name: string, selector?: Record<string, string>) => ({ apiVersion: 'v1', kind: 'Service',
    metadata: { name, namespace: 'default' }, spec: selector ? { selector } : {} });

  test('equal shares among Running, Ready, non-terminating pods; a pod behind two Services gets both', () => {
    const services = [svc('web', { app: 'web' }), svc('x', { tier: 'x' }), svc('manual')];
    const shares = serviceLoadShares([
      { service: 'web', namespace: 'default', cpu: [{ at: 0, value: 300 }] },
      { service: 'x', namespace: 'default', cpu: [{ at: 0, value: 50 }, { at: 1000, value: 70 }] },
      { service: 'manual', namespace: 'default', cpu: [{ at: 0, value: 999 }] },
      { service: 'missing', namespace: 'default', cpu: [{ at: 0, value: 999 }] },
    ], 2000, { select, service: (_ns, name) => services.find((s) => s.metadata.name === name) as never });
    // web: a, b and e are ready endpoints (c is not Ready, d is terminating): 100 each; x: e alone, 70 at 2 s.
    expect([...shares]).toEqual([['default/a', 100], ['default/b', 100], ['default/e', 170]]);
  });
});
