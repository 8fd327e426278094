import { type Printer } from './table.js';
/**
 * The printer of each served resource for Table responses: kubectl's own columns from src/output's
 * printers (the same code as `kubesim get`); a resource without one gets the API server's default
 * table (Name, Created At), as apiserver's DefaultTableConvertor gives.
 */
export declare const printers: (startTime: number) => (resource: string) => Printer;
