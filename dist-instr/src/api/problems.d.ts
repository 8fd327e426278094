/** One problem in the user's input, located by file, object and field path. */
export interface InputProblem {
    readonly file: string;
    /** `Kind/name` (or `Kind/namespace/name`), when the problem is inside one object. */
    readonly object?: string;
    /** Field path inside the object or scenario, e.g. `spec.containers[0].image`. */
    readonly path?: string;
    readonly message: string;
    /** The file could not be read at all (exit 2 for every command). */
    readonly unreadable?: boolean;
}
export declare const formatProblem: (p: InputProblem) => string;
/** Bad input: every problem found, not only the first. Never shown with a stack trace. */
export declare class ScenarioError extends Error {
    readonly problems: readonly InputProblem[];
    readonly name = "ScenarioError";
    constructor(problems: readonly InputProblem[]);
}
/** A field-level finding of a validator: path relative to the object. */
export interface FieldProblem {
    readonly path: string;
    readonly message: string;
}
/**
 * A file that cannot be read as input at all (missing, a dangling link, too large, not UTF-8):
 * thrown by the CLI's file reader, reported as an InputProblem marked `unreadable`, and always
 * exit 2 ("bad input"), even for `validate`, whose findings about content are exit 1.
 */
export declare class UnreadableInput extends Error {
    readonly name = "UnreadableInput";
}
/** The problem for a file the reader refused. */
export declare function unreadableProblem(file: string, err: unknown): InputProblem;
/** utilerrors.NewAggregate's text: one error alone, several in brackets. */
export declare const aggregate: (errs: readonly string[]) => string;
