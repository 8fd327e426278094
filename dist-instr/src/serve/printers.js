import { RESOURCES } from '../output/printers/index.js';
import { defaultPrinter } from './table.js';
/**
 * The printer of each served resource for Table responses: kubectl's own columns from src/output's
 * printers (the same code as `kubesim get`); a resource without one gets the API server's default
 * table (Name, Created At), as apiserver's DefaultTableConvertor gives.
 */
export const printers = (startTime) => {
    const fallback = defaultPrinter(startTime);
    const byResource = new Map(RESOURCES.map((r) => [r.resource, r.printer]));
    return (resource) => byResource.get(resource) ?? fallback;
};
