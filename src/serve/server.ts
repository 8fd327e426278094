import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_BODY_BYTES, decodeBody } from './body.js';
import type { Pacer } from './clock.js';
import { RawJson, type ServeContext } from './context.js';
import { apiGroup, apiGroupList, apiVersions, resourceList, VERSION } from './discovery.js';
import { openApiV2, openApiV3, openApiV3Paths } from './openapi.js';
import { getOne, list } from './reads.js';
import { groups } from './resources.js';
import { NOT_FOUND, parseResourcePath } from './router.js';
import { ApiError } from './status.js';
import { eviction, scale, status } from './subresources.js';
import { podLog } from './podLog.js';
import { watch, type WatchTimers } from './watch.js';
import { remove, removeCollection } from './deletes.js';
import { create, patch, update, type WriteResult } from './writes.js';

export interface ServeOptions {
  readonly host: string;
  readonly port: number;
  /** Bearer token every request must carry (required for a non-loopback address). */
  readonly token?: string;
  /** Wall milliseconds between clock ticks. */
  readonly tickMs?: number;
}

export interface RunningServer {
  readonly server: Server;
  readonly url: string;
  /** Stops the clock, ends every watch and closes the server. */
  close(): Promise<void>;
}

const OPENAPI_HASH = 'kubesim-v1';

function send(res: ServerResponse, code: number, body: unknown, warnings: readonly string[] = []): void {
  const text = body instanceof RawJson ? body.text : typeof body === 'string' ? body : JSON.stringify(body);
  // Lists and tables arrive as bytes already (their items encoded once): written as they are.
  const headers: Record<string, string | string[]> = { 'Content-Type': typeof body === 'string'
    ? 'text/plain; charset=utf-8' : 'application/json', 'Cache-Control': 'no-cache, private' };
  if (warnings.length) headers.Warning = warnings.map((w) => `299 - ${JSON.stringify(w)}`);
  res.writeHead(code, headers);
  res.end(text);
}

