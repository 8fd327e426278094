import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fastParseDocument, PlainScalars } from './fastYaml.js';
import { parseYamlDocuments, parseYamlDocumentsSlowly } from './yaml.js';

const yamlFiles = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(f) ? [p] : [];
});
const FILES = [...yamlFiles('examples'), ...yamlFiles('test/fixtures')];
const scalars = new PlainScalars({ version: '1.1' });

describe('the YAML fast path', () => {
  test('reads every example and fixture file as the yaml package does (documents, problems, lines)', () => {
    expect(FILES.length).toBeGreaterThan(50);
    for (const f of FILES) {
      const text = readFileSync(f, 'utf8');
      const { docs, docProblems, problems } = parseYamlDocuments(text, f);
      expect({ f, docs, docProblems, problems }).toEqual({ f, ...parseYamlDocumentsSlowly(text, f) });
    }
  });

  test('reads the common shapes itself: block and flow collections, quoted values, comments', () => {
    const doc = ['apiVersion: apps/v1  # a comment', 'kind: Deployment', 'metadata: {name: web, labels: {app: web}}',
      'spec:', '  replicas: 3', '  template:', '    spec:', '      containers:', '      - name: "web"',
      '        image: \'nginx:1.27\'', '        args: [--port, "80", \'it\'\'s\']', '        env:',
      '          - {name: A, value: "1"}', '# a comment line', '        ports:', '        - containerPort: 80'];
    expect(fastParseDocument(doc, scalars)).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment',
      metadata: { name: 'web', labels: { app: 'web' } },
      spec: { replicas: 3, template: { spec: { containers: [{ name: 'web', image: 'nginx:1.27',
        args: ['--port', '80', 'it\'s'], env: [{ name: 'A', value: '1' }], ports: [{ containerPort: 80 }] }] } } } });
  });

  test.each([
    ['an anchor and alias', ['a: &x 1', 'b: *x']], ['a block scalar', ['a: |', '  text']],
    ['a multi-line plain scalar', ['a: one', '  two']], ['a tag', ['a: !!str 1']],
      ['a duplicate key', ['a: 1', 'a: 2']],
    ['a boolean key', ['on: 1']], ['a merge key', ['<<: {a: 1}']], ['a multi-line flow', ['a: [1,', '  2]']],
    ['a tab', ['a:\t1']], ['a plain value with ": "', ['a: b: c']],
  ])('gives up on %s, for the yaml package to read', (_, lines) => {
    expect(fastParseDocument(lines, scalars)).toBeUndefined();
  });

  test('Pods with the same spec: text share one spec object, read once; other kinds and specs do not', () => {
    const pod = (name: string, cpu: string, kind = 'Pod') =>
      ['apiVersion: v1', `kind: ${kind}`, `metadata: {name: ${name}}`,
      'spec:', '  containers:', '  - name: main', '    image: busybox', `    resources: {requests: {cpu: ${cpu}}}`];
    const specs = new Map<string, unknown>();
    const [a, b, c] = ['a', 'b', 'c'].map((n, i) => fastParseDocument(pod(n, i === 2 ? '2' : '1'), scalars, specs) as
      { spec: unknown });
    expect(b.spec).toBe(a.spec);
    expect(c.spec).not.toBe(a.spec);
    expect(c.spec).toEqual({ containers: [{ name: 'main', image: 'busybox', resources: { requests: { cpu: 2 } } }] });
    expect(specs.size).toBe(2);
    const [d, e] = ['d', 'e'].map((n) => fastParseDocument(pod(n, '1', 'ReplicaSet'), scalars, specs) as
      { spec: unknown });
    expect(d.spec).toEqual(a.spec);
    expect(d.spec).not.toBe(e.spec);
    // A spec the fast path gives up on is not kept: the next pod with that text is read (and given up) again.
    const broken = [...pod('f', '1').slice(0, 4), '  a: &x 1'];
    expect(fastParseDocument(broken, scalars, specs)).toBeUndefined();
    expect(fastParseDocument(broken, scalars, specs)).toBeUndefined();
    expect(specs.size).toBe(2);
  });
});
