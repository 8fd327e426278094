import { asNodeName } from '../api/ids.js';
import type { KubeObject, Node, Pod } from '../api/types.js';
import { isObj } from '../api/validation/common.js';
import { validateObject, type PodSpecVerdicts } from '../api/validation/index.js';
import { withoutNullFields } from '../api/schema/nulls.js';
import { parseBehavior } from '../api/behavior.js';
import { parseMatch } from './match.js';
import { parseDuration } from '../api/time.js';
import { ScenarioError, unreadableProblem, type FieldProblem, type InputProblem } from '../api/problems.js';
import { parseCluster } from './cluster.js';
import { expandNodes } from './nodes.js';
import type { TraceLoad, BehaviorRule, Scenario, SourcedObject, StaticPod } from './types.js';
import { parseYamlDocuments } from './yaml.js';
import { parseTimeline } from './timeline.js';
import { parseVary } from './vary.js';
import { metricWarnings, parseLoads, parseMetrics } from './metrics.js';
import { SharedPodSpecs } from './sharedSpecs.js';

/** How the loader reaches files: injected by the CLI, the only module allowed to touch fs. */
export interface FileReader {
  /** Returns the file's text or throws. */
  read(path: string): string;
  /** Resolves `rel` against the directory of `from`. */
  resolve(from: string, rel: string): string;
  /** The file's text piece by piece (a trace too big to hold whole); absent: read() in one piece. */
  chunks?(path: string): Iterable<string>;
  /** The file's bytes (a msgpack trace); absent: the text read() returns, as UTF-8. */
  bytes?(path: string): Uint8Array;
  /**
   * Reads a scenario's `trace:` key (src/trace's loadTraceKey, handed in by the CLI, since trace
   * readers sit above the scenario loader); absent: a scenario with `trace:` is refused.
   */
  traces?(value: unknown, scenarioFile: string, resolve: (rel: string) => string): TraceLoad;
}

/** 2026-01-01T00:00:00Z: virtual time 0 unless the scenario gives `startTime`. */
export const DEFAULT_START_TIME = Date.UTC(2026, 0, 1);

const SCENARIO_KEYS = ['apiVersion', 'kind', 'metadata', 'description', 'seed', 'until', 'startTime', 'nodes',
  'manifests', 'timeline', 'behaviors', 'staticPods', 'scheduler', 'expect', 'invariants', 'cluster', 'trace', 'vary',
  'load', 'metrics'];

export const objectLabel = (o: unknown): string | undefined => {
  if (!isObj(o)) return undefined;
  const md = isObj(o.metadata) ? o.metadata : {};
  const name = typeof md.name === 'string' ? md.name : typeof md.generateName === 'string' ? `${md.generateName}*`
    : '<unnamed>';
  return `${typeof o.kind === 'string' ? o.kind : '<no kind>'}/${name}`;
};

export interface LoadResult<T> { readonly value: T; readonly problems: InputProblem[];
  readonly warnings: InputProblem[] }

/** Reads, parses and validates the manifests of one file. Invalid documents are not returned. */
export function loadManifestFile(path: string, fs: FileReader): LoadResult<SourcedObject[]> {
  let text: string;
  try { text = fs.read(path); } catch (e) { return { value: [], problems: [unreadableProblem(path, e)],
    warnings: [] }; }
  return loadManifestText(text, path);
}

/** kubectl apply's error for a file with no objects in it (an empty or comment-only file). */
export const NO_OBJECTS = 'no objects passed to apply';

export function loadManifestText(text: string, file: string): LoadResult<SourcedObject[]> {
  const specs = new SharedPodSpecs();
  const { docs, docProblems, problems, jsonBytesAtMost } = parseYamlDocuments(text, file, specs.byText);
  if (docs.length === 0 && problems.length === 0) return { value: [],
    problems: [{ file, message: `${NO_OBJECTS} (the file holds no YAML documents)` }], warnings: [] };
  const warnings: InputProblem[] = [];
  const value: SourcedObject[] = [];
  // Specs the fast path handed to several pods are judged once; others as part of their pod.
  const textSpecs = new Set(specs.byText.values());
  docs.forEach((doc, d) => {
    for (const { object: o, dups } of expandList(doc, docProblems[d])) {
      const r = checkManifest(o, dups, (x) => x, jsonBytesAtMost?.[d],
        isObj(o) && textSpecs.has(o.spec) ? specs.verdicts : undefined);
      for (const x of r.problems) problems.push({ file, ...x });
      for (const x of r.warnings) warnings.push({ file, ...x });
      if (r.object?.kind === 'Pod') specs.share(r.object as unknown as Record<string, unknown>);
      if (r.object) value.push({ object: r.object, source: r.label ? { file, object: r.label } : { file } });
    }
  });
  return { value, problems, warnings };
}

