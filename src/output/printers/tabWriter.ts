/**
 * Go's text/tabwriter (flags 0, padding with spaces), the writer under kubectl's tables and
 * describers. A line's cells are its tab-terminated pieces; its text after the last tab is not a
 * cell of any column and is printed as it is. A column block is a run of consecutive lines
 * that all have a cell in that column; the block is as wide as its widest cell plus `padding`,
 * at least `minWidth`, and a line without that cell ends the block (so a heading line with no
 * tab starts a new alignment below it). Widths are counted in characters (runes).
 */
const width = (s: string): number => {
  // Only a surrogate pair makes runes fewer than UTF-16 code units: count them only then.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return [...s].length;
  }
  return s.length;
};

/** Runs of spaces by length, made once (a table of 150,000 rows pads ~1.5 million cells). */
const SPACES: string[] = [''];
const spaces = (n: number): string => SPACES[n] ??= ' '.repeat(n);

export function alignCells(lines: readonly (readonly string[])[], minWidth: number, padding: number): string[] {
  const out = lines.map(() => '');
  const widths: number[] = [];
  const emit = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const cells = lines[i];
      let line = '';
      for (let j = 0; j < cells.length; j++) {
        const c = cells[j];
        line += j < widths.length ? c + spaces(Math.max(0, widths[j] - width(c))) : c;
      }
      out[i] = line;
    }
  };
  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    let start = line0;
    for (let i = line0; i < line1; i++) {
      if (column >= lines[i].length - 1) continue;
      emit(start, i);
      let w = minWidth, j = i;
      for (; j < line1 && column < lines[j].length - 1; j++) w = Math.max(w, width(lines[j][column]) + padding);
      widths.push(w);
      format(i, j);
      widths.pop();
      start = j;
      i = j - 1;
    }
    emit(start, line1);
  };
  format(0, lines.length);
  return out;
}

/** kubectl's table output (k8s.io/cli-runtime printers GetNewTabWriter): minwidth 6, padding 3. */
export const tabWrite = (rows: readonly (readonly string[])[]): string => alignCells(rows, 6, 3).join('\n');

/**
 * kubectl describe's writer (describe.go tabbedString: tabwriter.Init(buf, 0, 8, 2, ' ', 0)) over
 * text with tabs and newlines.
 */
export const tabbedString = (text: string): string =>
  alignCells(text.split('\n').map((l) => l.split('\t')), 0, 2).join('\n');
