import { describe, expect, test } from 'vitest';
import { nodeAdded, podCreated, stateOf } from '../../../test-support/workloads.js';
import { kubectlGet, type GetRequest } from './get.js';
import { goFloat, goSprint } from './goFormat.js';
import { naturalLess } from './sortBy.js';

const facts = [
  nodeAdded('node-a'),
  podCreated('web-10', { labels: { app: 'web', mem: '16Gi' }, node: 'node-a', created: 2000 }),
  podCreated('web-2', { labels: { app: 'web', mem: '8Gi', tier: 'front' }, node: 'node-a', created: 1000 }),
  podCreated('web-1', { labels: { mem: '512Mi' }, created: 3000 }),
];
const state = { ...stateOf(facts), time: 30_000, startTime: Date.UTC(2026, 0, 1) };
const get = (req: Partial<GetRequest>) => kubectlGet(state, facts, { resource: 'pods', names: [], ...req });

describe('kubesim get -o custom-columns (kubectl/pkg/cmd/get/customcolumn.go)', () => {
  test('headers as given, each path relaxed, values as fmt.Sprint prints them, <none> for a missing one', () => {
    // Columns: the tab writer kubectl's tables use (minwidth 6, padding 3); maps print as map[k:v] with sorted
    // keys, lists as [a b]; several results of one path are joined by commas.
    expect(get({ output: 'custom-columns=NAME:metadata.name,TIER:{.metadata.labels.tier},LABELS:.metadata.labels,'
      + 'IMAGES:{spec.containers[*].image},NODE:.spec.nodeName' }).stdout).toBe([
      'NAME     TIER     LABELS                            IMAGES   NODE',
      'web-1    <none>   map[mem:512Mi]                    img      <none>',
      'web-10   <none>   map[app:web mem:16Gi]             img      node-a',
      'web-2    front    map[app:web mem:8Gi tier:front]   img      node-a',
      ''].join('\n'));
    expect(get({ output: 'custom-columns=N:.metadata.name', noHeaders: true, names: ['web-2'] }).stdout)
      .toBe('web-2\n');
  });
  test('a spec kubectl refuses is refused with its message', () => {
    expect(get({ output: 'custom-columns=NAME' })).toMatchObject({ exitCode: 1,
      stderr: 'error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>\n' });
    expect(get({ output: 'custom-columns=' }).stderr).toBe(
      'error: custom-columns format specified but no custom columns given\n');
    expect(get({ output: 'custom-columns=A:{.a}}' }).stderr).toMatch(/^error: unexpected path string/);
  });
});

describe('kubesim get --sort-by (kubectl/pkg/cmd/get/sorter.go)', () => {
  const names = (req: Partial<GetRequest>) => get({ output: 'name', ...req }).stdout.trim().split('\n');
  test('strings in natural order, quantities by value, timestamps in time order, a missing value first', () => {
    expect(names({})).toEqual(['pod/web-1', 'pod/web-10', 'pod/web-2']);
    expect(names({ sortBy: '.metadata.name' })).toEqual(['pod/web-1', 'pod/web-2', 'pod/web-10']);
    expect(names({ sortBy: '{.metadata.labels.mem}' })).toEqual(['pod/web-1', 'pod/web-2', 'pod/web-10']);
    expect(names({ sortBy: 'metadata.creationTimestamp' })).toEqual(['pod/web-2', 'pod/web-10', 'pod/web-1']);
    expect(names({ sortBy: '.metadata.labels.tier' })).toEqual(['pod/web-1', 'pod/web-10', 'pod/web-2']);
  });
  test('the table is sorted too; a field no object has is refused, but not on a one-row table', () => {
    expect(get({ sortBy: '.metadata.creationTimestamp' }).stdout.split('\n').slice(1, 4).map((l) => l.split(' ')[0]))
      .toEqual(['web-2', 'web-10', 'web-1']);
    expect(get({ sortBy: '.spec.nope' })).toMatchObject({ exitCode: 1,
      stderr: 'error: couldn\'t find any field with path "{.spec.nope}" in the list of objects\n' });
    expect(get({ sortBy: '.spec.nope', names: ['web-1'] }).exitCode).toBe(0);
    expect(get({ sortBy: '.spec.nope', names: ['web-1'], output: 'json' }).exitCode).toBe(1);
    expect(get({ sortBy: '.metadata.labels' }).stderr).toBe(
      'error: Field {.metadata.labels} is an unsortable type: map\n');
  });
});

describe('the formats kubectl borrows from Go', () => {
  test('sortorder.NaturalLess: digit runs by value, digits before letters, fewer leading zeros first', () => {
    expect(naturalLess('web-2', 'web-10')).toBe(true);
    expect(naturalLess('web-10', 'web-2')).toBe(false);
    expect(naturalLess('a1', 'ab')).toBe(true);
    expect(naturalLess('x01', 'x001')).toBe(true);
    expect(naturalLess('x1', 'x01')).toBe(true);
    expect(naturalLess('abc', 'abcd')).toBe(true);
    expect(naturalLess('same', 'same')).toBe(false);
  });
  test('fmt.Sprint of unstructured values', () => {
    expect([0.5, 1_500_000.5, 0.00001, 123456.5].map(goFloat)).toEqual(['0.5', '1.5000005e+06', '1e-05', '123456.5']);
    expect(goSprint({ b: [1, 'x'], a: null, c: true })).toBe('map[a:<nil> b:[1 x] c:true]');
  });
});
