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

/** Lines joined at a time by alignedTable. */
const BLOCK = 128;

/** The number of pieces every line has, or -1 when they differ. */
function uniformLength(lines: readonly (readonly string[])[]): number {
  const n = lines.length ? lines[0].length : 0;
  for (let i = 1; i < lines.length; i++) if (lines[i].length !== n) return -1;
  return n;
}

/**
 * alignCells(lines).join('\n') for lines that all have `n` pieces (a table), given as one flat
 * array (line i's pieces at i*n ... i*n+n-1): every column's block is every line, so a column is
 * as wide as its widest cell. The text is joined from its pieces a block of lines at a time: lines
 * built by `+=` were ropes the final join copied again, and one join of a 150,000-row table's ~3
 * million pieces took twice as long as joins of 128 lines (replay --at on the scale day).
 */
export function alignedTable(cells: readonly string[], n: number, minWidth: number, padding: number): string {
  const lines = n > 0 ? cells.length / n : 0;
  const widths = new Array<number>(Math.max(0, n - 1)).fill(minWidth);
  for (let i = 0; i < cells.length; i += n) {
    for (let j = 0; j < n - 1; j++) widths[j] = Math.max(widths[j], width(cells[i + j]) + padding);
  }
  const parts: string[] = [], pieces: string[] = [];
  for (let line = 0; line < lines; line += BLOCK) {
    pieces.length = 0;
    for (let i = line * n, end = Math.min(lines, line + BLOCK) * n; i < end; i += n) {
      if (i > 0) pieces.push('\n');
      for (let j = 0; j < n - 1; j++) {
        const c = cells[i + j];
        pieces.push(c, spaces(widths[j] - width(c)));
      }
      pieces.push(cells[i + n - 1]);
    }
    parts.push(pieces.join(''));
  }
  return parts.join('');
}

/** kubectl's table output (k8s.io/cli-runtime printers GetNewTabWriter): minwidth 6, padding 3. */
export const tabWrite = (rows: readonly (readonly string[])[]): string => {
  const n = uniformLength(rows);
  return n > 0 ? alignedTable(rows.flat(), n, 6, 3) : alignCells(rows, 6, 3).join('\n');
};

/**
 * kubectl describe's writer (describe.go tabbedString: tabwriter.Init(buf, 0, 8, 2, ' ', 0)) over
 * text with tabs and newlines.
 */
export const tabbedString = (text: string): string =>
  alignCells(text.split('\n').map((l) => l.split('\t')), 0, 2).join('\n');
