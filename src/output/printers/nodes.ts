import type { Node } from '../../api/types.js';
import { since } from './humanDuration.js';
import { AGE_COLUMN, NAME_COLUMN, col, type Printer } from './types.js';

/** printers.go nodeColumnDefinitions. */
const COLUMNS = [
  NAME_COLUMN,
  col('Status', 'string', 'The status of the node'),
  col('Roles', 'string', 'The roles of the node'),
  AGE_COLUMN,
  col('Version', 'string', 'Kubelet Version reported by the node.'),
  col('Internal-IP', 'string', 'List of addresses reachable to the node.', true),
  col('External-IP', 'string', 'List of addresses reachable to the node.', true),
  col('OS-Image', 'string', 'OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).',
    true),
  col('Kernel-Version', 'string', "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).",
    true),
  col('Container-Runtime', 'string',
    'ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).', true),
] as const;

/** printers.go labelNodeRolePrefix and nodeLabelRole. */
const ROLE_PREFIX = 'node-role.kubernetes.io/';
const ROLE_LABEL = 'kubernetes.io/role';

/** findNodeRoles: the suffixes of node-role.kubernetes.io/* labels and the kubernetes.io/role value, sorted. */
export function nodeRoles(node: Node): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith(ROLE_PREFIX)) { const r = k.slice(ROLE_PREFIX.length); if (r) roles.add(r); }
    else if (k === ROLE_LABEL && v) roles.add(v);
  }
  return [...roles].sort().join(',') || '<none>';
}

/** printNode's STATUS: Ready / NotReady from the Ready condition ("Unknown" without one), then SchedulingDisabled. */
export function nodeStatus(node: Node): string {
  const ready = node.status.conditions.find((c) => c.type === 'Ready');
  const status = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
  if (node.spec.unschedulable) status.push('SchedulingDisabled');
  return status.join(',');
}

/** getNodeInternalIP / getNodeExternalIP: the first address of that type, "<none>" without one. */
const address = (node: Node, type: string): string => node.status.addresses.find((a) => a.type === type)?.address
  ?? '<none>';
const info = (node: Node, k: string): string => node.status.nodeInfo?.[k] || '<unknown>';

export const nodePrinter: Printer<Node> = {
  columns: COLUMNS,
  row: (n, ctx) => [n.metadata.name, nodeStatus(n), nodeRoles(n), since(ctx.now, n.metadata.creationTimestamp),
    n.status.nodeInfo?.kubeletVersion ?? '',
    address(n, 'InternalIP'), address(n, 'ExternalIP'), info(n, 'osImage'), info(n, 'kernelVersion'),
      info(n, 'containerRuntimeVersion')],
};
