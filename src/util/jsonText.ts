/*
 * Whether two values have the same JSON text, without building it. Controllers write a status only
 * when its text changed (the text the log and the API would show), at every sync of every Job,
 * CronJob and HPA: two JSON.stringify calls a sync were most of a no-op sync's cost.
 */

/** What JSON.stringify leaves out of an object, and writes as null in an array. */
const skipped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** A plain object or array: anything else (a Date, a boxed number, toJSON) is compared by its text. */
function plain(v: object): boolean {
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null || proto === Array.prototype;
}

/** JSON.stringify(a) === JSON.stringify(b): key order counts, as it does in the text. */
export function sameJsonText(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || !plain(a) || !plain(b)) {
    return JSON.stringify(a) === JSON.stringify(b);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (!sameJsonText(skipped(a[i]) ? null : a[i], skipped(b[i]) ? null : b[i])) return false;
    }
    return true;
  }
  const x = a as Record<string, unknown>, y = b as Record<string, unknown>;
  const kx = Object.keys(x), ky = Object.keys(y);
  let i = 0, j = 0;
  for (;;) {
    while (i < kx.length && skipped(x[kx[i]])) i++;
    while (j < ky.length && skipped(y[ky[j]])) j++;
    if (i === kx.length || j === ky.length) return i === kx.length && j === ky.length;
    if (kx[i] !== ky[j] || !sameJsonText(x[kx[i]], y[ky[j]])) return false;
    i++; j++;
  }
}
