import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
/** `--plugin ./mine.js` (repeatable): collects values for commander. */
export const collect = (v, acc) => [...acc, v];
/** A module path on the command line as an absolute file URL, for import() here or in a worker. */
export const moduleUrl = (p) => pathToFileURL(isAbsolute(p) ? p : resolve(process.cwd(), p)).href;
/** True for an `--invariants` item that names a module rather than an invariant. */
export const isModulePath = (s) => /\.(m?js|cjs|ts)$/.test(s) || s.includes('/') || s.includes('\\');
