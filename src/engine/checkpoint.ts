import type { ClusterEvent } from '../events/index.js';
import type { Millis } from '../api/ids.js';
import type { ClusterState } from '../reducers/state.js';
import { decodeState } from '../reducers/snapshot.js';
import { StateEncoder } from '../reducers/snapshotWriter.js';
import { chainHash, sha256Hex } from './log.js';
import type { Simulation } from './simulation.js';

/**
 * Checkpoints: the state every N facts, in a sidecar file next to the log (`run.jsonl.checkpoints`),
 * so `replay --at`, `get --at` and `describe --at` on a long log start from the nearest one instead
 * of the first fact. The log itself is unchanged (its bytes and hash do not depend on checkpoints).
 *
 * A checkpoint is taken between two instants (after the last fact of one virtual time), as replay
 * folds facts one instant at a time, and is written as a header line, the state's bytes
 * (reducers/snapshot.ts) and a newline, and an end line:
 *   {"checkpoint":S,"at":T,"log":"<hash of log line S>","logOffset":B,"format":2,"bytes":N,
 *    "sha256":"<of the state's N bytes>","hash":...}
 *   <N bytes>
 *   {"end":S,"at":T,"start":C,"hash":...}
 * The two lines are hash-chained like the log, starting from the hash of log line S, and the
 * header's chained text holds the state's SHA-256: a checkpoint belongs to one log, and a changed
 * byte of its state, or a changed, dropped or moved line, breaks it (keyed with the log's key, if
 * any). B is the byte offset in the log where line S+1 starts and C the byte offset of the header
 * in the checkpoints file: a reader of a day's log (gigabytes) walks the end lines back from the
 * file's end (the bytes before a header are the previous checkpoint's end line) and reads only the
 * checkpoint it needs and the log after B, never the whole of either file.
 */
export const CHECKPOINTS_SUFFIX = '.checkpoints';

/** The format of the state's bytes (format 1, before it, held the state as JSON lines). */
export const CHECKPOINT_FORMAT = 2;

const hashed = (body: string, hash: string): string => `${body.slice(0, -1)},"hash":"${hash}"}\n`;

export class CheckpointWriter {
  #since = 0;
  #at = -1;
  #logHash = '';
  #logBytes = 0;
  /** Bytes of the checkpoints file written so far (where the next header starts). */
  #bytes = 0;
  #firstOfBatch = true;
  #state: ClusterState | undefined;
  /** One encoder for the run's checkpoints: what did not change since the last one is not walked again. */
  #encoder = new StateEncoder();
  count = 0;

  /**
   * @param every facts between checkpoints (at least)
   * @param write receives the file's bytes in order (lines as strings, the states as bytes)
   * @param logHash the log's chain hash after the last fact written (LogWriter.hash)
   * @param logBytes the log's length in bytes after the last fact written
   */
  constructor(private readonly every: number, private readonly write: (chunk: string | Uint8Array) => void,
    private readonly logHash: () => string, private readonly logBytes: () => number,
    private readonly key?: Uint8Array) {}

