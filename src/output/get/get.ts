import { stringify } from 'yaml';
import { applyDefaults } from '../../api/defaults/index.js';
import type { KubeObject, Node } from '../../api/types.js';
import type { ClusterEvent } from '../../events/index.js';
import { listClusterObjects, type ClusterState } from '../../reducers/state.js';
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
  // With what every cluster has from its start (api/bootstrap.ts), as `kubectl get ns` lists it.
  return listClusterObjects(state, info.resource).map((o) => applyDefaults(o));
}

const listKey = (o: KubeObject): string => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;

/** The API's list order: by namespace, then name (the storage keys /registry/RESOURCE/NS/NAME). */
export const byKey = (a: KubeObject, b: KubeObject): number => {
  const ka = listKey(a), kb = listKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

/**
 * `objects` sorted in place by byKey's order, each key made once: sorting 150,000 pods with byKey
 * built ~5 million key strings.
 */
export function sortByKey<T extends KubeObject>(objects: T[]): T[] {
  const keys = objects.map(listKey), order = keys.map((_, i) => i);
  order.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
  return reorder(objects, order);
}

/** `objects` in place in the given order of their indexes. */
function reorder<T>(objects: T[], order: readonly number[]): T[] {
  const sorted = order.map((i) => objects[i]);
  for (let i = 0; i < sorted.length; i++) objects[i] = sorted[i];
  return objects;
}

/**
 * kubectl's `all` category: the resources the API server's discovery puts in it, in discovery
 * order (core, then apps, autoscaling, batch; by name within a group).
 */
const ALL = ['pods', 'replicationcontrollers', 'services', 'daemonsets', 'deployments', 'replicasets', 'statefulsets',
  'horizontalpodautoscalers', 'cronjobs', 'jobs'];

const gvr = (i: ResourceInfo): string => `${i.group ? `${i.group}/` : '/'}${i.version}, Resource=${i.resource}`;
const fail = (stderr: string): GetResult => ({ stdout: '', stderr, exitCode: 1 });

/** One resource type's objects in scope, selected and named; or the error kubectl stops with. */
function selectKind(state: ClusterState, facts: readonly ClusterEvent[], info: ResourceInfo, req: GetRequest):
  { objects: KubeObject[]; stderr: string } | GetResult {
  const namespace = req.namespace ?? 'default';
  const inScope = (o: KubeObject): boolean => !info.namespaced || req.allNamespaces === true
    || o.metadata.namespace === namespace;
  let objects = sortByKey(objectsOf(state, facts, info).filter(inScope));
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
    return fail(`${e.message.startsWith('field label')
      ? `Error from server (BadRequest): Unable to find "${gvr(info)}" that match label selector ` +
        `"${req.labelSelector ?? ''}", field selector "${req.fieldSelector ?? ''}": ${e.message}`
      : `error: ${e.message}`}\n`);
  }
  if (!req.names.length) return { objects, stderr: '' };
  const found: KubeObject[] = [];
  let stderr = '';
  for (const n of req.names) {
    const o = objects.find((x) => x.metadata.name === n);
    if (o) found.push(o);
    else stderr += `Error from server (NotFound): ${info.resource}${info.group ? `.${info.group}` : ''} "${n}" not ` +
      `found\n`;
  }
  return { objects: found, stderr };
}

interface Found { readonly info: ResourceInfo; readonly o: KubeObject }

/**
 * `kubectl get` against the state at one instant: one or more resource types (`deploy,rs,po`,
 * `all`), as the table (kubectl's printers), -o wide, yaml and json (what the API server returns,
 * defaults included), name, jsonpath and custom-columns, optionally --sort-by a field.
 */