/** `kind: List` (as `kubectl get -o yaml` prints) is expanded into its items; duplicate keys follow their item. */
function expandList(doc: unknown, dups: readonly FieldProblem[]): { object: unknown; dups: FieldProblem[] }[] {
  if (!(isObj(doc) && typeof doc.kind === 'string' && doc.kind.endsWith('List') && Array.isArray(doc.items))) return [
    { object: doc, dups: [...dups] }];
  const items = doc.items as unknown[];
  return items.map((object, i) => {
    const prefix = `items[${i}].`;
    return { object, dups: dups.filter((x) => x.path.startsWith(prefix)).map((x) =>
      ({ path: x.path.slice(prefix.length), message: x.message })) };
  });
}

/**
 * Validates one manifest (strict fields, Kubernetes' rules, duplicate keys); returns the object
 * when it may enter the simulation. `at` maps a field path to where it is in the file.
 */
function checkManifest(o: unknown, dups: readonly FieldProblem[], at: (path: string) => string,
  jsonBytesAtMost?: number, podSpecs?: PodSpecVerdicts): { object: KubeObject | undefined; label: string | undefined;
    problems: readonly Omit<InputProblem, 'file'>[]; warnings: readonly Omit<InputProblem, 'file'>[] } {
  const label = objectLabel(o);
  o = withoutNullFields(o);
  const v = validateObject(o, { jsonBytesAtMost, podSpecs });
  const errs = dups.length ? [...dups, ...v.errors] : v.errors;
  // One shape whatever was found (the common case, a valid manifest, allocates no problem lists).
  const withLabel = (x: FieldProblem): Omit<InputProblem, 'file'> =>
    ({ ...(label ? { object: label } : {}), path: at(x.path), message: x.message });
  return { object: errs.length === 0 && !v.skipped ? o as KubeObject : undefined, label,
    problems: errs.length ? errs.map(withLabel) : NONE,
    warnings: v.warnings.length ? v.warnings.map(withLabel) : NONE };
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * Loads a scenario file: the scenario's own keys, its nodes, its manifests (inline or
 * `{file: ...}` relative to the scenario), its timeline and behaviours. Throws ScenarioError with
 * every problem found; nothing from an invalid document enters the simulation.
 */
