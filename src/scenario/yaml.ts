import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node as YamlNode,
  type SchemaOptions } from 'yaml';
import type { FieldProblem, InputProblem } from '../api/problems.js';
import { tooDeepLine } from './prescan.js';
import { MAX_NESTING_DEPTH, nestingDepth, tooDeepMessage } from '../api/limits.js';

export interface ParsedYaml {
  /** The non-empty documents, as plain JSON-like values. */
  readonly docs: unknown[];
  /** Per document (aligned with `docs`): duplicate keys, by field path, as strict decoding reports them. */
  readonly docProblems: FieldProblem[][];
  /** Syntax errors, with line numbers; a document with a syntax error is dropped. */
  readonly problems: InputProblem[];
}

/**
 * Scalars resolved as kubectl resolves them (sigs.k8s.io/yaml over go-yaml v2, YAML 1.1 rules):
 * `0644` is octal 420 (a volume's defaultMode), `yes`/`no`/`on`/`off`/`y`/`n` are booleans (so
 * `value: yes` for an env var is an error, as with kubectl), `1_000` is 1000. go-yaml v2 has no
 * base-60 numbers, and kubesim keeps unquoted dates as strings (go-yaml would make them
 * RFC 3339 timestamps).
 */
const KUBERNETES_YAML = {
  version: '1.1' as const,
  customTags: (tags: Tags): Tags => tags.filter((t) => {
    if (typeof t === 'string') return !['timestamp', 'intTime', 'floatTime'].includes(t);
    return !(t.tag === 'tag:yaml.org,2002:timestamp' || (t as { format?: string }).format === 'TIME');
  }),
};
type Tags = Extract<NonNullable<SchemaOptions['customTags']>, unknown[]>;

/** Finds duplicate mapping keys, naming them by field path (`spec.containers`), with their line. */
function duplicates(node: unknown, path: string, lc: LineCounter, out: FieldProblem[]): void {
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const here = path ? `${path}.${key}` : key;
      if (seen.has(key)) {
        const at = isScalar(pair.key) && pair.key.range ? lc.linePos(pair.key.range[0]).line : undefined;
        out.push(
          { path: here,
            message: `duplicate field${at ? ` (line ${at})` : ''}: a key may appear only once in a mapping` });
      }
      seen.add(key);
      duplicates(pair.value, here, lc, out);
    }
  } else if (isSeq(node)) node.items.forEach((item, i) => duplicates(item, `${path}[${i}]`, lc, out));
}

/** Depth of a parsed document's collections, without recursion (the checks after this one recurse). */
function astDepth(root: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [n, d] = stack.pop()!;
    if (!isMap(n) && !isSeq(n)) continue;
    if (d + 1 > max) { max = d + 1; if (max > MAX_NESTING_DEPTH) return max; }
    for (const item of n.items as unknown[]) {
      if (isMap(n)) { const pair = item as { key: unknown; value: unknown };
        stack.push([pair.key, d + 1], [pair.value, d + 1]); }
      else stack.push([item, d + 1]);
    }
  }
  return max;
}

/**
 * Parses a (multi-document) YAML or KYAML file strictly: duplicate keys are errors naming the
 * field path, as with kubectl's strict decoding ("duplicate field"). Returns the documents (empty
 * ones dropped) and problems with line numbers.
 */
export function parseYamlDocuments(text: string, file: string): ParsedYaml {
  const problems: InputProblem[] = [];
  const docs: unknown[] = [];
  const docProblems: FieldProblem[][] = [];
  const deep = tooDeepLine(text);
  if (deep) return { docs, docProblems, problems: [{ file, message: `YAML line ${deep}: ${tooDeepMessage()}` }] };
  const lineCounter = new LineCounter();
  const all = parseAllDocuments(text, { ...KUBERNETES_YAML, uniqueKeys: false, prettyErrors: true, strict: true,
    lineCounter });
  for (const doc of Array.isArray(all) ? all : [all]) {
    if ('errors' in doc && doc.errors.length > 0) {
      for (const err of doc.errors) {
        const line = err.linePos?.[0]?.line ?? (err.pos ? text.slice(0, err.pos[0]).split('\n').length : undefined);
        problems.push(
          { file, message: `YAML ` +
            (`${line ? `line ${line}: ` : ''}${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}` +
              ``) });
      }
      continue;
    }
    if (astDepth(doc.contents) > MAX_NESTING_DEPTH) { problems.push({ file, message: `YAML: ${tooDeepMessage()}` });
      continue; }
    let v: unknown;
    try { v = doc.toJS({ maxAliasCount: 100 }) as unknown; } catch (e) {
      problems.push({ file, message: `YAML: ${(e as Error).message}` }); continue; }
    if (v === null || v === undefined) continue;
    // Aliases can nest what the text does not.
    if (nestingDepth(v) > MAX_NESTING_DEPTH) { problems.push({ file, message: `YAML: ${tooDeepMessage()}` });
      continue; }
    const dups: FieldProblem[] = [];
    duplicates(doc.contents as YamlNode | null, '', lineCounter, dups);
    docs.push(v);
    docProblems.push(dups);
  }
  return { docs, docProblems, problems };
}
