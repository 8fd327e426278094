/** Job and CronJob validation after pkg/apis/batch/validation/validation.go. */
import { type Obj, type Problems } from './common.js';
export declare function validateJob(p: Problems, o: Obj): void;
export declare function validateCronJob(p: Problems, o: Obj): void;
