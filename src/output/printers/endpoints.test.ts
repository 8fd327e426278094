import { expect, test } from 'vitest';
import type { KubeObject } from '../../api/types.js';
import { endpointSlicePrinter, formatEndpoints } from './endpoints.js';

const obj = (fields: Record<string, unknown>): KubeObject =>
  ({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'x', creationTimestamp: 0 }, ...fields }) as KubeObject;

test.each([
  { name: 'no subsets print <none>', subsets: undefined, want: '<none>' },
  { name: 'each address at each port', subsets: [{ addresses: [{ ip: '10.0.0.1' }, { ip: '10.0.0.2' }],
    ports: [{ port: 80 }] }], want: '10.0.0.1:80,10.0.0.2:80' },
  { name: 'a subset without ports prints its addresses', subsets: [{ addresses: [{ ip: '10.1.0.1' }] }],
    want: '10.1.0.1' },
  { name: 'past three, how many more', subsets: [{ addresses: [{ ip: 'a' }, { ip: 'b' }], ports: [{ port: 1 },
    { port: 2 }] }], want: 'a:1,b:1,a:2 + 1 more...' },
  { name: 'IPv6 addresses in brackets', subsets: [{ addresses: [{ ip: 'fd00::1' }], ports: [{ port: 443 }] }],
    want: '[fd00::1]:443' },
])('formatEndpoints: $name', ({ subsets, want }) => {
  expect(formatEndpoints(obj(subsets ? { subsets } : {}))).toBe(want);
});

test('an EndpointSlice without ports or endpoints prints <unset>; a port without a number its name', () => {
  const row = (fields: Record<string, unknown>) =>
    endpointSlicePrinter.row(obj({ addressType: 'IPv4', ...fields }) as never, { now: 0 });
  expect(row({}).slice(1, 4)).toEqual(['IPv4', '<unset>', '<unset>']);
  expect(row({ ports: [{ name: 'http' }, {}], endpoints: [{ addresses: ['1.2.3.4', '1.2.3.5'] }] }).slice(2, 4))
    .toEqual(['http,*', '1.2.3.4,1.2.3.5']);
});
