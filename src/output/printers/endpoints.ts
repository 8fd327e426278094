/** kubectl's printers for Endpoints and EndpointSlices (pkg/printers/internalversion/printers.go). */
import type { KubeObject } from '../../api/types.js';
import { since } from './humanDuration.js';
import { AGE_COLUMN, NAME_COLUMN, col, type Printer } from './types.js';

type Rec = Record<string, unknown>;
const recs = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter((x): x is Rec => typeof x === 'object' && x !== null)
  : []);
/** How many entries a cell shows before "+ N more..." (formatEndpoints, formatDiscoveryPorts: max := 3). */
const MAX = 3;

/** listWithMoreString: the first MAX entries, then how many more; `empty` when there are none. */
function listWithMore(all: readonly string[], empty: string): string {
  if (all.length === 0) return empty;
  const shown = all.slice(0, MAX).join(',');
  return all.length > MAX ? `${shown} + ${all.length - MAX} more...` : shown;
}

/** net.JoinHostPort: an IPv6 address in brackets. */
const hostPort = (ip: string, port: unknown): string => `${ip.includes(':') ? `[${ip}]` : ip}:${String(port)}`;

/**
 * formatEndpoints(endpoints, nil): per subset, address:port for every port (just the address for a
 * subset without ports), "<none>" without subsets.
 */
export function formatEndpoints(o: KubeObject): string {
  const subsets = recs((o as Rec).subsets);
  if (subsets.length === 0) return '<none>';
  const all: string[] = [];
  for (const ss of subsets) {
    const ips = recs(ss.addresses).map((a) => String(a.ip));
    const ports = recs(ss.ports);
    if (ports.length === 0) all.push(...ips);
    else for (const p of ports) for (const ip of ips) all.push(hostPort(ip, p.port));
  }
  return listWithMore(all, '');
}

/** printEndpoints: ENDPOINTS is formatEndpoints. */
export const endpointsPrinter: Printer = {
  columns: [NAME_COLUMN, col('Endpoints', 'string', 'The set of all endpoints is the union of all subsets.'),
    AGE_COLUMN],
  row: (o, ctx) => [o.metadata.name, formatEndpoints(o), since(ctx.now, o.metadata.creationTimestamp)],
};

/** formatDiscoveryPorts: each port's number, else its name, else "*"; "<unset>" without ports. */
const discoveryPorts = (o: KubeObject): string => listWithMore(recs((o as Rec).ports).map((p) =>
  (typeof p.port === 'number' ? String(p.port) : typeof p.name === 'string' ? p.name : '*')), '<unset>');

/** formatDiscoveryEndpoints: every address of every endpoint; "<unset>" without any. */
const discoveryEndpoints = (o: KubeObject): string => listWithMore(recs((o as Rec).endpoints).flatMap((e) =>
  (Array.isArray(e.addresses) ? e.addresses.map(String) : [])), '<unset>');

/** printEndpointSlice: ADDRESSTYPE, PORTS, ENDPOINTS. */
export const endpointSlicePrinter: Printer = {
  columns: [NAME_COLUMN,
    col('AddressType', 'string', 'addressType specifies the type of address carried by this EndpointSlice.'),
    col('Ports', 'string', 'ports specifies the list of network ports exposed by each endpoint in this slice.'),
    col('Endpoints', 'string', 'endpoints is a list of unique endpoints in this slice.'), AGE_COLUMN],
  row: (o, ctx) => [o.metadata.name, String((o as Rec).addressType ?? ''), discoveryPorts(o), discoveryEndpoints(o),
    since(ctx.now, o.metadata.creationTimestamp)],
};
