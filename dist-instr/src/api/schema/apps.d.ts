import { type Schema } from './schema.js';
export declare const deployment: Schema;
export declare const replicaSet: Schema;
export declare const statefulSet: Schema;
export declare const daemonSet: Schema;
export declare const controllerRevision: Schema;
export declare const APPS_SCHEMAS: Readonly<Record<string, Schema>>;
