import { parseAllDocuments } from 'yaml';
import type { InputProblem } from './errors.js';

/**
 * Parses a (multi-document) YAML or KYAML file strictly: duplicate keys are errors, as with
 * kubectl's strict decoding. Returns the documents (empty ones dropped) and problems with line
 * numbers.
 */
export function parseYamlDocuments(text: string, file: string): { docs: unknown[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const docs: unknown[] = [];
  const parsed = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  const all = Array.isArray(parsed) ? parsed : [parsed];
  for (const doc of all) {
    if ('errors' in doc && doc.errors.length > 0) {
      for (const err of doc.errors) {
        const line = err.linePos?.[0]?.line ?? (err.pos ? text.slice(0, err.pos[0]).split('\n').length : undefined);
        problems.push({ file, message: `YAML ${line ? `line ${line}: ` : ''}${err.message.split('\n')[0]}` });
      }
      continue;
    }
    const v = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (v !== null && v !== undefined) docs.push(v);
  }
  return { docs, problems };
}
