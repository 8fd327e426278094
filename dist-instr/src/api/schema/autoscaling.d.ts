import { type Schema } from './schema.js';
export declare const hpaV1: Schema;
export declare const hpaV2: Schema;
/** Keyed by apiVersion: the two served versions differ. */
export declare const HPA_SCHEMAS: Readonly<Record<string, Schema>>;
