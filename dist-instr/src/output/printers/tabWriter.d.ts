export declare function alignCells(lines: readonly (readonly string[])[], minWidth: number, padding: number): string[];
/** kubectl's table output (k8s.io/cli-runtime printers GetNewTabWriter): minwidth 6, padding 3. */
export declare const tabWrite: (rows: readonly (readonly string[])[]) => string;
/**
 * kubectl describe's writer (describe.go tabbedString: tabwriter.Init(buf, 0, 8, 2, ' ', 0)) over
 * text with tabs and newlines.
 */
export declare const tabbedString: (text: string) => string;
