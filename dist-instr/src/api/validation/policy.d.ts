/** PodDisruptionBudget validation after pkg/apis/policy/validation/validation.go. */
import { type Obj, type Problems } from './common.js';
export declare function validatePodDisruptionBudget(p: Problems, o: Obj): void;
