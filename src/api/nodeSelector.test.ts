import { describe, expect, test } from 'vitest';
import { nodeSelectorTermMatches, nodeSelectorTermsMatch } from './nodeSelector.js';
import type { Labels, NodeSelectorRequirement } from './types.js';

// nodeaffinity.go's node selector terms: requirements parsed as labels.NewRequirement parses them.
describe('node selector requirements (nodeaffinity)', () => {
  test.each([
    { name: 'Gt compares integers', op: 'Gt' as const, label: '10', values: ['9'], want: true },
    { name: 'Lt compares integers, not strings', op: 'Lt' as const, label: '9', values: ['10'], want: true },
    { name: 'Gt with a label that is not an integer never matches', op: 'Gt' as const, label: '1.5', values: ['1'],
      want: false },
    { name: 'Gt needs exactly one value', op: 'Gt' as const, label: '5', values: ['1', '2'], want: false },
    { name: 'Gt on an absent key never matches', op: 'Gt' as const, label: undefined, values: ['1'], want: false },
    { name: 'NotIn matches an absent key', op: 'NotIn' as const, label: undefined, values: ['a'], want: true },
    { name: 'In with no values does not parse: no node', op: 'In' as const, label: 'a', values: [], want: false },
  ])('$name', ({ op, label, values, want }) => {
    const l: Labels = label === undefined ? {} : { n: label };
    const r: NodeSelectorRequirement = { key: 'n', operator: op, values };
    expect(nodeSelectorTermMatches({ matchExpressions: [r] }, l, 'n1')).toBe(want);
  });
  test('a term with no requirements matches no node; matchFields reads only metadata.name', () => {
    expect(nodeSelectorTermMatches({}, {}, 'n1')).toBe(false);
    expect(nodeSelectorTermMatches({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n1'] }] }, {},
      'n1')).toBe(true);
    // Another field reads as "" (the node's field set holds only metadata.name): NotIn [n1] holds.
    expect(nodeSelectorTermMatches({ matchFields: [{ key: 'spec.x', operator: 'NotIn', values: ['n1'] }] }, {}, 'n1'))
      .toBe(true);
  });
  test('terms are ORed; an empty list matches nothing', () => {
    const t = (v: string) => ({ matchExpressions: [{ key: 'zone', operator: 'In' as const, values: [v] }] });
    expect(nodeSelectorTermsMatch([t('a'), t('b')], { zone: 'b' }, 'n1')).toBe(true);
    expect(nodeSelectorTermsMatch([], { zone: 'b' }, 'n1')).toBe(false);
  });
});
