import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { parseYamlDocuments, parseYamlDocumentsSlowly } from '../src/scenario/yaml.js';
import { runs } from './support/runs.js';

// Law: the YAML fast path (src/scenario/fastYaml.ts) gives exactly what the `yaml` package gives
// (documents, duplicate-key problems, syntax errors with their lines), for any text, in particular
// for the tokens YAML 1.1 resolves to something else than a string, and for broken documents.
const TRICKY = ['yes', 'no', 'on', 'off', 'y', 'n', 'true', 'True', 'null', '~', '', ' ', '0644', '0o17', '1_000',
  '0x1F', '1:20', '1e3', 'e0', '.e1', '.', '-.', '.inf', '-.5', '+1', '2026-01-01', '<<', '__proto__', 'a: b', 'a #b', '#x', '-', '- x',
  '? x', ': x', 'it\'s', 'say "hi"', '\\', 'a:b', 'http://x:80/', '@x', '%x', '`x', '!x', '&a', '*a', '|', '>',
  '[a', '{a', 'a]', 'a,b', 'ü', 'a\tb', '100m', '128Mi', 'nginx:1.27', '"q"', '\'q\'', 'a\nb', '---', '...'];
const scalar = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 6 }), fc.integer(), fc.double(),
  fc.boolean(), fc.constant(null));
const key = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 5 }));
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('map'), tie('seq')),
  map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
  seq: fc.array(tie('node'), { maxLength: 3 }),
})).node;

/** A naive printer: strings unquoted, so YAML 1.1 reads some as numbers, booleans, nulls or errors. */
function naive(v: unknown, indent: string): string {
  if (Array.isArray(v)) return v.length === 0 ? ' []' : v.map((x) => `\n${indent}-${naive(x, `${indent}  `)}`).join('');
  if (v !== null && typeof v === 'object') {
    const e = Object.entries(v);
    return e.length === 0 ? ' {}' : e.map(([k, x]) => `\n${indent}${k}:${naive(x, `${indent}  `)}`).join('');
  }
  return ` ${String(v)}`;
}

const agree = (text: string): void => {
  const { docs, docProblems, problems } = parseYamlDocuments(text, 'f.yaml');
  expect({ docs, docProblems, problems }).toEqual(parseYamlDocumentsSlowly(text, 'f.yaml'));
};

describe('the YAML fast path equals the yaml package', () => {
  test('on values printed by yaml.stringify (block and flow styles), several per stream', () => {
    fc.assert(fc.property(fc.array(value, { minLength: 1, maxLength: 3 }), fc.boolean(), (docs, flow) => {
      agree(docs.map((d) => stringify(d, { version: '1.1', ...(flow ? { collectionStyle: 'flow' } : {}) }))
        .join('---\n'));
    }), { numRuns: runs(300) });
  });

  test('on naively printed values (unquoted tokens, broken lines and indentation)', () => {
    fc.assert(fc.property(fc.array(value, { minLength: 1, maxLength: 3 }), (docs) => {
      agree(docs.map((d) => `${naive(d, '').trimStart()}\n`).join('---\n'));
    }), { numRuns: runs(300) });
  });

  test('on manifests with their lines shuffled, cut or indented (syntax errors keep their line numbers)', () => {
    const base = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a, labels: {app: a}}\nspec:\n  containers:\n  - name: ' +
      'c\n    image: "nginx:1.27"  # pinned\n    args: [a, \'b c\']\n    env:\n      - name: X\n        value: ' +
      'yes\n';
    const lines = base.split('\n');
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(lines.length - 1), fc.constantFrom('swap', 'drop', 'indent',
      'dedent', 'dup', 'tab')), { maxLength: 3 }), fc.nat(3), (edits, copies) => {
      const ls = [...lines];
      for (const [j, op] of edits) {
        const i = Math.min(j, ls.length - 1);
        if (op === 'swap' && i + 1 < ls.length) [ls[i], ls[i + 1]] = [ls[i + 1], ls[i]];
        else if (op === 'drop') ls.splice(i, 1);
        else if (op === 'indent') ls[i] = ` ${ls[i]}`;
        else if (op === 'dedent') ls[i] = ls[i].replace(/^ /, '');
        else if (op === 'dup') ls.splice(i, 0, ls[i]);
        else if (op === 'tab') ls[i] = `\t${ls[i]}`;
      }
      const good = base;
      agree([good, ls.join('\n'), ...Array.from({ length: copies }, () => good)].join('---\n'));
    }), { numRuns: runs(300) });
  });
});

describe('the YAML fast path keeps the depth limit of the yaml package', () => {
  test('on block, compact and flow nesting around the limit', () => {
    const nested = (depth: number, style: number): string => {
      if (style === 0) return Array.from({ length: depth }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n') + ' v\n';
      if (style === 1) return `${'- '.repeat(depth)}x\n`;
      return `k: ${'['.repeat(depth)}x${']'.repeat(depth)}\n`;
    };
    fc.assert(fc.property(fc.integer({ min: 80, max: 110 }), fc.nat(2), fc.boolean(), (depth, style, before) => {
      agree([...(before ? ['a: 1\n'] : []), nested(depth, style), 'b: 2\n'].join('---\n'));
    }), { numRuns: runs(60) });
  });
});
