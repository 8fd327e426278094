import { RESOURCES } from '../output/printers/index.js';
import { METRICS_PRINTERS } from './metrics.js';
import { defaultPrinter, type Printer } from './table.js';

/**
 * The printer of each served store for Table responses: kubectl's own columns from src/output's
 * printers (the same code as `kubesim get`); a resource without one gets the API server's default
 * table (Name, Created At), as apiserver's DefaultTableConvertor gives.
 */
export const printers = (startTime: number) => {
  const fallback = defaultPrinter(startTime);
  const byResource = new Map([...RESOURCES.map((r) => [r.resource, r.printer as unknown as Printer] as const),
    ...Object.entries(METRICS_PRINTERS)]);
  return (resource: string): Printer => byResource.get(resource) ?? fallback;
};