/** Reads the body, refusing more than MAX_BODY_BYTES with 413 as the API server does. */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const tooLarge = (): ApiError => new ApiError(413, 'RequestEntityTooLarge',
      `Request entity too large: limit is ${MAX_BODY_BYTES}`);
    if (declared > MAX_BODY_BYTES) { req.resume(); reject(tooLarge()); return; }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) { req.removeAllListeners('data'); req.resume(); reject(tooLarge()); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Non-resource paths: version, health, discovery, OpenAPI. */
function nonResource(path: string): unknown {
  if (path === '/version') return VERSION;
  if (path === '/healthz' || path === '/readyz' || path === '/livez') return 'ok';
  if (path === '/api') return apiVersions();
  if (path === '/apis') return apiGroupList();
  if (path === '/openapi/v2') return openApiV2();
  if (path === '/openapi/v3') {
    const paths: Record<string, unknown> = {};
    for (const p of openApiV3Paths()) paths[p] = { serverRelativeURL: `/openapi/v3/${p}?hash=${OPENAPI_HASH}` };
    return { paths };
  }
  if (path.startsWith('/openapi/v3/')) return openApiV3(path.slice('/openapi/v3/'.length));
  const m = path.match(/^\/api\/(v1)$/) ?? path.match(/^\/apis\/([^/]+)\/([^/]+)$/);
  if (m) return m.length === 2 ? resourceList('', m[1]) : resourceList(m[1], m[2]);
  const g = path.match(/^\/apis\/([^/]+)$/);
  if (g) { const vs = g[1] === 'kubesim.io' ? ['v1'] : groups().get(g[1]); return vs ? apiGroup(g[1], vs) : undefined; }
  return undefined;
}

/**
 * The HTTP edge of `kubesim serve` (node:http): authentication, body limits, routing, and a
 * Status object for every refusal, never a stack trace. The clock ticks on a wall timer.
 */
export async function startServer(ctx: ServeContext, pacer: Pacer, opts: ServeOptions): Promise<RunningServer> {
  const closers = new Set<() => void>();
  const intervals = new Set<ReturnType<typeof setInterval>>();
  const timers: WatchTimers = {
    every: (ms, fn) => { const t = setInterval(fn, ms); intervals.add(t);
      return () => { clearInterval(t); intervals.delete(t); }; },
    after: (ms, fn) => { const t = setTimeout(fn, ms); return () => clearTimeout(t); },
    track: (close) => { closers.add(close); },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (opts.token !== undefined && req.headers.authorization !== `Bearer ${opts.token}`) {
      throw new ApiError(401, 'Unauthorized', 'Unauthorized');
    }
    const url = new URL(req.url ?? '/', 'http://kubesim');
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const accept = req.headers.accept;
    const contentType = req.headers['content-type'];
    if (path === '/apis/kubesim.io/v1/clock') {
      if (method === 'POST' || method === 'PUT') pacer.control(decodeBody(await readBody(req), contentType, 'Clock'));
      else if (method !== 'GET') throw new ApiError(405, 'MethodNotAllowed', `${method} is not supported on the clock`);
      send(res, 200, pacer.view(ctx.startTime));
      return;
    }
    const fixed = method === 'GET' ? nonResource(path) : undefined;
    if (fixed !== undefined) { send(res, 200, fixed); return; }
    const rr = parseResourcePath(path, url.searchParams);
    if (!rr) throw NOT_FOUND();
    const body = method === 'GET' || method === 'HEAD' ? Buffer.alloc(0) : await readBody(req);
    let result: WriteResult;
    if (rr.sub === 'log') {
      if (method !== 'GET') throw new ApiError(405, 'MethodNotAllowed', `${method} is not supported on pods/log`);
      const text = podLog(ctx, rr);
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
      return;
    }
    if (rr.sub === 'scale') result = scale(ctx, rr, method, body, contentType);
    else if (rr.sub === 'eviction') {
      if (method !== 'POST') throw new ApiError(405, 'MethodNotAllowed', `${method} is not supported on pods/eviction`);
      result = eviction(ctx, rr, body, contentType);
    } else if (rr.sub === 'status') result = status(ctx, rr, method);
    else if (rr.name === undefined) {
      if (method === 'GET') {
        const w = url.searchParams.get('watch');
        if (w === '1' || w === 'true') { watch(ctx, rr, accept, res, timers); return; }
        result = { code: 200, body: list(ctx, rr, accept) };
      } else if (method === 'POST') result = create(ctx, rr, body, contentType);
      else if (method === 'DELETE') result = removeCollection(ctx, rr, body, contentType);
      else throw new ApiError(405, 'MethodNotAllowed',
        `${method} is not supported on a collection of ${rr.r.resource}`);
    } else if (method === 'GET') result = { code: 200, body: getOne(ctx, rr, accept) };
    else if (method === 'PUT') result = update(ctx, rr, body, contentType);
    else if (method === 'PATCH') result = patch(ctx, rr, body, contentType);
    else if (method === 'DELETE') result = remove(ctx, rr, body, contentType);
    else throw new ApiError(405, 'MethodNotAllowed', `${method} is not supported on ${rr.r.resource}`);
    send(res, result.code, result.body, result.warnings);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const err = e instanceof ApiError ? e : new ApiError(500, 'InternalError',
        `Internal error occurred: ${(e as Error)?.message ?? String(e)}`);
      if (res.headersSent) { res.end(); return; }
      send(res, err.code, err.toStatus());
    });
  });
  server.maxRequestsPerSocket = 0;
  await new Promise<void>((resolve, reject) => { server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve()); });
  const tick = setInterval(() => { try { pacer.tick(); } catch (e) { server.emit('error', e); } }, opts.tickMs ?? 25);
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    server, url: `http://${host}:${addr.port}`,
    close: async () => {
      clearInterval(tick);
      for (const t of intervals) clearInterval(t);
      for (const c of closers) c();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
