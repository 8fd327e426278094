import type { ServerResponse } from 'node:http';
import { describe, expect, test } from 'vitest';
import type { KubeObject } from '../api/types.js';
import type { Change, ServedCluster } from './cluster.js';
import { WatchGroup, type Member } from './watchGroup.js';

/** A cluster that only hands out changes, and responses that keep what is written. */
function setup() {
  const listeners = new Set<(c: Change) => void>();
  const cluster = { subscribe: (store: string, fn: (c: Change) => void) => {
    expect(store).toBe('pods');
    listeners.add(fn);
    return () => listeners.delete(fn);
  } };
  const change = (name: string, rv: number): Change => ({ type: 'MODIFIED', store: 'pods', key: `default/${name}`,
    object: { metadata: { name } } as KubeObject, rv });
  const group = new WatchGroup(cluster as unknown as ServedCluster, 'pods', 'v1|pods|json',
    (c) => c.object.metadata.name !== 'hidden', (c) => Buffer.from(`${c.object.metadata.name}@${c.rv}\n`), () => {});
  const member = (firstLine?: (c: Change) => Buffer): Member & { out: () => string } => {
    let out = '';
    const res = { write: (b: Buffer) => { out += b.toString(); return true; }, writableLength: 0 };
    return { res: res as unknown as ServerResponse, lastRv: 0, skip: 0, close: () => {}, out: () => out,
      ...(firstLine ? { firstLine } : {}) };
  };
  const emit = (c: Change): void => { for (const fn of listeners) fn(c); };
  return { group, member, emit, change, listeners };
}

describe('WatchGroup', () => {
  test('one encoding per change; members that joined mid-slice skip what their backlog had', () => {
    const { group, member, emit, change, listeners } = setup();
    const a = member(), b = member(), t = member((c) => Buffer.from(`HEADERS ${c.object.metadata.name}\n`));
    group.join(a);
    const first = change('p1', 1);
    emit(first);
    emit(change('hidden', 2));
    group.join(b);
    group.join(t);
    emit(change('p3', 3));
    group.flush();
    expect(a.out()).toBe('p1@1\np3@3\n');
    expect(b.out()).toBe('p3@3\n');
    expect(t.out()).toBe('HEADERS p3\n');
    expect(first.lines?.get('v1|pods|json')?.toString()).toBe('p1@1\n');
    emit(change('p4', 4));
    group.flush();
    expect(t.out()).toBe('HEADERS p3\np4@4\n');
    expect([a.lastRv, b.lastRv, t.lastRv]).toEqual([4, 4, 4]);
    for (const m of [a, b, t]) group.leave(m);
    expect(listeners.size).toBe(0);
  });
});

test('a group writes at once when its pending lines pass 256 KiB, not waiting for the simulation to yield', () => {
  const { group, member, emit, change } = setup();
  const big = (name: string, rv: number): Change => ({ ...change(name, rv), lines: new Map([['v1|pods|json',
    `${name.padEnd(100 << 10, '.')}\n`]]) });
  const a = member();
  group.join(a);
  emit(big('p1', 1));
  emit(big('p2', 2));
  expect(a.out()).toBe('');
  emit(big('p3', 3));
  expect(a.out().split('\n').map((l) => l.slice(0, 2))).toEqual(['p1', 'p2', 'p3', '']);
  expect(a.lastRv).toBe(3);
  emit(big('p4', 4));
  group.flush();
  expect(a.out().split('\n').map((l) => l.slice(0, 2))).toEqual(['p1', 'p2', 'p3', 'p4', '']);
});