  /** Subscribe after the log writer, so logHash() already covers each fact seen here. */
  attach(sim: Simulation): void {
    sim.events$.subscribe(({ seq, event }) => this.#fact(seq, event));
    sim.batches$.subscribe(({ state }) => { this.#state = state; this.#firstOfBatch = true; });
  }

  #fact(seq: number, e: ClusterEvent): void {
    // The state after the previous batch is the state between instants only when this fact opens a batch at a new time.
    if (this.#firstOfBatch && e.at > this.#at && this.#since >= this.every && this.#state) {
      this.#checkpoint(seq - 1, this.#at, this.#logHash, this.#logBytes, this.#state);
      this.#since = 0;
    }
    this.#firstOfBatch = false;
    this.#since++;
    this.#at = e.at;
    this.#logHash = this.logHash();
    this.#logBytes = this.logBytes();
  }

  #checkpoint(seq: number, at: Millis, logHash: string, logOffset: number, state: ClusterState): void {
    if (this.#encoder.stale) this.#encoder = new StateEncoder();
    const [head, bytes, end] = checkpointChunks({ seq, at, log: logHash, logOffset }, state, this.#bytes, this.key,
      this.#encoder);
    this.write(head);
    this.write(bytes);
    this.write(end);
    this.#bytes += Buffer.byteLength(head) + bytes.length + Buffer.byteLength(end);
    this.count++;
  }
}

/**
 * One checkpoint as the file holds it: its header line, its state's bytes, and a newline and its
 * end line; `start` is the byte offset of the header in the file.
 */
export function checkpointChunks(h: CheckpointHeader, state: ClusterState, start: number,
  key?: Uint8Array, encoder = new StateEncoder()): [head: string, state: Uint8Array, end: string] {
  const bytes = encoder.encode(state);
  const head = JSON.stringify({ checkpoint: h.seq, at: h.at, log: h.log, logOffset: h.logOffset,
    format: CHECKPOINT_FORMAT, bytes: bytes.length, sha256: sha256Hex(bytes) });
  const headHash = chainHash(h.log, head, key);
  const end = JSON.stringify({ end: h.seq, at: h.at, start });
  return [hashed(head, headHash), bytes, `\n${hashed(end, chainHash(headHash, end, key))}`];
}

/** A checkpoint that is not what its writer wrote (or not of this format); the message says why. */
export class CheckpointError extends Error {
  override readonly name = 'CheckpointError';
}

export interface CheckpointHeader {
  readonly seq: number;
  readonly at: Millis;
  /** The hash of log line `seq`, which the checkpoint's chain starts from. */
  readonly log: string;
  /** Where log line seq+1 starts (bytes). */
  readonly logOffset: number;
}

/** One checkpoint read from its bytes and checked: its header, its state's bytes, and its length. */
export interface CheckpointBytes {
  readonly header: CheckpointHeader;
  /** The state (decode with checkpointState). */
  readonly state: Uint8Array;
  /** Bytes from the header's first to the end line's newline. */
  readonly length: number;
}

const NL = 10;
const decoder = new TextDecoder();
const OLD_FORMAT = 'written by an older kubesim (checkpoint format 1, the state as JSON lines): run the scenario ' +
  'again with --checkpoint-every to rewrite it';

/** A line's text and its chained body (the line without its hash), checked against `prev`; returns its hash. */
function chained(text: string, prev: string, what: string, key?: Uint8Array): { body: Record<string, unknown>;
  hash: string } {
  const cut = text.lastIndexOf(',"hash":"');
  let body: Record<string, unknown>;
  try { body = JSON.parse(text) as Record<string, unknown>; } catch { throw new CheckpointError(
    `its ${what} is not valid JSON`); }
  if (cut < 0 || typeof body.hash !== 'string') throw new CheckpointError(`its ${what} has no hash field`);
  const hash = chainHash(prev, `${text.slice(0, cut)}}`, key);
  if (hash !== body.hash) throw new CheckpointError(`hash chain broken at its ${what}: the checkpoint was ` +
    'changed, or it is not a checkpoint of this log');
  return { body, hash };
}

/**
 * The checkpoint whose header starts at byte 0 of `bytes` (which may go on past it), checked: its
 * two lines' chain from the log hash its header names, and its state's SHA-256. The state is not
 * decoded. Throws CheckpointError (the caller names the file and the byte offset).
 */
export function checkpointAt(bytes: Uint8Array, key?: Uint8Array): CheckpointBytes {
  const nl = bytes.indexOf(NL);
  if (nl < 0) throw new CheckpointError('its header line is cut (is the file truncated?)');
  const text = decoder.decode(bytes.subarray(0, nl));
  let h: Record<string, unknown>;
  try { h = JSON.parse(text) as Record<string, unknown>; } catch { throw new CheckpointError(
    'not a checkpoint header (not valid JSON)'); }
  if (!Number.isSafeInteger(h.checkpoint) || !Number.isSafeInteger(h.at) || typeof h.log !== 'string') throw new
    CheckpointError('not a checkpoint header (it needs checkpoint, at and log)');
  if (h.format === undefined) throw new CheckpointError(OLD_FORMAT);
  if (h.format !== CHECKPOINT_FORMAT || !Number.isSafeInteger(h.bytes) || !Number.isSafeInteger(h.logOffset)
    || typeof h.sha256 !== 'string') throw new CheckpointError(`checkpoint format ${JSON.stringify(h.format)}: ` +
    `this kubesim reads format ${CHECKPOINT_FORMAT}`);
  const head = chained(text, h.log as string, 'header', key);
  const from = nl + 1, to = from + (h.bytes as number);
  if (to >= bytes.length || bytes[to] !== NL) throw new CheckpointError(
    `its state (${h.bytes as number} bytes) is cut or not followed by its end line (is the file truncated?)`);
  const state = bytes.subarray(from, to);
  if (sha256Hex(state) !== h.sha256) throw new CheckpointError('hash chain broken at its state: its bytes differ ' +
    'from the SHA-256 its header records (the checkpoint was changed)');
  const endNl = bytes.indexOf(NL, to + 1);
  if (endNl < 0) throw new CheckpointError('its end line is cut (is the file truncated?)');
  const end = chained(decoder.decode(bytes.subarray(to + 1, endNl)), head.hash, 'end line', key).body;
  if (end.end !== h.checkpoint || end.at !== h.at) throw new CheckpointError('its end line does not match its header');
  return { header: { seq: h.checkpoint as number, at: h.at as number, log: h.log as string,
    logOffset: h.logOffset as number }, state, length: endNl + 1 };
}

/** A checkpoint's state, decoded (reducers/snapshot.ts). */
export const checkpointState = (c: CheckpointBytes): ClusterState => decodeState(c.state);

/**
 * A checkpoint's end line (the last line before byte `to` of the file): its seq, time and the
 * byte offset of its header, which let a reader walk the checkpoints back from the file's end.
 */
export function checkpointEnd(text: string): { seq: number; at: Millis; start: number } | undefined {
  let e: { end?: unknown; at?: unknown; start?: unknown };
  try { e = JSON.parse(text) as typeof e; } catch { return undefined; }
  if (!Number.isSafeInteger(e.end) || !Number.isSafeInteger(e.at) || !Number.isSafeInteger(e.start)) return undefined;
  return { seq: e.end as number, at: e.at as number, start: e.start as number };
}

/** Every checkpoint of a checkpoints file held whole (tests and small logs), checked, in order. */
export function checkpointsIn(bytes: Uint8Array, key?: Uint8Array): CheckpointBytes[] {
  const out: CheckpointBytes[] = [];
  for (let at = 0; at < bytes.length;) {
    const c = checkpointAt(bytes.subarray(at), key);
    out.push(c);
    at += c.length;
  }
  return out;
}
