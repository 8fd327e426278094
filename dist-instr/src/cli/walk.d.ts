import type { InputProblem } from '../api/problems.js';
/** What a walk found: files in name order, each real file once, and the links it could not follow. */
export interface Walk {
    readonly files: string[];
    readonly problems: InputProblem[];
}
/** Why a path cannot be read, in words (a dangling link and a symlink loop are the user's input problems). */
export declare function unreadableReason(path: string, err: unknown): string;
/**
 * The one folder walk of validate, check, run and fuzz: a path given as a file is returned as it
 * is; a folder stands for the files under it that `accept` takes, recursively, in name order.
 * Symbolic links are followed, but every real file and folder is visited once (by real path), so
 * links to an ancestor cannot make the walk endless; a dangling link or a link loop is reported.
 * Hidden entries and node_modules are skipped.
 */
export declare function walkInputs(paths: readonly string[], accept: (name: string) => boolean): Walk;
export declare const isManifestName: (name: string) => boolean;
export declare function isFolder(p: string): boolean;
