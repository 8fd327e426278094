import { isTable } from './snapshotFormat.js';

// Two states compared as their snapshots see them (snapshotWriter.ts): what `kubesim verify` asks of a checkpoint.

/** A key or index on the path to a difference. */
const step = (k: string | number): string => (typeof k === 'number' ? `[${k}]`
  : /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);

/** An object's keys as the snapshot holds them: own, enumerable, in order, without undefined or function values. */
function shapeKeys(o: Record<string, unknown>): string[] {
  const keys: string[] = [];
  for (const k in o) {
    const x = o[k];
    if (x !== undefined && typeof x !== 'function' && Object.hasOwn(o, k)) keys.push(k);
  }
  return keys;
}

const kind = (v: object): string => (isTable(v) ? 'table' : Array.isArray(v) ? 'array' : v instanceof Set ? 'set'
  : 'object');

/**
 * Where `a` and `b` first differ as snapshots (a path such as `.pods["default/web"].status`, ''
 * for the values themselves), or undefined when encodeState would give them the same bytes: a
 * Table's entries in order, an object's keys in order (undefined and function values left out),
 * arrays and Sets in order, undefined in an array as null, numbers as equal as JSON and the
 * format's non-finite list make them (0 and -0 alike, NaN equal to NaN). A value shared by both
 * (a === b) is not walked, so a state compared with one derived from it costs what changed.
 */
export function snapshotDifference(a: unknown, b: unknown): string | undefined {
  if (a === b) return undefined;
  const x = a === undefined ? null : a, y = b === undefined ? null : b;
  if (typeof x !== 'object' || x === null || typeof y !== 'object' || y === null) {
    return x === y || (typeof x === 'number' && typeof y === 'number' && x !== x && y !== y) ? undefined : '';
  }
  const k = kind(x);
  if (k !== kind(y)) return '';
  if (k === 'table') {
    const ea = (x as { entries(): [string, unknown][] }).entries(), eb = (y as { entries(): [string, unknown][] })
      .entries();
    if (ea.length !== eb.length) return '.size';
    for (let i = 0; i < ea.length; i++) {
      if (ea[i][0] !== eb[i][0]) return `${step(ea[i][0])} (entry ${i}: ${JSON.stringify(eb[i][0])} in the other)`;
      const d = snapshotDifference(ea[i][1], eb[i][1]);
      if (d !== undefined) return step(ea[i][0]) + d;
    }
    return undefined;
  }
  if (k === 'array' || k === 'set') {
    const la = k === 'set' ? [...(x as Set<unknown>)] : x as unknown[], lb = k === 'set' ? [...(y as Set<unknown>)]
      : y as unknown[];
    if (la.length !== lb.length) return '.length';
    for (let i = 0; i < la.length; i++) {
      const d = snapshotDifference(la[i], lb[i]);
      if (d !== undefined) return step(i) + d;
    }
    return undefined;
  }
  const oa = x as Record<string, unknown>, ob = y as Record<string, unknown>;
  const ka = shapeKeys(oa), kb = shapeKeys(ob);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) if (ka[i] !== kb[i]) return step(ka[i] ?? kb[i]);
  for (const key of ka) {
    const d = snapshotDifference(oa[key], ob[key]);
    if (d !== undefined) return step(key) + d;
  }
  return undefined;
}
