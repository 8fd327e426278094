import type { FieldProblem } from '../api/problems.js';
import { type ChaosAction } from './types.js';
/**
 * A label selector written as a map (`{app: web}`) or as kubectl's string (`app=web,tier=front`).
 * Returns the map, or a message saying what is wrong.
 */
export declare function parseSelector(v: unknown): Record<string, string> | string;
/** Reads a timeline `chaos:` entry; problems go to `fp` under the path `ap`. */
export declare function parseChaosAction(v: unknown, ap: string, fp: FieldProblem[]): ChaosAction | undefined;
