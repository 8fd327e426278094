import type { FieldProblem } from '../problems.js';
import type { Schema } from './schema.js';
export type { Schema } from './schema.js';
/** The schema of a kind at an apiVersion, or undefined for kinds kubesim does not model. */
export declare function schemaFor(kind: string, apiVersion: string): Schema | undefined;
/**
 * Checks a value against a schema as `kubectl apply --validate=strict` does: unknown fields and
 * wrong types are errors naming the path; fields kubesim does not simulate are warnings.
 * A null value counts as absent (as in the API's JSON decoding).
 */
export declare function checkFields(value: unknown, schema: Schema, path: string, errors: FieldProblem[], warnings: FieldProblem[], warn?: boolean, rootField?: RootField): void;
/**
 * Checks a known field of the value's own object in its place, in the caller's way (a verdict kept
 * for a shared Pod spec); false: the walk checks it.
 */
export type RootField = (key: string) => boolean;
