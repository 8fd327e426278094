import type { KubeObject, Labels, OwnerReference, Taint, Toleration } from '../../api/types.js';
/** Go's time.RFC1123Z in UTC, as kubectl describe prints times: `Thu, 01 Jan 2026 00:00:02 +0000`. */
export declare function rfc1123z(startTime: number, ms: number): string;
/**
 * describe.go's PrefixWriter over one tabwriter (tabbedString): `write(level, text)` indents by
 * two spaces per level; tabs separate the cells that the tabwriter aligns at the end.
 */
export declare class DescribeWriter {
    #private;
    readonly startTime: number;
    readonly now: number;
    constructor(startTime: number, now: number);
    write(level: number, text: string): void;
    /** A virtual instant as describe prints it (RFC1123Z). */
    time(ms: number): string;
    toString(): string;
}
/** describe.go printLabelsMultilineWithIndent: `Title:\tk=v`, one label a line, sorted by key. */
export declare function printLabels(w: DescribeWriter, title: string, labels: Labels | undefined, initialIndent?: string): void;
/** describe.go printAnnotationsMultiline: long or multi-line values on their own lines, cut at 140 bytes. */
export declare function printAnnotations(w: DescribeWriter, title: string, annotations: Labels | undefined): void;
/** describe.go printTaintsMultilineWithIndent: sorted by effect, then key. */
export declare function printTaints(w: DescribeWriter, title: string, taints: readonly Taint[] | undefined): void;
/** describe.go printTolerationsMultilineWithIndent: sorted by key; `op=Exists`, ` for Ns`. */
export declare function printTolerations(w: DescribeWriter, title: string, tolerations: readonly Toleration[] | undefined, initialIndent?: string): void;
/** The `Controlled By:` line describe.go writes when the object has a controller (printController non-empty). */
export declare function printControlledBy(w: DescribeWriter, refs: readonly OwnerReference[] | undefined): void;
/** Name, Namespace (and CreationTimestamp where the describer prints it first). */
export declare function head(w: DescribeWriter, o: KubeObject, created: boolean): void;
