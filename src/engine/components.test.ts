import { describe, expect, test } from 'vitest';
import { DEFAULT_COMPONENTS, withComponents } from './components.js';
import type { ComponentFactory } from './simulation.js';

const named = (name: string): ComponentFactory => ({ name, create: () => { throw new Error('not created here'); } });

describe('withComponents', () => {
  test('a plugin component named like a built-in one takes its place; others run after, in order', () => {
    const rs = named('replicaset-controller'), a = named('mine-a'), b = named('mine-b');
    const all = withComponents([a, rs, b]);
    const i = DEFAULT_COMPONENTS.findIndex((c) => c.name === 'replicaset-controller');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(all[i]).toBe(rs);
    expect(all.slice(0, DEFAULT_COMPONENTS.length).filter((c) => c !== rs)).toEqual(
      DEFAULT_COMPONENTS.filter((c) => c.name !== 'replicaset-controller'));
    expect(all.slice(DEFAULT_COMPONENTS.length)).toEqual([a, b]);
  });
  test('no plugin components: the built-in list', () => {
    expect(withComponents([])).toEqual([...DEFAULT_COMPONENTS]);
  });
});
