import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node as YamlNode,
  type SchemaOptions, type YAMLError } from 'yaml';
import type { FieldProblem, InputProblem } from '../api/problems.js';
import { tooDeepLine } from './prescan.js';
import { MAX_NESTING_DEPTH, nestingDepth, tooDeepMessage } from '../api/limits.js';
import { fastParseDocument, PlainScalars } from './fastYaml.js';

export interface ParsedYaml {
  /** The non-empty documents, as plain JSON-like values. */
  readonly docs: unknown[];
  /** Per document (aligned with `docs`): duplicate keys, by field path, as strict decoding reports them. */
  readonly docProblems: FieldProblem[][];
  /** Syntax errors, with line numbers; a document with a syntax error is dropped. */
  readonly problems: InputProblem[];
  /**
   * Per document (aligned with `docs`): an upper bound of its size as JSON in UTF-8 bytes, when the
   * fast path read it (no aliases); validation then skips measuring objects far below the limit.
   */
  readonly jsonBytesAtMost?: (number | undefined)[];
}

/**
 * What a document read by the fast path can weigh as JSON, from its text: a UTF-16 unit is at most
 * 3 UTF-8 bytes, and JSON at most 8 times the YAML it came from (quotes around plain keys and
 * values, `null` for an empty value, `1e9` written out as 1000000000, `\0` as \u0000).
 */
const jsonBound = (lines: readonly string[]): number => {
  let n = 0;
  for (const l of lines) n += l.length + 1;
  return n * 3 * 8;
};

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
  }).map((t) => {
    const test = typeof t === 'string' ? undefined : String((t as { test?: RegExp }).test);
    return test === YAML_EXP_FLOAT ? { ...(t as object), test: EXP_FLOAT } as typeof t
      : test === YAML_FLOAT ? { ...(t as object), test: FLOAT } as typeof t : t;
  }),
};
// The `yaml` package's YAML 1.1 float forms (schema/yaml-1.1/float.js), replaced below.
const YAML_EXP_FLOAT = String(/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/);
const YAML_FLOAT = String(/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/);
/**
 * go-yaml v2's float (resolve.go yamlStyleFloat) needs a digit: `e0`, `.e1`, `.` and `-.` stay strings. The
 * `yaml` package's YAML 1.1 forms have every digit optional and read them as NaN.
 */
const EXP_FLOAT = /^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]*[0-9][0-9_]*)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9_]*[0-9][0-9_]*)$/;
type Tags = Extract<NonNullable<SchemaOptions['customTags']>, unknown[]>;

/** Finds duplicate mapping keys, naming them by field path (`spec.containers`), with their line. */
function duplicates(node: unknown, path: string, lc: LineCounter, offset: number, out: FieldProblem[]): void {
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const here = path ? `${path}.${key}` : key;
      if (seen.has(key)) {
        const at = isScalar(pair.key) && pair.key.range ? lc.linePos(pair.key.range[0]).line + offset : undefined;
        out.push(
          { path: here,
            message: `duplicate field${at ? ` (line ${at})` : ''}: a key may appear only once in a mapping` });
      }
      seen.add(key);
      duplicates(pair.value, here, lc, offset, out);
    }
  } else if (isSeq(node)) node.items.forEach((item, i) => duplicates(item, `${path}[${i}]`, lc, offset, out));
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

/** The `yaml` options of every parse: the fast path resolves plain scalars with the same schema. */
const YAML_OPTIONS = { ...KUBERNETES_YAML, uniqueKeys: false, prettyErrors: true, strict: true } as const;
let plainScalars: PlainScalars | undefined;

/**
 * Parses a (multi-document) YAML or KYAML file strictly: duplicate keys are errors naming the
 * field path, as with kubectl's strict decoding ("duplicate field"). Returns the documents (empty
 * ones dropped) and problems with line numbers. Each document goes through the fast path
 * (fastYaml.ts) first and through `yaml`, with its positions, when the fast path gives it up.
 * `podSpecs` (fastParseDocument): Pods with the same `spec:` text share one spec object.
 */