export function loadScenario(path: string, fs: FileReader): { scenario: Scenario; warnings: InputProblem[] } {
  const problems: InputProblem[] = [];
  const warnings: InputProblem[] = [];
  let text: string;
  try { text = fs.read(path); } catch (e) { throw new ScenarioError([unreadableProblem(path, e)]); }
  const { docs, docProblems, problems: yamlProblems } = parseYamlDocuments(text, path);
  if (yamlProblems.length) throw new ScenarioError(yamlProblems);
  const dupProblems = (docProblems[0] ?? []).map((x) => ({ file: path, path: x.path, message: x.message }));
  problems.push(...dupProblems);
  if (docs.length !== 1 || !isObj(docs[0])) throw new ScenarioError(
    [{ file: path,
      message: 'a scenario file holds exactly one YAML mapping (apiVersion: kubesim/v1, kind: Scenario)' }]);
  const doc = docs[0];
  const fp: FieldProblem[] = [];
  const here = (ps: FieldProblem[], object?: string) => { for (const x of ps) problems.push(
    { file: path, ...(object ? { object } : {}), path: x.path, message: x.message }); ps.length = 0; };

  if (doc.apiVersion !== 'kubesim/v1') fp.push({ path: 'apiVersion',
    message: `must be kubesim/v1, got ${JSON.stringify(doc.apiVersion)}` });
  if (doc.kind !== 'Scenario') fp.push({ path: 'kind', message: `must be Scenario, got ${JSON.stringify(doc.kind)}` });
  for (const k of Object.keys(doc)) if (!SCENARIO_KEYS.includes(k)) fp.push(
    { path: k, message: `unknown field (known: ${SCENARIO_KEYS.join(', ')})` });
  const name = isObj(doc.metadata) && typeof doc.metadata.name === 'string' ? doc.metadata.name
    : (fp.push({ path: 'metadata.name', message: 'Required value' }), 'scenario');
  const seed = doc.seed ?? 1;
  if (typeof seed !== 'number' || !Number.isInteger(seed)) fp.push(
    { path: 'seed', message: `must be an integer, got ${JSON.stringify(seed)}` });
  else if (!Number.isSafeInteger(seed)) fp.push({ path: 'seed',
    message: `Invalid value: ${seed}: beyond 2^53 - 1 (${Number.MAX_SAFE_INTEGER}), the largest integer kubesim ` +
      `keeps exactly (YAML has already rounded it)` });
  const untilRaw = parseDuration(doc.until ?? '10m');
  const untilGiven = doc.until !== undefined;
  if (typeof untilRaw === 'string') fp.push({ path: 'until', message: untilRaw });
  const until = typeof untilRaw === 'number' ? untilRaw : 0;
  let startTime = DEFAULT_START_TIME;
  if (doc.startTime !== undefined) {
    const t = typeof doc.startTime === 'string' ? Date.parse(doc.startTime) : NaN;
    if (Number.isNaN(t)) fp.push(
      { path: 'startTime',
        message: `must be an RFC 3339 time such as 2026-01-01T00:00:00Z, got ${JSON.stringify(doc.startTime)}` });
    else startTime = t;
  }

  const clusterWarnings: FieldProblem[] = [];
  const cluster = parseCluster(doc.cluster, fp, clusterWarnings);
  warnings.push(...clusterWarnings.map((w) => ({ file: path, ...w })));

  // Nodes
  const nodes: Node[] = [];
  if (doc.nodes !== undefined && !Array.isArray(doc.nodes)) fp.push({ path: 'nodes', message: 'must be a list' });
  else for (const [i, e] of ((doc.nodes as unknown[]) ?? []).entries()) nodes.push(
    ...expandNodes(e, fp, `nodes[${i}]`));
  const nodeNames = new Set<string>();
  for (const n of nodes) {
    if (nodeNames.has(n.metadata.name)) fp.push({ path: 'nodes',
      message: `Duplicate value: node ${JSON.stringify(n.metadata.name)}` });
    nodeNames.add(n.metadata.name);
  }
  here(fp);

  // Manifests: inline objects or {file: relative/path.yaml}
  const manifests: SourcedObject[] = [];
  const readManifests = (entry: unknown, at: string): SourcedObject[] => {
    if (isObj(entry) && typeof entry.file === 'string' && Object.keys(entry).length === 1) {
      const r = loadManifestFile(fs.resolve(path, entry.file), fs);
      problems.push(...r.problems); warnings.push(...r.warnings);
      return r.value;
    }
    const r = checkManifest(entry, [], (x) => (x ? `${at}.${x}` : at));
    problems.push(...r.problems.map((x) => ({ file: path, ...x })));
    warnings.push(...r.warnings.map((x) => ({ file: path, ...x })));
    return r.object ? [{ object: r.object, source: { file: path, ...(r.label ? { object: r.label } : {}) } }] : [];
  };
  if (doc.manifests !== undefined && !Array.isArray(doc.manifests)) problems.push(
    { file: path, path: 'manifests', message: 'must be a list of manifests or {file: path}' });
  else for (const [i, m] of ((doc.manifests as unknown[]) ?? []).entries()) manifests.push(
    ...readManifests(m, `manifests[${i}]`));
  for (const m of manifests) if (m.object.kind === 'Node') nodeNames.add(m.object.metadata.name);

  // A trace (src/trace): its nodes and t=0 objects join the scenario's; its steps are read during the run.
  const noTraces = (): TraceLoad => ({ nodes: [], manifests: [],
    problems: [
      { file: path, path: 'trace',
        message: 'this loader reads no traces (give a FileReader with traces, as the CLI does)' }], warnings: [] });
  const trace = doc.trace === undefined ? undefined : fs.traces?.(doc.trace, path, (rel) => fs.resolve(path, rel))
    ?? noTraces();
  if (trace) {
    problems.push(...trace.problems); warnings.push(...trace.warnings);
    for (const n of trace.nodes) {
      if (nodeNames.has(n.metadata.name)) problems.push({ file: path, path: 'trace',
        message: `Duplicate value: node ${JSON.stringify(n.metadata.name)}` });
      nodeNames.add(n.metadata.name);
      nodes.push(n);
    }
    manifests.push(...trace.manifests);
  }

  // Static pods: [{node, file | pod}]
  const staticPods: StaticPod[] = [];
  if (doc.staticPods !== undefined) {
    if (!Array.isArray(doc.staticPods)) fp.push({ path: 'staticPods',
      message: 'must be a list of {node, file | manifest}' });
    else doc.staticPods.forEach((sp, i) => {
      if (!isObj(sp) || typeof sp.node !== 'string') { fp.push(
        { path: `staticPods[${i}].node`, message: 'Required value' }); return; }
      if (!nodeNames.has(sp.node)) fp.push({ path: `staticPods[${i}].node`,
        message: `unknown node ${JSON.stringify(sp.node)}` });
      const objs = readManifests(sp.manifest ?? (typeof sp.file === 'string' ? { file: sp.file } : undefined),
        `staticPods[${i}].manifest`);
      for (const o of objs) {
        if (o.object.kind !== 'Pod') { fp.push({ path: `staticPods[${i}]`,
          message: `static pods must be Pods, got ${o.object.kind}` }); continue; }
        staticPods.push({ node: asNodeName(sp.node as string), pod: o.object as unknown as Pod, source: o.source });
      }
    });
  }

  // Behaviours
  const behaviors: BehaviorRule[] = [];
  if (doc.behaviors !== undefined && !Array.isArray(doc.behaviors)) fp.push(
    { path: 'behaviors', message: 'must be a list of {match, ...behaviour}' });
  else for (const [i, b] of ((doc.behaviors as unknown[]) ?? []).entries()) {
    if (!isObj(b)) { fp.push({ path: `behaviors[${i}]`, message: 'must be a mapping' }); continue; }
    const match = parseMatch(b.match ?? {}, `behaviors[${i}].match`, fp);
    if (match) behaviors.push({ match, behavior: parseBehavior(b, `behaviors[${i}]`, fp) });
  }

  // Service load and metric series the HPA reads (scenario/metrics.ts).
  const loads = doc.load === undefined ? [] : parseLoads(doc.load, fp);
  const metrics = doc.metrics === undefined ? [] : parseMetrics(doc.metrics, fp);

  // What kubesim fuzz may vary in the behaviours (scenario/vary.ts); a plain run ignores it.
  const vary = doc.vary === undefined ? undefined : parseVary(doc.vary, fp);

  // Timeline
  if (doc.timeline !== undefined && !Array.isArray(doc.timeline)) fp.push(
    { path: 'timeline', message: 'must be a list of {at, <action>}' });
  const timeline = parseTimeline(Array.isArray(doc.timeline) ? doc.timeline : [],
    { path, until, fp, warnings, knownNodes: new Set(nodeNames), readManifests });
  here(fp);
  if (problems.length) throw new ScenarioError(problems);
  const applied = timeline.flatMap((t) => (t.action.kind === 'apply' ? t.action.objects : []));
  for (const w of metricWarnings([...manifests, ...applied].map((o) => o.object), loads, metrics)) warnings.push(
    { file: path, ...w });
  // Stable by time; entries at the same time keep file order.
  timeline.sort((a, b) => a.at - b.at);
  const scenario: Scenario = {
    name, file: path, seed: seed as number, startTime, nodes, manifests, timeline, behaviors, staticPods,
    // A trace runs to its last step and one minute beyond, unless `until` says otherwise.
    until: !untilGiven && trace?.replay ? trace.replay.end + 60_000 : until,
    ...(trace?.replay ? { trace: trace.replay } : {}),
    ...(doc.scheduler === undefined ? {} : { scheduler: doc.scheduler }),
    ...(doc.cluster === undefined ? {} : { cluster }),
    ...(Array.isArray(doc.expect) ? { expect: doc.expect } : {}),
    ...(doc.invariants !== undefined ? { invariants: doc.invariants } : {}),
    ...(vary ? { vary } : {}),
    ...(loads.length ? { loads } : {}),
    ...(metrics.length ? { metrics } : {}),
    warnings: warnings.map((w) => [w.file, w.object, w.path, w.message].filter(Boolean).join(': ')),
  };
  return { scenario, warnings };
}
