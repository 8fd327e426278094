import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeKubernetesProtobuf } from './decode.js';
import { WireError } from './wire.js';

/**
 * Bodies the real kubectl v1.32 sent to `kubesim serve` (captured with -v=9), beside the JSON the
 * same command prints with --dry-run=client -o json: the object the protobuf carries must read as
 * that JSON (its `creationTimestamp: null`, the zero time, is no key at all).
 */
const BODIES = JSON.parse(readFileSync(new URL('../../../test-support/kubectl-protobuf-bodies.json', import.meta.url),
  'utf8')) as Record<string, { command: string; protobuf: string; json: unknown }>;

const withoutNulls = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null).map(([k, x]) => [k, withoutNulls(x)]));
};
const bytes = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex, 'hex'));

describe('Kubernetes protobuf bodies read as their JSON (runtime.Unknown + the typed message)', () => {
  test.each(Object.keys(BODIES))('%s', (name) => {
    const { protobuf, json } = BODIES[name];
    expect(decodeKubernetesProtobuf(bytes(protobuf))).toEqual(withoutNulls(json));
  });

  test('pointer fields keep their zero (replicas: 0), empty non-pointer fields are left out, keys in Go order', () => {
    const d = decodeKubernetesProtobuf(bytes(BODIES.deployment.protobuf)) as {
      spec: Record<string, unknown> & { template: { spec: { containers: Record<string, unknown>[] } } } };
    expect(d.spec.replicas).toBe(0);
    expect(Object.keys(d)).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
    expect(Object.keys(d.spec)).toEqual(['replicas', 'selector', 'template', 'strategy']);
    expect(d.spec.template.spec.containers[0]).toEqual({ name: 'nginx', image: 'nginx:1.27',
      ports: [{ containerPort: 8080 }], resources: {} });
  });

  test('bytes are base64 (Secret data), IntOrString an int or a string, Quantity its text', () => {
    const secret = decodeKubernetesProtobuf(bytes(BODIES.secret.protobuf)) as { data: Record<string, string> };
    expect(Buffer.from(secret.data.pass, 'base64').toString('utf8')).toBe('s3cr\u00e9t');
    const svc = decodeKubernetesProtobuf(bytes(BODIES.service.protobuf)) as { spec: { ports: unknown[] } };
    expect(svc.spec.ports).toEqual([{ name: '80-http', protocol: 'TCP', port: 80, targetPort: 'http',
      nodePort: 30080 }]);
    const quota = decodeKubernetesProtobuf(bytes(BODIES.quota.protobuf)) as { spec: { hard: unknown } };
    expect(quota.spec.hard).toEqual({ pods: '10', 'requests.cpu': '1500m', 'requests.memory': '2Gi' });
  });

  test('what cannot be read is a WireError naming it: no prefix, a cut body, a kind without a table', () => {
    const body = bytes(BODIES.deployment.protobuf);
    expect(() => decodeKubernetesProtobuf(bytes('7b7d'))).toThrow(/does not start with the "k8s\\x00" prefix/);
    expect(() => decodeKubernetesProtobuf(body.subarray(0, body.length - 30))).toThrow(WireError);
    // A Role (rbac.authorization.k8s.io/v1) as kubectl create role would send it, with an empty raw message.
    const field = (n: number, b: Buffer): Buffer => Buffer.concat([Buffer.from([(n << 3) | 2, b.length]), b]);
    const role = Buffer.concat([Buffer.from('6b387300', 'hex'), field(1, Buffer.concat([
      field(1, Buffer.from('rbac.authorization.k8s.io/v1')), field(2, Buffer.from('Role'))])),
        field(2, Buffer.alloc(0))]);
    expect(() => decodeKubernetesProtobuf(role)).toThrow(
      'kubesim does not read Role of rbac.authorization.k8s.io/v1 in protobuf; send it as JSON');
  });

  test('a set field this Kubernetes version lacks is refused, an empty one is nothing', () => {
    const ns = bytes(BODIES.namespace.protobuf);
    // Namespace's raw message (Unknown's field 2, after its typeMeta) with a field 9 added: empty, then set.
    const withField = (v: number): Uint8Array => {
      const rawKeyAt = 4 + 2 + ns[5], rawEnd = rawKeyAt + 2 + ns[rawKeyAt + 1];
      const out = Buffer.concat([ns.subarray(0, rawEnd), Buffer.from([0x48, v]), ns.subarray(rawEnd)]);
      out[rawKeyAt + 1] += 2;
      return out;
    };
    expect(decodeKubernetesProtobuf(withField(0))).toEqual(decodeKubernetesProtobuf(ns));
    expect(() => decodeKubernetesProtobuf(withField(1))).toThrow(
      'Namespace: field number 9 of core.Namespace is not in Kubernetes v1.34');
  });
});