export function kubectlGet(state: ClusterState, facts: readonly ClusterEvent[], req: GetRequest): GetResult {
  const kinds = req.resource.split(',').flatMap((k) => (k.toLowerCase() === 'all' ? ALL : [k]));
  const infos: ResourceInfo[] = [];
  for (const k of kinds) {
    const info = resolveResource(k);
    if (!info) return fail(`error: the server doesn't have a resource type "${k}"\n`);
    if (!infos.includes(info)) infos.push(info);
  }
  const output = req.output ?? '';
  if (output && !OUTPUTS.includes(output) && !output.startsWith('jsonpath=') && !output.startsWith('custom-columns=')) {
    return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: ` +
        `${[...OUTPUTS, 'jsonpath', 'custom-columns'].sort().join(',')}\n`);
  }
  let found: Found[] = [], stderr = '';
  for (const info of infos) {
    const r = selectKind(state, facts, info, req);
    if ('exitCode' in r) return r;
    found.push(...r.objects.map((o) => ({ info, o })));
    stderr += r.stderr;
  }
  const exitCode = stderr ? 1 : 0;
  if (found.length === 0 && !req.names.length) {
    const where = infos.every((i) => i.namespaced) && !req.allNamespaces ? ` in ${req.namespace ?? 'default'} namespace`
      : '';
    return { stdout: '', stderr: `No resources found${where}.\n`, exitCode: 0 };
  }
  const api = (f: Found): unknown => apiObject(f.o, f.info, state.startTime);
  const table = output === '' || output === 'wide';
  try {
    // A table is sorted only when it has more than one row (SortingPrinter.PrintObj); a list whenever it has items.
    if (req.sortBy !== undefined && found.length > (table ? 1 : 0)) {
      found = sortOrder(found.map(api), req.sortBy).map((i) => found[i]);
    }
    if (output.startsWith('custom-columns=')) return { stdout: printCustomColumns(
      output.slice('custom-columns='.length), found.map(api), req.noHeaders === true), stderr, exitCode };
    // printGeneric: one object named alone is printed as itself, anything else as a v1 List.
    const single = req.names.length === 1 && infos.length === 1 && found.length === 1;
    const whole = (): unknown => (single ? api(found[0]) : apiList(found.map(api)));
    if (output === 'json') return { stdout: `${JSON.stringify(whole(), null, 4)}\n`, stderr, exitCode };
    // kubectl's YAML printer is sigs.k8s.io/yaml over go-yaml v2, a YAML 1.1 encoder: strings a 1.1 reader would
    // take for another type are quoted (`creationTimestamp: "2026-01-01T00:00:00Z"`, `"yes"`, `"on"`).
    if (output === 'yaml') return { stdout: stringify(whole(), { version: '1.1', sortMapEntries: true, indentSeq: false,
      lineWidth: 0 }), stderr, exitCode };
    if (output === 'name') return { stdout: found.map((f) => `${qualifiedKind(f.info)}/${f.o.metadata.name}\n`)
      .join(''), stderr, exitCode };
    if (output.startsWith('jsonpath=')) return { stdout: jsonPath(output.slice('jsonpath='.length), whole()), stderr,
      exitCode };
  } catch (e) {
    if (e instanceof JsonPathError && output.startsWith('jsonpath=')) return fail(
      `error: error parsing jsonpath ${output.slice(9)}, ${e.message}\n`);
    if (e instanceof CustomColumnsError || e instanceof JsonPathError) return fail(`error: ${e.message}\n`);
    throw e;
  }
  return { stdout: tables(state, found, output === 'wide', req), stderr, exitCode };
}

/**
 * The human-readable form: one table per run of objects of one resource type, with `kind/name`
 * names when more than one type was found (multipleGVKsRequested), an empty line between tables
 * unless headers are off (get.go's separatorWriterWrapper).
 */
function tables(state: ClusterState, found: readonly Found[], wide: boolean, req: GetRequest): string {
  const withKind = new Set(found.map((f) => f.info)).size > 1;
  const out: string[] = [];
  for (let i = 0; i < found.length;) {
    const info = found[i].info;
    let j = i;
    while (j < found.length && found[j].info === info) j++;
    const objects = found.slice(i, j).map((f) => f.o);
    // A GPU-sharing cluster's nodes get kubesim's GPU-Milli-Used column with -o wide (printers/nodes.ts).
    const extra = info.resource === 'nodes' && wide ? gpuColumns(objects as unknown as Node[], tvalues(state.pods))
      : [];
    out.push(printTable(info, objects, { now: state.time, startTime: state.startTime },
      { wide, withNamespace: req.allNamespaces, showLabels: req.showLabels, noHeaders: req.noHeaders, extra,
        withKind }));
    i = j;
  }
  return out.join(req.noHeaders ? '' : '\n');
}
