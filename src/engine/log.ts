import * as crypto from 'node:crypto';
import type { ClusterEvent } from '../events/index.js';
import { eventSchemaError } from './eventSchema.js';
import { impossibleHistory } from './history.js';

/** Version of the JSONL log format; replay refuses others. */
export const LOG_FORMAT_VERSION = 1;

export interface LogHeader {
  readonly kubesimLog: number;
  readonly scenario: string;
  readonly seed: number;
  readonly startTime: number;
  readonly until: number;
  /** Present when the chain is keyed (run --log-key-file): HMAC-SHA-256 instead of SHA-256. */
  readonly chain?: 'hmac-sha256';
}

// crypto.hash (Node >= 20.12) hashes one string in one call: a third of createHash's cost per log line.
export const sha256Hex: (s: string | Uint8Array) => string = typeof crypto.hash === 'function'
  ? (s) => crypto.hash('sha256', s, 'hex')
  : (s) => crypto.createHash('sha256').update(s).digest('hex');

/**
 * The chain: each line's hash covers the previous hash and the line's own content. With a key
 * (HMAC-SHA-256), only a holder of the key can recompute the chain after an edit, so a log kept
 * as evidence cannot be re-hashed by someone without it.
 */
export function chainHash(prev: string, body: string, key?: Uint8Array): string {
  if (!key) return sha256Hex(`${prev}\n${body}`).slice(0, 16);
  return crypto.createHmac('sha256', key).update(prev).update('\n').update(body).digest('hex').slice(0, 16);
}

/**
 * A log line's body: `seq`, `at`, `type`, then the event's other fields in their own order. Facts are
 * built with `type` and `at` first (events/), so the event's own JSON is re-headed with `seq` instead of
 * copying the event into a new object per line; any other shape takes the copy. Two parts, the body
 * being their concatenation: `fields` (ending in `}`) is a slice of the event's JSON, so the line is
 * built from it without first copying the whole body into one flat string (~20 MB per GCDA run).
 */
function lineParts(seq: number, e: ClusterEvent): readonly [head: string, fields: string] {
  const json = JSON.stringify(e);
  const typeJson = JSON.stringify(e.type);
  const head = `{"type":${typeJson},"at":${e.at}`;
  if (typeof e.at === 'number' && json.startsWith(head) && (json[head.length] === ',' || json[head.length] === '}')) {
    return [`{"seq":${seq},"at":${e.at},"type":${typeJson}`, json.slice(head.length)];
  }
  const { type, at, ...rest } = e;
  return ['', JSON.stringify({ seq, at, type, ...rest })];
}

/** The body of the log line of event `seq` (without its hash). */
export function lineBody(seq: number, e: ClusterEvent): string {
  const [head, fields] = lineParts(seq, e);
  return head + fields;
}

/**
 * Writes the log as JSON lines: a header, then one event per line with `seq`, `at`, `type`, the
 * event's fields, and `hash`, a SHA-256 chain over all previous lines. Editing, dropping or
 * reordering a line breaks the chain at that line; a missing SimulationStopped line means the
 * tail was cut.
 */
export class LogWriter {
  #prev: string;
  readonly #key: Uint8Array | undefined;
  constructor(header: LogHeader, private readonly write: (line: string) => void, key?: Uint8Array) {
    this.#key = key;
    const body = JSON.stringify(key ? { ...header, chain: 'hmac-sha256' } : header);
    this.#prev = chainHash('', body, key);
    this.write(`${body.slice(0, -1)},"hash":"${this.#prev}"}\n`);
  }

  append(seq: number, e: ClusterEvent): void {
    const [head, fields] = lineParts(seq, e);
    this.#prev = chainHash(this.#prev, head + fields, this.#key);
    this.write(`${head}${fields.slice(0, -1)},"hash":"${this.#prev}"}\n`);
  }

  /** The hash of the last line written: one value that stands for the whole log. */
  get hash(): string {
    return this.#prev;
  }
}

