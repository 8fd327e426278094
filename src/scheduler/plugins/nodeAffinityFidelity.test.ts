/**
 * Node affinity edge cases, from component-helpers/scheduling/corev1/nodeaffinity/nodeaffinity.go
 * (LazyErrorNodeSelector.Match, newNodeSelectorTerm, nodeSelectorRequirementsAsFieldSelector) and
 * pkg/apis/core/validation/validation.go (ValidateNodeSelectorRequirement,
 * ValidateNodeFieldSelectorRequirement), as node_affinity_test.go exercises them.
 */
import { describe, expect, test } from 'vitest';
import { make } from '../../../test-support/manifests.js';
import { makeNode, makePod, makeSnapshot } from '../../../test-support/scheduler.js';
import { validateObject } from '../../api/validation/index.js';
import { nodeMatchesPodAffinity } from '../../controllers/controllerUtils.js';
import { newCycleState } from '../cycleState.js';
import { SUCCESS, unresolvable } from '../status.js';
import { nodeAffinity } from './nodeAffinity.js';
import type { Affinity, NodeSelectorTerm } from '../../api/types.js';

const NO = unresolvable('NodeAffinity', "node(s) didn't match Pod's node affinity/selector");
const node = makeNode('n1').labels({ foo: 'bar' }).obj();
const snap = makeSnapshot([node]);
const withTerms = (nodeSelectorTerms: unknown): ReturnType<typeof makePod> =>
  makePod().affinity({ nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms } } } as
    Affinity);
const filter = (pod: ReturnType<typeof makePod>) => {
  const s = newCycleState();
  nodeAffinity.preFilter(s, pod.info());
  return nodeAffinity.filter(s, pod.info(), snap.get('n1')!);
};

describe('NodeAffinity filter: terms that match nothing', () => {
  test.each([
    { name: 'null nodeSelectorTerms', terms: null },
    { name: 'empty nodeSelectorTerms', terms: [] },
    { name: 'one empty term', terms: [{}] },
    { name: 'a null term', terms: [null] },
    { name: 'NotIn with an invalid label value (labels.NewRequirement fails, the term matches nothing)',
      terms: [{ matchExpressions: [{ key: 'foo', operator: 'NotIn', values: ['invalid value: ___@#$%^'] }] }] },
    { name: 'Gt with a value that is not an integer',
      terms: [{ matchExpressions: [{ key: 'foo', operator: 'Gt', values: ['x'] }] }] },
    { name: 'matchFields In with two values (must have one element)',
      terms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n1', 'n2'] }] }] },
    { name: 'matchFields with Exists (only In and NotIn are field operators)',
      terms: [{ matchFields: [{ key: 'metadata.name', operator: 'Exists' }] }] },
  ])('$name: no node, and no TypeError', ({ terms }) => {
    expect(filter(withTerms(terms))).toEqual(NO);
    expect(nodeMatchesPodAffinity(withTerms(terms).obj().spec, node)).toBe(false);
  });
  test('a term that does not parse leaves the other terms to match (terms are ORed)', () => {
    const terms: NodeSelectorTerm[] = [
      { matchExpressions: [{ key: 'foo', operator: 'NotIn', values: ['invalid value: ___@#$%^'] }] },
      { matchExpressions: [{ key: 'foo', operator: 'In', values: ['bar'] }] },
    ];
    expect(filter(withTerms(terms))).toBe(SUCCESS);
  });
});

describe('validation of node selector requirements (validation.go)', () => {
  const R = 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution';
  const pod = (nodeSelectorTerms: unknown) =>
    make('Pod', {
      'spec.affinity': { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms } } },
    });
  const errorsOf = (o: unknown): string[] => validateObject(o).errors.map((e) => `${e.path}: ${e.message}`);
  test('matchFields accepts only metadata.name', () => {
    expect(errorsOf(pod([{ matchFields: [{ key: 'metadata.labels', operator: 'In', values: ['x'] }] }])))
      .toEqual([`${R}.nodeSelectorTerms[0].matchFields[0].key: Invalid value: "metadata.labels": `
        + 'not a valid field selector key']);
  });
  test('matchFields In/NotIn takes exactly one value', () => {
    expect(errorsOf(pod([{ matchFields: [{ key: 'metadata.name', operator: 'NotIn', values: ['a', 'b'] }] }])))
      .toEqual([`${R}.nodeSelectorTerms[0].matchFields[0].values: Required value: `
        + "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"]);
  });
  test('matchFields Exists is not a field selector operator', () => {
    expect(errorsOf(pod([{ matchFields: [{ key: 'metadata.name', operator: 'Exists' }] }])))
      .toEqual([`${R}.nodeSelectorTerms[0].matchFields[0].operator: Invalid value: "Exists": `
        + 'not a valid selector operator']);
  });
  test('a required term\'s values must be label values '
    + '(AllowInvalidLabelValueInRequiredNodeAffinity: false on create)', () => {
    const bad = [{ matchExpressions: [{ key: 'foo', operator: 'NotIn', values: ['invalid value: ___@#$%^'] }] }];
    expect(errorsOf(pod(bad)))
      .toEqual([`${R}.nodeSelectorTerms[0].matchExpressions[0].values[0]: Invalid value: "invalid value: ___@#$%^": `
        + 'a valid '
        + "label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', "
        + 'and must start and end with an alphanumeric character']);
  });
  test('null nodeSelectorTerms is refused, not a crash', () => {
    expect(errorsOf(pod(null)))
      .toEqual([`${R}.nodeSelectorTerms: Required value: must have at least one node selector term`]);
  });
});
