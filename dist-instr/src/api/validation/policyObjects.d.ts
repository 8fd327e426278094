import { type Obj, type Problems } from './common.js';
export declare function validateResourceQuota(p: Problems, o: Obj): void;
export declare function validateLimitRange(p: Problems, o: Obj): void;
