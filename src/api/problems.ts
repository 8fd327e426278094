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

export const formatProblem = (p: InputProblem): string =>
  [p.file, p.object, p.path, p.message].filter((x) => x !== undefined && x !== '').join(': ');

/** Bad input: every problem found, not only the first. Never shown with a stack trace. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  constructor(readonly problems: readonly InputProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

/** A field-level finding of a validator: path relative to the object. */
export interface FieldProblem { readonly path: string; readonly message: string }

/**
 * A file that cannot be read as input at all (missing, a dangling link, too large, not UTF-8):
 * thrown by the CLI's file reader, reported as an InputProblem marked `unreadable`, and always
 * exit 2 ("bad input"), even for `validate`, whose findings about content are exit 1.
 */
export class UnreadableInput extends Error {
  override readonly name = 'UnreadableInput';
}

/** The problem for a file the reader refused. */
export function unreadableProblem(file: string, err: unknown): InputProblem {
  return { file, message: err instanceof UnreadableInput ? err.message : 'cannot read file (does it exist?)',
    unreadable: true };
}

/** utilerrors.NewAggregate's text: one error alone, several in brackets. */
export const aggregate = (errs: readonly string[]): string => (errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`);
