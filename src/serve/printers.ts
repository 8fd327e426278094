import { defaultPrinter, type Printer } from './table.js';

/**
 * The printer of each served resource for Table responses. kubectl's own columns come from
 * src/output's printers once they are there; until then every kind gets the API server's
 * default table (Name, Created At).
 */
export const printers = (startTime: number) => (_resource: string): Printer => defaultPrinter(startTime);
