/**
 * kubectl's table output (k8s.io/cli-runtime printers GetNewTabWriter): Go's text/tabwriter with
 * minwidth 6, padding 3 and spaces. A column is as wide as its widest cell plus 3, at least 6;
 * the last cell of a line is not a column and is printed as it is, so an empty last cell leaves
 * the padding of the cell before it (as kubectl does).
 */
const MIN_WIDTH = 6;
const PADDING = 3;

const width = (s: string): number => [...s].length;

export function tabWrite(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  const cols = Math.max(...rows.map((r) => r.length));
  const widths: number[] = [];
  for (let c = 0; c < cols - 1; c++) {
    let w = MIN_WIDTH;
    for (const r of rows) if (c < r.length - 1) w = Math.max(w, width(r[c]) + PADDING);
    widths.push(w);
  }
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell
    : cell + ' '.repeat(widths[c] - width(cell)))).join('')).join('\n');
}