export class LogError extends Error {
  override readonly name = 'LogError';
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

export interface ParsedLog {
  readonly header: LogHeader;
  readonly events: readonly ClusterEvent[];
  readonly hash: string;
}

/**
 * Reads and verifies a log. Throws LogError naming the first bad line: bad JSON, a broken hash
 * chain (an edited, dropped or reordered line), a gap in `seq`, or a missing end record.
 * `hashes`, when given, receives each line's chain hash (index = seq; the header's at 0).
 */
export function parseLog(text: string, key?: Uint8Array, hashes?: string[]): ParsedLog {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) throw new LogError(1, 'empty log: no header');
  const parseLine = (i: number): Record<string, unknown> => {
    try {
      const v = JSON.parse(lines[i]) as unknown;
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object');
      return v as Record<string, unknown>;
    } catch {
      throw new LogError(i + 1, i === lines.length - 1 ? 'not valid JSON (is the log truncated?)' : 'not valid JSON');
    }
  };
  const verify = (i: number, prev: string): [Record<string, unknown>, string] => {
    const line = lines[i];
    const obj = parseLine(i);
    const at = line.lastIndexOf(',"hash":"');
    if (typeof obj.hash !== 'string' || at < 0) throw new LogError(i + 1, 'no hash field');
    const body = line.slice(0, at) + '}';
    const h = chainHash(prev, body, keyed ? key : undefined);
    if (h !== obj.hash) throw new LogError(i + 1, keyed
      ? `keyed hash chain broken: this line or the one before it was changed, dropped or reordered, or the key is ` +
        `not the one the log was written with`
          : `hash chain broken (expected ${h}, found ${obj.hash}): this line or the one before it was changed, ` +
            `dropped or reordered`);
    return [obj, h];
  };
  const first = parseLine(0);
  const keyed = first.chain === 'hmac-sha256';
  if (first.chain !== undefined && !keyed) throw new LogError(1, `unknown hash chain ${JSON.stringify(first.chain)}`);
  if (keyed && !key) throw new LogError(1,
    'the log has a keyed hash chain (HMAC-SHA-256): give the key with --log-key-file to verify it');
  if (!keyed && key) throw new LogError(1,
    'a key was given but the log\'s hash chain is not keyed: it was written without --log-key-file (or re-hashed ' +
      'without the key)');
  let [head, prev] = verify(0, '');
  hashes?.push(prev);
  if (head.kubesimLog !== LOG_FORMAT_VERSION) throw new LogError(1,
    `not a kubesim log of format ${LOG_FORMAT_VERSION}`);
  const { hash: _h, ...header } = head;
  const events: ClusterEvent[] = [];
  let lastAt = 0;
  for (let i = 1; i < lines.length; i++) {
    const [obj, h] = verify(i, prev);
    prev = h;
    hashes?.push(h);
    if (obj.seq !== i) throw new LogError(i + 1, `expected seq ${i}, found ${String(obj.seq)}`);
    if (typeof obj.at !== 'number' || obj.at < lastAt) throw new LogError(i + 1,
      `virtual time ${String(obj.at)} goes backwards`);
    if (typeof head.until === 'number' && obj.at > head.until) throw new LogError(i + 1,
      `virtual time ${String(obj.at)} is after the run's until (${head.until})`);
    lastAt = obj.at;
    const { seq: _s, hash: _x, ...event } = obj;
    const wrong = eventSchemaError(event);
    if (wrong) throw new LogError(i + 1, wrong);
    events.push(event as unknown as ClusterEvent);
  }
  const last = events[events.length - 1];
  if (!last || last.type !== 'SimulationStopped') throw new LogError(lines.length,
    'the log ends without SimulationStopped: it was truncated after this line');
  const impossible = impossibleHistory(header as unknown as LogHeader, events);
  if (impossible) throw new LogError(impossible.index + 2, `impossible history: ${impossible.message}`);
  return { header: header as unknown as LogHeader, events, hash: prev };
}
