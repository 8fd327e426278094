import type { ResourceRequest } from './context.js';
import { findServed } from './resources.js';
import { ApiError } from './status.js';

export const NOT_FOUND = (): ApiError => new ApiError(404, 'NotFound',
  'the server could not find the requested resource');

/** What needs a running process (kubectl exec, attach, port-forward): a clear refusal, not a 404. */
const PROCESS_SUBRESOURCES = ['exec', 'attach', 'portforward'];

/**
 * Parses `/api/v1/...` and `/apis/GROUP/VERSION/...` resource paths: `[namespaces/NS/]RESOURCE[/NAME[/SUB]]`.
 * `/api/v1/namespaces/NAME` is the Namespace itself. Returns undefined for other paths.
 */
export function parseResourcePath(path: string, query: URLSearchParams): ResourceRequest | undefined {
  const seg = path.split('/').filter((s) => s !== '').map(decodeURIComponent);
  let group: string, version: string, rest: string[];
  if (seg[0] === 'api' && seg.length >= 3) { group = ''; version = seg[1]; rest = seg.slice(2); }
  else if (seg[0] === 'apis' && seg.length >= 4) { group = seg[1]; version = seg[2]; rest = seg.slice(3); }
  else return undefined;
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) { namespace = rest[1]; rest = rest.slice(2); }
  if (rest.length > 3) throw NOT_FOUND();
  const r = findServed(group, version, rest[0]);
  if (!r) throw NOT_FOUND();
  if (!r.namespaced && namespace !== undefined) throw NOT_FOUND();
  const [, name, sub] = rest;
  if (sub !== undefined && r.resource === 'pods' && PROCESS_SUBRESOURCES.includes(sub)) {
    throw new ApiError(400, 'BadRequest', `kubesim runs no container processes, so pods/${sub} is not simulated`);
  }
  if (sub !== undefined && !r.subresources.includes(sub)) throw NOT_FOUND();
  return { r, ...(namespace !== undefined ? { namespace } : {}), ...(name !== undefined ? { name } : {}),
    ...(sub !== undefined ? { sub } : {}), query };
}
