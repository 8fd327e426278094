import { type Printer } from './types.js';
/** printPodDisruptionBudget: MIN AVAILABLE, MAX UNAVAILABLE, ALLOWED DISRUPTIONS (status.disruptionsAllowed). */
export declare const podDisruptionBudgetPrinter: Printer;
