import type { KubeObject } from '../api/types.js';
import { badRequest } from './status.js';

type Labels = Readonly<Record<string, string>> | undefined;
export type Matcher = (labels: Labels) => boolean;

/**
 * A label selector in the query-string syntax (apimachinery pkg/labels/selector.go Parse):
 * `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x)`, `a`, `!a`, joined by commas.
 */
export function parseLabelSelector(text: string): Matcher {
  const reqs: Matcher[] = [];
  // Split on commas outside parentheses.
  const parts: string[] = [];
  let depth = 0, cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) { parts.push(cur); cur = ''; } else cur += ch;
  }
  if (cur.trim() !== '' || parts.length > 0) parts.push(cur);
  for (const raw of parts) {
    const p = raw.trim();
    let m: RegExpMatchArray | null;
    if ((m = p.match(/^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/))) {
      const [, key, op, list] = m;
      const values = new Set(list.split(',').map((v) => v.trim()));
      reqs.push(op === 'in' ? (l) => l?.[key] !== undefined && values.has(l[key]) : (l) => l?.[key] === undefined
        || !values.has(l[key]));
    } else if ((m = p.match(/^([\w./-]+)\s*(==|=|!=)\s*([\w./-]*)$/))) {
      const [, key, op, value] = m;
      reqs.push(op === '!=' ? (l) => l?.[key] !== value : (l) => l?.[key] === value);
    } else if ((m = p.match(/^!\s*([\w./-]+)$/))) {
      const key = m[1];
      reqs.push((l) => l?.[key] === undefined);
    } else if ((m = p.match(/^([\w./-]+)$/))) {
      const key = m[1];
      reqs.push((l) => l?.[key] !== undefined);
    } else throw badRequest(`unable to parse requirement: ${JSON.stringify(p)}`,
      [{ reason: 'FieldValueInvalid', message: `unable to parse requirement: ${p}`, field: 'labelSelector' }]);
  }
  return (l) => reqs.every((r) => r(l));
}

/** The fields each kind may be selected by (the registries' GetAttrs / field label conversion funcs). */
const FIELDS: Readonly<Record<string, Readonly<Record<string, (o: any) => unknown>>>> = {
  '*': { 'metadata.name': (o) => o.metadata.name, 'metadata.namespace': (o) => o.metadata.namespace ?? '' },
  pods: {
    'spec.nodeName': (o) => o.spec.nodeName ?? '', 'status.phase': (o) => o.status?.phase ?? '',
    'spec.restartPolicy': (o) => o.spec.restartPolicy ?? '', 'spec.schedulerName': (o) => o.spec.schedulerName ?? '',
    'spec.serviceAccountName': (o) => o.spec.serviceAccountName ?? '', 'status.podIP': (o) => o.status?.podIP ?? '',
    'status.nominatedNodeName': (o) => o.status?.nominatedNodeName ?? '',
  },
  nodes: { 'spec.unschedulable': (o) => String(o.spec?.unschedulable === true) },
  events: {
    'involvedObject.kind': (o) => o.involvedObject.kind, 'involvedObject.namespace': (o) =>
      o.involvedObject.namespace ?? '',
    'involvedObject.name': (o) => o.involvedObject.name, 'involvedObject.uid': (o) => o.involvedObject.uid ?? '',
    'involvedObject.apiVersion': (o) => o.involvedObject.apiVersion ?? '', 'reason': (o) => o.reason,
      'type': (o) => o.type,
    'source': (o) => o.source?.component ?? '', 'regarding.name': (o) => o.involvedObject.name,
      'regarding.kind': (o) => o.involvedObject.kind,
  },
  jobs: { 'status.successful': (o) => String(o.status?.succeeded ?? 0) },
};

export type ObjectMatcher = (o: KubeObject) => boolean;

/** A field selector (`a=b,c!=d`) over the fields the resource supports; others are a 400 as in the API server. */
export function parseFieldSelector(text: string, store: string): ObjectMatcher {
  const reqs: ObjectMatcher[] = [];
  for (const raw of text.split(',')) {
    const p = raw.trim();
    if (p === '') continue;
    const m = p.match(/^([\w.]+)\s*(==|=|!=)\s*(.*)$/);
    if (!m) throw badRequest(`invalid selector: '${text}'; can't understand '${p}'`);
    const [, field, op, value] = m;
    const get = FIELDS[store]?.[field] ?? FIELDS['*'][field];
    if (!get) throw badRequest(`field label not supported: ${field}`,
      [{ reason: 'FieldValueNotSupported', message: `field label not supported: ${field}`, field: 'fieldSelector' }]);
    reqs.push(op === '!=' ? (o) => get(o) !== value : (o) => get(o) === value);
  }
  return (o) => reqs.every((r) => r(o));
}
