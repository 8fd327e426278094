import * as crypto from 'node:crypto';
import type { ClusterEvent } from '../events/index.js';
import { eventSchemaError } from './eventSchema.js';
import { HistoryCheck } from './history.js';

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
 * Reads and verifies a log one line at a time (a day's log is gigabytes: `kubesim verify` streams
 * it): `line` for each line in order (the header first), then `end`. The checks and messages are
 * parseLog's: bad JSON, a broken hash chain (an edited, dropped or reordered line), a gap in
 * `seq`, time going backwards or past `until`, a fact's fields, a missing end record, and an
 * impossible history (reported after the chain, as parseLog did once it had every fact).
 * `hashes`, when given, receives each line's chain hash (index = seq; the header's at 0).
 */
/** The start of a fact's line as LogWriter writes it: its seq and time. */
const LINE_HEAD = /^\{"seq":(\d+),"at":(\d+)[,}]/;

export class LogReader {
  #lines = 0;
  #prev = '';
  #keyed = false;
  #header: LogHeader | undefined;
  #history: HistoryCheck | undefined;
  #lastAt = 0;
  #last: ClusterEvent | undefined;

  /** `history`: check that the facts describe a possible history (needs every fact: end() reports it). */
  constructor(private readonly key?: Uint8Array, private readonly hashes?: string[], private readonly history = true) {}

  /** The chain hash of the last line read. */
  get hash(): string { return this.#prev; }

  /** The facts read so far. */
  get facts(): number { return Math.max(0, this.#lines - 1); }

  /** The next line (without its newline), `last` when no line follows it: its fact (undefined for the header). */
  line(text: string, last: boolean): ClusterEvent | undefined {
    const i = this.#lines++;
    let obj: Record<string, unknown>;
    try {
      const v = JSON.parse(text) as unknown;
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object');
      obj = v as Record<string, unknown>;
    } catch {
      throw new LogError(i + 1, last ? 'not valid JSON (is the log truncated?)' : 'not valid JSON');
    }
    if (i === 0) this.#keyOf(obj);
    const at = text.lastIndexOf(',"hash":"');
    if (typeof obj.hash !== 'string' || at < 0) throw new LogError(i + 1, 'no hash field');
    const h = chainHash(this.#prev, `${text.slice(0, at)}}`, this.#keyed ? this.key : undefined);
    if (h !== obj.hash) throw new LogError(i + 1, this.#keyed
      ? 'keyed hash chain broken: this line or the one before it was changed, dropped or reordered, or the key is ' +
        'not the one the log was written with'
      : `hash chain broken (expected ${h}, found ${obj.hash}): this line or the one before it was changed, ` +
        'dropped or reordered');
    this.#prev = h;
    this.hashes?.push(h);
    if (i === 0) {
      if (obj.kubesimLog !== LOG_FORMAT_VERSION) throw new LogError(1,
        `not a kubesim log of format ${LOG_FORMAT_VERSION}`);
      const { hash: _h, ...header } = obj;
      this.#header = header as unknown as LogHeader;
      this.#history = new HistoryCheck(this.#header);
      return undefined;
    }
    if (obj.seq !== i) throw new LogError(i + 1, `expected seq ${i}, found ${String(obj.seq)}`);
    if (typeof obj.at !== 'number' || obj.at < this.#lastAt) throw new LogError(i + 1,
      `virtual time ${String(obj.at)} goes backwards`);
    const until = this.#header!.until as unknown;
    if (typeof until === 'number' && obj.at > until) throw new LogError(i + 1,
      `virtual time ${String(obj.at)} is after the run's until (${until})`);
    this.#lastAt = obj.at;
    const { seq: _s, hash: _x, ...event } = obj;
    const wrong = eventSchemaError(event);
    if (wrong) throw new LogError(i + 1, wrong);
    this.#last = event as unknown as ClusterEvent;
    if (this.history) this.#history!.fact(this.#last);
    return this.#last;
  }

  /**
   * line() for a line whose fact the caller does not need (a view of one object reads a day's
   * log): the chain, seq and time are checked from the text kubesim writes (`{"seq":N,"at":T,`)
   * without parsing the rest. Returns the line's time. For a reader made without `history`.
   */
  skim(text: string, last: boolean): number {
    const m = this.#lines > 0 ? LINE_HEAD.exec(text) : null;
    const cut = text.lastIndexOf(',"hash":"');
    if (!m || cut < 0 || !text.endsWith('"}')) return this.line(text, last)?.at ?? 0;
    const i = this.#lines++;
    const h = chainHash(this.#prev, `${text.slice(0, cut)}}`, this.#keyed ? this.key : undefined);
    if (h !== text.slice(cut + 9, -2)) { this.#lines--; return this.line(text, last)?.at ?? 0; }
    this.#prev = h;
    this.hashes?.push(h);
    const seq = Number(m[1]), at = Number(m[2]);
    if (seq !== i) throw new LogError(i + 1, `expected seq ${i}, found ${seq}`);
    if (at < this.#lastAt) throw new LogError(i + 1, `virtual time ${at} goes backwards`);
    const until = this.#header!.until as unknown;
    if (typeof until === 'number' && at > until) throw new LogError(i + 1,
      `virtual time ${at} is after the run's until (${until})`);
    this.#lastAt = at;
    return at;
  }

  /** The header's chain: keyed (HMAC-SHA-256) exactly when a key is given. */
  #keyOf(first: Record<string, unknown>): void {
    this.#keyed = first.chain === 'hmac-sha256';
    if (first.chain !== undefined && !this.#keyed) throw new LogError(1,
      `unknown hash chain ${JSON.stringify(first.chain)}`);
    if (this.#keyed && !this.key) throw new LogError(1,
      'the log has a keyed hash chain (HMAC-SHA-256): give the key with --log-key-file to verify it');
    if (!this.#keyed && this.key) throw new LogError(1,
      'a key was given but the log\'s hash chain is not keyed: it was written without --log-key-file (or re-hashed ' +
        'without the key)');
  }

  /** After the last line: the log ends with SimulationStopped and its history is possible. */
  end(): { header: LogHeader; hash: string } {
    if (this.#lines === 0) throw new LogError(1, 'empty log: no header');
    if (this.#last?.type !== 'SimulationStopped') throw new LogError(this.#lines,
      'the log ends without SimulationStopped: it was truncated after this line');
    const impossible = this.#history!.result;
    if (impossible) throw new LogError(impossible.index + 2, `impossible history: ${impossible.message}`);
    return { header: this.#header!, hash: this.#prev };
  }
}

/**
 * Reads and verifies a log held whole (LogReader over its lines). Throws LogError naming the
 * first bad line. `hashes`, when given, receives each line's chain hash (index = seq).
 */
export function parseLog(text: string, key?: Uint8Array, hashes?: string[]): ParsedLog {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const reader = new LogReader(key, hashes);
  const events: ClusterEvent[] = [];
  for (let i = 0; i < lines.length; i++) {
    const e = reader.line(lines[i], i === lines.length - 1);
    if (e) events.push(e);
  }
  return { ...reader.end(), events };
}
