import { type Schema } from './schema.js';
export declare const jobSpec: Schema;
export declare const job: Schema;
export declare const cronJob: Schema;
export declare const BATCH_SCHEMAS: Readonly<Record<string, Schema>>;
