import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Labels, LabelSelector, LabelSelectorRequirement } from './types.js';
import { compileSelector, labelSelectorMatches, labelSetMatches } from './labelSelector.js';

// Laws of apimachinery's label selectors (labels/selector.go), each checked on its own, never against a
// second copy of the matcher. FC_NUM_RUNS widens the search (property-tests/setup.ts).
const key = fc.constantFrom('app', 'tier', 'env', 'zone');
const value = fc.constantFrom('web', 'db', 'a', 'b', '1', '10');
const labels: fc.Arbitrary<Labels> = fc.dictionary(key, value, { maxKeys: 4 });
const requirement: fc.Arbitrary<LabelSelectorRequirement> = fc.record({
  key, operator: fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist'),
  values: fc.array(value, { minLength: 1, maxLength: 3 }),
});
const selector: fc.Arbitrary<LabelSelector> = fc.record({
  matchLabels: fc.dictionary(key, value, { maxKeys: 2 }),
  matchExpressions: fc.array(requirement, { maxLength: 3 }),
}, { requiredKeys: [] });
const one = (r: LabelSelectorRequirement): LabelSelector => ({ matchExpressions: [r] });
const has = (l: Labels, k: string): boolean => Object.prototype.hasOwnProperty.call(l, k);

describe('label selectors follow metav1.LabelSelectorAsSelector', () => {
  test('a nil selector selects nothing and an empty one everything', () => fc.assert(fc.property(labels, (l) => {
    expect(labelSelectorMatches(undefined, l)).toBe(false);
    expect(labelSelectorMatches({}, l)).toBe(true);
    expect(labelSelectorMatches({ matchLabels: {}, matchExpressions: [] }, l)).toBe(true);
  })));
  test('a selector holds exactly when each of its parts holds alone', () => fc.assert(fc.property(selector, labels,
    (s, l) => {
      const parts = [...Object.entries(s.matchLabels ?? {}).map(([k, v]) => labelSetMatches({ [k]: v }, l)),
        ...(s.matchExpressions ?? []).map((r) => labelSelectorMatches(one(r), l))];
      expect(labelSelectorMatches(s, l)).toBe(parts.every(Boolean));
    })));
  test('each operator means what Kubernetes says', () => fc.assert(fc.property(requirement, labels, (r, l) => {
    const present = has(l, r.key), listed = present && (r.values ?? []).includes(l[r.key]);
    const want = { In: listed, NotIn: !listed, Exists: present, DoesNotExist: !present }[r.operator];
    expect(labelSelectorMatches(one(r), l)).toBe(want);
  })));
  test('NotIn is the complement of In, DoesNotExist of Exists', () => fc.assert(fc.property(requirement, labels,
    (r, l) => {
      const inOp = labelSelectorMatches(one({ ...r, operator: 'In' }), l);
      expect(labelSelectorMatches(one({ ...r, operator: 'NotIn' }), l)).toBe(!inOp);
      const exists = labelSelectorMatches(one({ ...r, operator: 'Exists' }), l);
      expect(labelSelectorMatches(one({ ...r, operator: 'DoesNotExist' }), l)).toBe(!exists);
    })));
  test('matchLabels {k: v} is the requirement k In (v)', () => fc.assert(fc.property(key, value, labels, (k, v, l) => {
    expect(labelSelectorMatches({ matchLabels: { [k]: v } }, l))
      .toBe(labelSelectorMatches(one({ key: k, operator: 'In', values: [v] }), l));
  })));
  test('the compiled form answers as the direct one', () => fc.assert(
    fc.property(fc.option(selector, { nil: undefined }),
    labels, (s, l) => { expect(compileSelector(s)(l)).toBe(labelSelectorMatches(s, l)); })));
  // metav1.LabelSelectorOperator has only In, NotIn, Exists, DoesNotExist: Gt and Lt are node selectors' own.
  test('an operator a label selector does not know selects nothing', () => fc.assert(fc.property(key, labels,
    fc.constantFrom('Matches', 'Gt', 'Lt'), (k, l, op) => {
    const bad = { key: k, operator: op, values: ['1'] } as unknown as LabelSelectorRequirement;
    expect(labelSelectorMatches(one(bad), l)).toBe(false);
  })));
});