export function parseYamlDocuments(text: string, file: string, podSpecs?: Map<string, unknown>): ParsedYaml {
  const split = splitDocuments(text);
  if (!split) return parseYamlDocumentsSlowly(text, file);
  const out: ParsedYaml = { docs: [], docProblems: [], problems: [], jsonBytesAtMost: [] };
  plainScalars ??= new PlainScalars(YAML_OPTIONS);
  let prescanned = false;
  for (const d of split) {
    const v = fastParseDocument(d.lines, plainScalars, podSpecs);
    // The depth pre-scan guards `yaml` only: a document the fast path reads is well below the limit
    // (fastYaml.ts FAST_DEPTH), so the scan runs once, before the first document `yaml` must read.
    if (v === undefined && !prescanned) {
      prescanned = true;
      const deep = tooDeepLine(text);
      if (deep) return { docs: [], docProblems: [], problems: [{ file, message: `YAML line ${deep}: ` +
        `${tooDeepMessage()}` }] };
    }
    if (v === undefined) parseSlowly(d.lines.join('\n'), file, d.firstLine - 1, out);
    else if (v !== null) { out.docs.push(v); out.docProblems.push([]); out.jsonBytesAtMost![out.docs.length - 1] =
      jsonBound(d.lines); }
    // A broken document can swallow the `---` lines after it (an open quote): `yaml` on the whole file says how.
    if (out.problems.length > 0) return parseYamlDocumentsSlowly(text, file);
  }
  return out;
}

/** parseYamlDocuments without the fast path: what the fast path must agree with (its tests). */
export function parseYamlDocumentsSlowly(text: string, file: string): ParsedYaml {
  const out: ParsedYaml = { docs: [], docProblems: [], problems: [] };
  const deep = tooDeepLine(text);
  if (deep) return { ...out, problems: [{ file, message: `YAML line ${deep}: ${tooDeepMessage()}` }] };
  parseSlowly(text, file, 0, out);
  return out;
}

/**
 * The documents of a stream split on their `---` lines, with the line each starts on; undefined
 * when the stream has what only `yaml` reads right (directives, `...` ends, CR line ends, a BOM,
 * content on a `---` line).
 */
function splitDocuments(text: string): { firstLine: number; lines: string[] }[] | undefined {
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) return undefined;
  const lines = text.split('\n');
  const docs: { firstLine: number; lines: string[] }[] = [];
  let from = 0;
  for (let i = 0; i <= lines.length; i++) {
    const l = lines[i];
    if (l !== undefined && l.charCodeAt(0) !== 45 && l.charCodeAt(0) !== 46 && l.charCodeAt(0) !== 37) continue;
    if (l !== undefined && l[0] === '%') return undefined;
    if (l !== undefined && l.startsWith('...')) return undefined;
    if (l !== undefined && !(l.startsWith('---') && /^---\s*(#.*)?$/.test(l))) continue;
    if (i > from) docs.push({ firstLine: from + 1, lines: lines.slice(from, i) });
    from = i + 1;
  }
  return docs;
}

/**
 * go-yaml v2, which kubectl decodes with, reads `\'` in a double-quoted scalar as `'`
 * (scannerc.go yaml_parser_scan_flow_scalar, after libyaml); YAML 1.2 and `yaml` call it a bad
 * escape. The text with those escapes written as plain quotes (same lines and columns but one),
 * or undefined when `yaml` found none.
 */
function withoutQuoteEscapes(text: string, docs: readonly { errors: readonly YAMLError[] }[]): string | undefined {
  const at = docs.flatMap((d) => d.errors).filter((e) => e.code === 'BAD_DQ_ESCAPE' &&
    text.startsWith('\\\'', e.pos[0])).map((e) => e.pos[0]);
  if (at.length === 0) return undefined;
  let out = '', from = 0;
  for (const i of [...new Set(at)].sort((a, b) => a - b)) { out += text.slice(from, i); from = i + 1; }
  return out + text.slice(from);
}

/** Parses `text` (lines `lineOffset + 1`... of the file) with `yaml`, adding its documents and problems to `out`. */
function parseSlowly(text: string, file: string, lineOffset: number, out: ParsedYaml): void {
  const { docs, docProblems, problems } = out;
  let lineCounter = new LineCounter();
  let all = parseAllDocuments(text, { ...YAML_OPTIONS, lineCounter });
  const unescaped = withoutQuoteEscapes(text, Array.isArray(all) ? all : [all]);
  if (unescaped !== undefined) {
    lineCounter = new LineCounter();
    all = parseAllDocuments(unescaped, { ...YAML_OPTIONS, lineCounter });
  }
  for (const doc of Array.isArray(all) ? all : [all]) {
    if ('errors' in doc && doc.errors.length > 0) {
      for (const err of doc.errors) {
        const line = err.linePos?.[0]?.line ?? (err.pos ? text.slice(0, err.pos[0]).split('\n').length : undefined);
        problems.push(
          { file, message: `YAML ` +
            (`${line ? `line ${line + lineOffset}: ` : ''}` +
              `${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`) });
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
    duplicates(doc.contents as YamlNode | null, '', lineCounter, lineOffset, dups);
    docs.push(v);
    docProblems.push(dups);
  }
}
