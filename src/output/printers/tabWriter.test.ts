import { expect, test } from 'vitest';
import fc from 'fast-check';
import { alignCells, alignedTable, tabbedString, tabWrite } from './tabWriter.js';

// text/tabwriter as kubectl configures it (minwidth 6, padding 3): a column is max(cell)+3 wide
// but at least 6; the last cell is not aligned.
test('columns are the widest cell plus 3, at least 6; the last cell is left as is', () => {
  expect(tabWrite([['NAME', 'OK', 'AGE'], ['a', 'x', '5s']])).toBe('NAME   OK    AGE\na      x     5s');
});
test('an empty last cell leaves the padding of the cell before it, as Go\'s tabwriter does', () => {
  expect(tabWrite([['NAME', 'VERSION'], ['node-0', '']])).toBe('NAME     VERSION\nnode-0   ');
});
// describe.go's tabbedString (minwidth 0, padding 2): a column block is a run of lines with a cell
// in that column; a line without a tab ends it, so each section aligns on its own.
test('describe alignment: blocks of consecutive lines, a line without a tab starts a new block', () => {
  expect(tabbedString('Name:\tweb\nService Account:\tdefault\nContainers:\n  a:\n    Image:\tnginx\n')).toBe(
    'Name:             web\nService Account:  default\nContainers:\n  a:\n    Image:  nginx\n');
  // A cell of a nested column aligns only within the lines of its enclosing block.
  expect(tabbedString('a\tb\tc\nlonger\tb\nx\ty\tz\n')).toBe('a       b  c\nlonger  b\nx       y  z\n');
  expect(tabbedString('k\t\tv\nkey\tlong\tv\n')).toBe('k          v\nkey  long  v\n');
});

// The table fast path (every line with the same number of pieces) against the general block walk.
test('alignedTable equals alignCells joined, for random tables', () => {
  const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', 'ab\u{1F600}c', '\u{1F600}\u{1F600}'));
  fc.assert(fc.property(fc.integer({ min: 1, max: 6 }).chain((n) => fc.array(fc.array(cell, { minLength: n,
    maxLength: n }), { maxLength: 8 })), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 4 }),
  (lines, minWidth, padding) => {
    const n = lines.length ? lines[0].length : 0;
    expect(alignedTable(lines.flat(), n, minWidth, padding)).toBe(alignCells(lines, minWidth, padding).join('\n'));
  }), { numRuns: 500 });
});
