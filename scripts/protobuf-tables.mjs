#!/usr/bin/env node
// Writes src/serve/protobuf/messages.ts: the protobuf field numbers, JSON names and Go types of the
// API types `kubesim serve` reads from protobuf bodies (kubectl's typed `create` commands send
// application/vnd.kubernetes.protobuf). Read from the struct tags of Kubernetes' types.go files in
// git checkouts of k8s.io/api and k8s.io/apimachinery:
//   node scripts/protobuf-tables.mjs /path/to/api /path/to/apimachinery v0.34.x > src/serve/protobuf/messages.ts
// (the tag of the Kubernetes version kubesim models; both repositories tag v0.MINOR.PATCH).
// Each tag (`json:"replicas,omitempty" protobuf:"varint,1,opt,name=replicas"`) gives the field's
// number and JSON name; the Go type gives how to read it and whether an empty value is omitted.
import { execFileSync } from 'node:child_process';

const [apiRepo, machineryRepo, rev] = process.argv.slice(2);
if (!apiRepo || !machineryRepo || !rev) {
  console.error('usage: protobuf-tables.mjs API_REPO APIMACHINERY_REPO TAG');
  process.exit(2);
}
const show = (repo, path) => execFileSync('git', ['-C', repo, 'show', `${rev}:${path}`], { encoding: 'utf8',
  maxBuffer: 64 << 20 });

/** Go package alias as types.go files import them -> our prefix. */
const FILES = [
  ['core', apiRepo, 'core/v1/types.go'], ['apps', apiRepo, 'apps/v1/types.go'],
  ['batch', apiRepo, 'batch/v1/types.go'], ['policy', apiRepo, 'policy/v1/types.go'],
  ['scheduling', apiRepo, 'scheduling/v1/types.go'], ['autoscaling', apiRepo, 'autoscaling/v2/types.go'],
  ['autoscalingv1', apiRepo, 'autoscaling/v1/types.go'],
  ['meta', machineryRepo, 'pkg/apis/meta/v1/types.go'],
];
const ALIAS = { v1: 'core', corev1: 'core', apiv1: 'core', metav1: 'meta', appsv1: 'apps', batchv1: 'batch' };
/** Go types read by a hand-written reader (decode.ts), not by a table. */
const SPECIAL = { 'resource.Quantity': 'q', 'intstr.IntOrString': 'o', 'meta.Time': 't', 'meta.MicroTime': 'T',
  'meta.Duration': 'D', 'runtime.RawExtension': 'r', 'meta.FieldsV1': 'r', 'types.UID': 's' };
const SCALAR = { string: 's', bool: 'b', int32: 'i', int64: 'i', int: 'i', uint32: 'i', uint64: 'i', float64: 'd',
  byte: 'i' };

