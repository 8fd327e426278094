import { describe, expect, test } from 'vitest';
import { parseYamlDocuments, parseYamlDocumentsSlowly } from './yaml.js';

describe('parseYamlDocuments', () => {
  test('a float needs a digit, as in go-yaml (resolve.go yamlStyleFloat): `e0`, `.e1`, `.` stay strings', () => {
    for (const read of [parseYamlDocuments, parseYamlDocumentsSlowly]) {
      expect(read('a: e0\nb: .e1\nc: .\nd: -.\ne: 1e3\nf: .5\ng: 2.\n', 'f.yaml').docs).toEqual(
        [{ a: 'e0', b: '.e1', c: '.', d: '-.', e: 1000, f: 0.5, g: 2 }]);
    }
  });
  test('multi-document files keep document order and drop empty documents', () => {
    const r = parseYamlDocuments('---\na: 1\n---\n# only a comment\n---\nb: 2\n...\n', 'f.yaml');
    expect(r).toEqual({ docs: [{ a: 1 }, { b: 2 }], docProblems: [[], []], problems: [] });
  });

  test('KYAML (flow style, quoted strings, trailing commas) loads like block YAML', () => {
    const kyaml =
      '{\n  apiVersion: "v1",\n  kind: "ConfigMap",\n  metadata: {\n    name: "cm",\n  },\n  data: {\n    "a.b": ' +
        '"1",\n  },\n}\n';
    const block = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a.b: "1"\n';
    expect(parseYamlDocuments(kyaml, 'k.yaml').docs).toEqual(parseYamlDocuments(block, 'b.yaml').docs);
  });

  test('duplicate keys are errors naming the field path and line, at any depth', () => {
    const r = parseYamlDocuments('kind: Pod\nspec:\n  containers: []\n  containers: [{name: a, name: b}]\n', 'f.yaml');
    expect(r.docProblems).toEqual([[
      { path: 'spec.containers', message: 'duplicate field (line 4): a key may appear only once in a mapping' },
      { path: 'spec.containers[0].name', message: 'duplicate field (line 4): a key may appear only once in a mapping' },
    ]]);
  });

  test('a syntax error names the file and line, and drops only that document', () => {
    const r = parseYamlDocuments('a: 1\n---\nb: [1, 2\nc: 3\n', 'bad.yaml');
    expect(r.docs).toEqual([{ a: 1 }]);
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems[0].file).toBe('bad.yaml');
    expect(r.problems[0].message).toMatch(/^YAML line \d+: /);
  });

  test('a tab-indented document is a syntax error, not a crash', () => {
    const r = parseYamlDocuments('a:\n\tb: 1\n', 't.yaml');
    expect([r.docs, r.problems.length > 0]).toEqual([[], true]);
  });
});

describe('scalars resolve as kubectl resolves them (YAML 1.1, go-yaml v2)', () => {
  test.each([
    { yaml: 'v: 0644', want: 420 },
    { yaml: 'v: "0644"', want: '0644' },
    { yaml: 'v: yes', want: true },
    { yaml: 'v: off', want: false },
    { yaml: 'v: "yes"', want: 'yes' },
    { yaml: 'v: 1_000', want: 1000 },
    { yaml: 'v: 0x1F', want: 31 },
    { yaml: 'v: 1:20', want: '1:20' },
    { yaml: 'v: 2024-01-01', want: '2024-01-01' },
    { yaml: 'v: 1e3', want: 1000 },
    { yaml: 'v: ~', want: null },
  ])('$yaml gives $want', ({ yaml, want }) => {
    expect(parseYamlDocuments(yaml, 'f.yaml').docs).toEqual([{ v: want }]);
  });
  // kubernetes/website content/en/examples/pods/inject/envars-file-container.yaml (trimmed): go-yaml v2
  // (scannerc.go yaml_parser_scan_flow_scalar) reads \' in a double-quoted scalar as ', so kubectl applies it.
  test('a \\\' escape in a double-quoted scalar is a quote, as go-yaml reads it; other bad escapes stay errors', () => {
    const text = 'kind: Pod\nspec:\n  initContainers:\n    - name: setup-envfile\n      command: [\'sh\', \'-c\', ' +
      '"echo \\"DB_ADDRESS=\\\'address\\\'\\nREST=\\\'e\\\'\\" > /data/config.env"]\n';
    const r = parseYamlDocuments(text, 'f.yaml');
    expect(r.problems).toEqual([]);
    expect(r.docs).toEqual([{ kind: 'Pod', spec: { initContainers: [{ name: 'setup-envfile',
      command: ['sh', '-c', 'echo "DB_ADDRESS=\'address\'\nREST=\'e\'" > /data/config.env'] }] } }]);
    const bad = parseYamlDocuments('a: "x\\qy"\nb: "it\\\'s"\n', 'g.yaml');
    expect(bad.problems).toEqual([{ file: 'g.yaml', message: 'YAML line 1: Invalid escape sequence \\q' }]);
  });
});
