/** One problem in the user's input, located by file, object and field path. */
export interface InputProblem {
  readonly file: string;
  /** `Kind/name` (or `Kind/namespace/name`), when the problem is inside one object. */
  readonly object?: string;
  /** Field path inside the object or scenario, e.g. `spec.containers[0].image`. */
  readonly path?: string;
  readonly message: string;
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
