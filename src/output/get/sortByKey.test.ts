import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { KubeObject } from '../../api/types.js';
import { byKey, sortByKey } from './get.js';

const text = fc.string({ unit: fc.constantFrom('a', 'b', '-', '0', '/', '.'), maxLength: 4 });
const object = fc.record({ namespace: fc.option(text, { nil: undefined }), name: text }).map(({ namespace, name }) =>
  ({ metadata: { name, ...(namespace !== undefined ? { namespace } : {}) } }) as unknown as KubeObject);

// sortByKey sorts indexes by keys made once: it must give byKey's order, ties kept in their order, also
// for namespaces that are prefixes of others or hold a slash.
test('sortByKey orders as a stable sort by byKey', () => {
  fc.assert(fc.property(fc.array(object, { maxLength: 30 }), (objects) => {
    expect(sortByKey([...objects])).toEqual([...objects].sort(byKey));
    const withoutSlash = objects.filter((o) => !o.metadata.namespace?.includes('/'));
    expect(sortByKey([...withoutSlash])).toEqual([...withoutSlash].sort(byKey));
  }), { numRuns: 300 });
});
