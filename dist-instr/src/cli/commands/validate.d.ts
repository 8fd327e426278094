import type { Command } from 'commander';
import { type InputProblem } from '../../api/problems.js';
export interface ValidateReport {
    readonly errors: InputProblem[];
    readonly warnings: InputProblem[];
}
/** Files as given; a directory stands for its .yaml/.yml/.json files, recursively, in name order. */
export declare function expandFiles(files: readonly string[]): string[];
export declare function validateFiles(given: readonly string[]): ValidateReport;
/** The lines `kubesim validate` prints: errors (stdout) one per line, warnings (stderr) prefixed. */
export declare function reportLines(files: readonly string[], r: ValidateReport): {
    stdout: string[];
    stderr: string[];
};
export declare function registerValidate(program: Command): void;
