import { type Schema } from './schema.js';
export declare const podDisruptionBudget: Schema;
/** PriorityClass has no spec: its fields are top-level. */
export declare const priorityClass: Schema;
export declare const POLICY_SCHEMAS: Readonly<Record<string, Schema>>;
