import { stringify } from 'yaml';
import { applyDefaults } from '../../api/defaults/index.js';
import type { KubeObject, Node } from '../../api/types.js';
import type { ClusterEvent } from '../../events/index.js';
import { listObjects, type ClusterState } from '../../reducers/state.js';
import { tvalues } from '../../reducers/table.js';
import { recordEvents } from '../events/record.js';
import { qualifiedKind, resolveResource, type ResourceInfo } from '../printers/index.js';
import { gpuColumns } from '../printers/nodes.js';
import { printTable } from '../printers/printTable.js';
import { apiList, apiObject } from './apiObject.js';
import { jsonPath, JsonPathError } from './jsonpath.js';
import { CustomColumnsError, printCustomColumns } from './customColumns.js';
import { sortOrder } from './sortBy.js';
import { labelSelectorMatches } from '../../api/labelSelector.js';
import { fieldMatcher, parseFieldSelector, parseLabelSelector, SelectorError } from './selectors.js';

export interface GetRequest {
  readonly resource: string;
  readonly names: readonly string[];
  /** The namespace (default "default"); ignored for cluster-scoped kinds and with allNamespaces. */
  readonly namespace?: string;
  readonly allNamespaces?: boolean;
  readonly labelSelector?: string;
  readonly fieldSelector?: string;
  /** wide, yaml, json, name, jsonpath=TEMPLATE, custom-columns=SPEC (absent: the table). */
  readonly output?: string;
  /** --sort-by: a jsonpath field (`.metadata.creationTimestamp`) the list is ordered by. */
  readonly sortBy?: string;
  readonly showLabels?: boolean;
  readonly noHeaders?: boolean;
}

/** What kubectl would print, and its exit code. */
export interface GetResult { readonly stdout: string; readonly stderr: string; readonly exitCode: number }

const OUTPUTS = ['wide', 'yaml', 'json', 'name'];

/** Every stored object of a resource at the state's instant (events: recorded from the facts up to it). */
export function objectsOf(state: ClusterState, facts: readonly ClusterEvent[], info: ResourceInfo): KubeObject[] {
  if (info.resource === 'pods') return tvalues(state.pods) as unknown as KubeObject[];
  if (info.resource === 'nodes') return tvalues(state.nodes).map((n) => n.object) as unknown as KubeObject[];
  if (info.resource === 'events') return recordEvents(facts, state.startTime, state.time) as unknown as KubeObject[];
  // As the API server returns them: defaulted (a CronJob without `suspend` prints SUSPEND False).
  return listObjects(state, info.resource).map((o) => applyDefaults(o));
}

