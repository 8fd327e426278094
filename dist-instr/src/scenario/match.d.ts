import type { FieldProblem } from '../api/problems.js';
import type { BehaviorMatch } from './types.js';
/**
 * A behaviour rule's `match`: pod, container and image are name globs (strings), labels a map of
 * string to string. Anything else is an error here, not a crash when the first pod is matched.
 */
export declare function parseMatch(match: unknown, path: string, p: FieldProblem[]): BehaviorMatch | undefined;