const structs = new Map(); // 'core.PodSpec' -> [{ name, goType, json, omitempty, number, inline }]
const named = new Map(); // 'core.RestartPolicy' -> 'string' | 'map[..]..'
for (const [pkg, repo, path] of FILES) {
  const text = show(repo, path);
  for (const m of text.matchAll(/^type (\w+) (string|int32|int64|bool|map\[[^\]]+\]\S+|\[\]\S+)$/gm)) {
    named.set(`${pkg}.${m[1]}`, m[2]);
  }
  for (const m of text.matchAll(/^type (\w+) struct \{\n([\s\S]*?)^\}/gm)) {
    const fields = [];
    for (const line of m[2].split('\n')) {
      const f = /^\t(?:(\w+)\s+)?(\S+)\s+`([^`]*)`/.exec(line);
      if (!f) continue;
      const tags = f[3];
      const pb = /protobuf:"(\w+),(\d+),(\w+)(?:,name=(\w+))?/.exec(tags);
      if (!pb) continue;
      const json = /json:"([^"]*)"/.exec(tags)?.[1] ?? '';
      const [jsonName, ...opts] = json.split(',');
      fields.push({ goType: f[2], json: jsonName, omitempty: opts.includes('omitempty'),
        inline: opts.includes('inline') || jsonName === '', number: Number(pb[2]) });
    }
    structs.set(`${pkg}.${m[1]}`, fields);
  }
}

/** `pkg.Name` of a Go type name as written in package `pkg`. */
function qualify(pkg, t) {
  const dot = t.indexOf('.');
  if (dot < 0) return `${pkg}.${t}`;
  const alias = t.slice(0, dot);
  return `${ALIAS[alias] ?? alias}.${t.slice(dot + 1)}`;
}

const wanted = [];
const seen = new Set();
/** A type code: scalar letter, special letter, or a message name; arrays and maps as prefixes. */
function code(pkg, goType) {
  if (goType.startsWith('*')) return code(pkg, goType.slice(1));
  if (goType === '[]byte') return 'y';
  if (goType.startsWith('[]')) return `*${code(pkg, goType.slice(2))}`;
  const map = /^map\[([^\]]+)\](.+)$/.exec(goType);
  if (map) return `{${code(pkg, map[2])}`;
  if (SCALAR[goType]) return SCALAR[goType];
  const q = qualify(pkg, goType);
  if (SPECIAL[q]) return SPECIAL[q];
  if (named.has(q)) return code(q.split('.')[0], named.get(q));
  if (!structs.has(q)) throw new Error(`unknown Go type ${goType} in ${pkg}`);
  if (!seen.has(q)) { seen.add(q); wanted.push(q); }
  return q;
}

const ROOTS = ['core.Namespace', 'core.ConfigMap', 'core.Secret', 'core.Service', 'core.ResourceQuota',
  'core.ServiceAccount', 'core.Pod', 'apps.Deployment', 'batch.Job', 'batch.CronJob', 'policy.PodDisruptionBudget',
  'policy.Eviction', 'scheduling.PriorityClass', 'autoscaling.HorizontalPodAutoscaler',
  'autoscalingv1.HorizontalPodAutoscaler'];
for (const r of ROOTS) { seen.add(r); wanted.push(r); }
const rows = [];
for (let i = 0; i < wanted.length; i++) {
  const q = wanted[i], pkg = q.split('.')[0];
  const fields = structs.get(q).map((f) => {
    const c = code(pkg, f.goType);
    // A non-pointer field marked omitempty is left out of JSON when empty: the protobuf encoder
    // writes it anyway (gogo writes every non-pointer field), so the reader drops it again.
    const drop = f.omitempty && !f.goType.startsWith('*') ? '?' : '';
    return `${f.number}${f.inline ? '^' : ''}${drop}${f.inline ? '' : f.json}:${c}`;
  });
  rows.push([q, fields.join(' ')]);
}
rows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
const out = [`// Generated by scripts/protobuf-tables.mjs from the struct tags of k8s.io/api and k8s.io/apimachinery ${rev}`,
  '// types.go (field number, JSON name, Go type); do not edit by hand.',
  '// Each field is NUMBER[^ inline][? omitted when empty]NAME:TYPE; TYPE is s string, y bytes, i integer,',
  '// b bool, d double, q Quantity, o IntOrString, t Time, T MicroTime, D Duration, r raw JSON, a message',
  '// name, *TYPE a list, {TYPE a map from strings.',
  'export const MESSAGES: Readonly<Record<string, string>> = {'];
for (const [q, f] of rows) {
  const words = f.split(' ');
  let line = `  '${q}': '`;
  const lines = [];
  for (const w of words) {
    if (line.length + w.length + 4 > 118) { lines.push(`${line}' +`); line = `    '`; }
    line += (line.endsWith("'") ? '' : ' ') + w;
  }
  lines.push(`${line}',`);
  out.push(...lines.map((l) => l.replace(/' \+$/, " ' +")));
}
out.push('};');
console.log(out.join('\n'));