/** The API's list order: by namespace, then name (the storage keys /registry/RESOURCE/NS/NAME). */
export const byKey = (a: KubeObject, b: KubeObject): number => {
  const ka = `${a.metadata.namespace ?? ''}/${a.metadata.name}`,
    kb = `${b.metadata.namespace ?? ''}/${b.metadata.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

/**
 * --sort-by over the API form of the objects. A table is sorted only when it has more than one
 * row (SortingPrinter.PrintObj), a list whenever it has objects (a field found on none is refused).
 */
function sorted(objects: KubeObject[], sortBy: string | undefined, table: boolean, info: ResourceInfo,
  startTime: number): KubeObject[] {
  if (sortBy === undefined || objects.length === 0 || (table && objects.length < 2)) return objects;
  return sortOrder(objects.map((o) => apiObject(o, info, startTime)), sortBy).map((i) => objects[i]);
}

const gvr = (i: ResourceInfo): string => `${i.group ? `${i.group}/` : '/'}${i.version}, Resource=${i.resource}`;

/**
 * `kubectl get` against the state at one instant: the table (kubectl's printers), -o wide,
 * yaml and json (what the API server returns, defaults included), name and jsonpath.
 */
export function kubectlGet(state: ClusterState, facts: readonly ClusterEvent[], req: GetRequest): GetResult {
  const info = resolveResource(req.resource);
  if (!info) return { stdout: '', stderr: `error: the server doesn't have a resource type "${req.resource}"\n`,
    exitCode: 1 };
  const output = req.output ?? '';
  if (output && !OUTPUTS.includes(output) && !output.startsWith('jsonpath=') && !output.startsWith('custom-columns=')) {
    return { stdout: '',
      stderr: `error: unable to match a printer suitable for the output format "${output}", allowed formats are: ` +
        `${[...OUTPUTS, 'jsonpath', 'custom-columns'].sort().join(',')}\n`, exitCode: 1 };
  }
  const namespace = req.namespace ?? 'default';
  const inScope = (o: KubeObject): boolean => !info.namespaced || req.allNamespaces === true
    || o.metadata.namespace === namespace;
  let objects = objectsOf(state, facts, info).filter(inScope).sort(byKey);
  let stderr = '';
  try {
    if (req.labelSelector !== undefined) {
      const sel = parseLabelSelector(req.labelSelector);
      objects = objects.filter((o) => labelSelectorMatches(sel, o.metadata.labels));
    }
    if (req.fieldSelector !== undefined) { const m = fieldMatcher(info.resource,
      parseFieldSelector(req.fieldSelector)); objects = objects.filter((o) =>
        m(o as unknown as Record<string, unknown>)); }
  } catch (e) {
    if (!(e instanceof SelectorError)) throw e;
    const msg = e.message.startsWith('field label')
      ? `Error from server (BadRequest): Unable to find "${gvr(info)}" that match label selector ` +
        `"${req.labelSelector ?? ''}", field selector "${req.fieldSelector ?? ''}": ${e.message}`
          : `error: ${e.message}`;
    return { stdout: '', stderr: `${msg}\n`, exitCode: 1 };
  }
  if (req.names.length) {
    const found: KubeObject[] = [];
    for (const n of req.names) {
      const o = objects.find((x) => x.metadata.name === n);
      if (o) found.push(
        o); else stderr += `Error from server (NotFound): ` +
          `${info.resource}${info.group ? `.${info.group}` : ''} "${n}" not found\n`;
    }
    objects = found;
  }
  const exitCode = stderr ? 1 : 0;
  if (objects.length === 0 && !req.names.length) {
    const where = info.namespaced && !req.allNamespaces ? ` in ${namespace} namespace` : '';
    return { stdout: '', stderr: `No resources found${where}.\n`, exitCode: 0 };
  }
  try {
    objects = sorted(objects, req.sortBy, output === '' || output === 'wide', info, state.startTime);
    if (output.startsWith('custom-columns=')) return { stdout: printCustomColumns(
      output.slice('custom-columns='.length),
      objects.map((o) => apiObject(o, info, state.startTime)), req.noHeaders === true), stderr, exitCode };
  } catch (e) {
    if (e instanceof CustomColumnsError || e instanceof JsonPathError) return { stdout: '',
      stderr: `error: ${e.message}\n`, exitCode: 1 };
    throw e;
  }
  const single = req.names.length === 1 && objects.length === 1;
  const api = (): unknown => (single ? apiObject(objects[0], info, state.startTime)
    : apiList(objects.map((o) => apiObject(o, info, state.startTime))));
  try {
    if (output === 'json') return { stdout: `${JSON.stringify(api(), null, 4)}\n`, stderr, exitCode };
    if (output === 'yaml') return { stdout: stringify(api(), { sortMapEntries: true, indentSeq: false, lineWidth: 0 }),
      stderr, exitCode };
    if (output === 'name') return { stdout: objects.map((o) => `${qualifiedKind(info)}/${o.metadata.name}\n`).join(''),
      stderr, exitCode };
    if (output.startsWith('jsonpath=')) return { stdout: jsonPath(output.slice('jsonpath='.length), api()), stderr,
      exitCode };
  } catch (e) {
    if (e instanceof JsonPathError) return { stdout: '',
      stderr: `error: error parsing jsonpath ${output.slice(9)}, ${e.message}\n`, exitCode: 1 };
    throw e;
  }
  // A GPU-sharing cluster's nodes get kubesim's GPU-Milli-Used column with -o wide (printers/nodes.ts).
  const extra = info.resource === 'nodes' && output === 'wide'
    ? gpuColumns(objects as unknown as Node[], tvalues(state.pods)) : [];
  const table = objects.length ? printTable(info, objects, { now: state.time, startTime: state.startTime },
    { wide: output === 'wide', withNamespace: req.allNamespaces, showLabels: req.showLabels,
      noHeaders: req.noHeaders, extra }) : '';
  return { stdout: table, stderr, exitCode };
}
