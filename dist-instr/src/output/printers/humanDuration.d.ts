/**
 * apimachinery pkg/util/duration HumanDuration: how kubectl prints AGE and every "since" cell.
 * Precision drops as the duration grows (2m5s, 47m, 5h3m, 2d3h, 2y10d); a duration up to
 * two seconds in the future is "0s" (clock skew), further in the future "<invalid>".
 */
export declare function humanDuration(ms: number): string;
/** printers.go translateTimestampSince: "<unknown>" for an unset time, else HumanDuration(now - t). */
export declare const since: (now: number, t: number | undefined | null) => string;
