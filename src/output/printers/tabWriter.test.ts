import { expect, test } from 'vitest';
import { tabWrite } from './tabWriter.js';

// text/tabwriter as kubectl configures it (minwidth 6, padding 3): a column is max(cell)+3 wide
// but at least 6; the last cell is not aligned.
test('columns are the widest cell plus 3, at least 6; the last cell is left as is', () => {
  expect(tabWrite([['NAME', 'OK', 'AGE'], ['a', 'x', '5s']])).toBe('NAME   OK    AGE\na      x     5s');
});
test('an empty last cell leaves the padding of the cell before it, as Go\'s tabwriter does', () => {
  expect(tabWrite([['NAME', 'VERSION'], ['node-0', '']])).toBe('NAME     VERSION\nnode-0   ');
});
