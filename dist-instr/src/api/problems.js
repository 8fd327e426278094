export const formatProblem = (p) => [p.file, p.object, p.path, p.message].filter((x) => x !== undefined && x !== '').join(': ');
/** Bad input: every problem found, not only the first. Never shown with a stack trace. */
export class ScenarioError extends Error {
    problems;
    name = 'ScenarioError';
    constructor(problems) {
        super(problems.map(formatProblem).join('\n'));
        this.problems = problems;
    }
}
/**
 * A file that cannot be read as input at all (missing, a dangling link, too large, not UTF-8):
 * thrown by the CLI's file reader, reported as an InputProblem marked `unreadable`, and always
 * exit 2 ("bad input"), even for `validate`, whose findings about content are exit 1.
 */
export class UnreadableInput extends Error {
    name = 'UnreadableInput';
}
/** The problem for a file the reader refused. */
export function unreadableProblem(file, err) {
    return { file, message: err instanceof UnreadableInput ? err.message : 'cannot read file (does it exist?)',
        unreadable: true };
}
/** utilerrors.NewAggregate's text: one error alone, several in brackets. */
export const aggregate = (errs) => (errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`);
