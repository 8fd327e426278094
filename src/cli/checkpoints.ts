import { existsSync, rmSync } from 'node:fs';
import type { Millis } from '../api/ids.js';
import type { LogHeader } from '../engine/log.js';
import { LogError } from '../engine/log.js';
import { checkpointLine, factsAfter, logHeader } from '../engine/logTail.js';
import { replay } from '../engine/replay.js';
import { checkpointAt, checkpointEnd, CheckpointError, CHECKPOINTS_SUFFIX, checkpointState,
  type CheckpointBytes } from '../engine/checkpoint.js';
import { FileBytes } from './fileLines.js';
import type { ClusterState } from '../reducers/state.js';
import { SnapshotError } from '../reducers/snapshot.js';
import { snapshotDifference } from '../reducers/snapshotCompare.js';
import type { ClusterEvent } from '../events/index.js';
import { CliError } from './io.js';
import { unreadableReason } from './walk.js';

/** The checkpoints file of a log (run --checkpoint-every writes it next to the log). */
export const checkpointsFile = (log: string): string => `${log}${CHECKPOINTS_SUFFIX}`;

/** Removes a checkpoints file left by an earlier run writing the same log (it would name another log). */
export function removeStaleCheckpoints(log: string): void {
  rmSync(checkpointsFile(log), { force: true });
}

export interface StateFromCheckpoint {
  readonly state: ClusterState;
  readonly header: LogHeader;
  /** Facts in the log, and the hash its last line records (`kubesim verify` checks both). */
  readonly events: number;
  readonly hash: string;
  /** The checkpoint's seq and time, and the facts replayed after it. */
  readonly from: { readonly seq: number; readonly at: Millis; readonly replayed: number };
  /** The time of the log's last fact. */
  readonly end: Millis;
}

/**
 * The state of a log at `at`, from its nearest checkpoint at or before `at` and the facts after it
 * (engine/checkpoint.ts); undefined when the log has no checkpoints file or none before `at`.
 */
export function stateFromCheckpoint(log: string, at: Millis, key?: Uint8Array): StateFromCheckpoint | undefined {
  const file = checkpointsFile(log);
  if (!existsSync(file)) return undefined;
  const ck = openBytes(file);
  try {
    const found = nearestCheckpoint(ck, at, key);
    if (!found) return undefined;
    const state = decoded(file, found.start, found.checkpoint);
    const lg = openBytes(log);
    try { return fromCheckpoint(found.checkpoint, state, lg, at, key); } catch (e) {
      if (e instanceof LogError) throw new CliError(`${log}: ${e.message}`);
      if (e instanceof SyntaxError) throw new CliError(
        `${log}: its last line is not valid JSON (is the log truncated?)`);
      throw e;
    } finally { lg.close(); }
  } finally { ck.close(); }
}

export const openBytes = (path: string): FileBytes => {
  try { return new FileBytes(path); } catch (e) { throw new CliError(`${path}: ${unreadableReason(path, e)}`); }
};

/** A checkpoint's state, its errors naming the file and the checkpoint's byte offset. */
function decoded(file: string, start: number, c: CheckpointBytes): ClusterState {
  try { return checkpointState(c); } catch (e) {
    if (e instanceof SnapshotError) throw new CliError(`${file}: the checkpoint at byte ${start}: ${e.message}`);
    throw e;
  }
}

/** The checkpoint whose header starts at byte `start` and which ends at `to` (when known), checked. */
function readCheckpointAt(ck: FileBytes, start: number, to: number | undefined, key?: Uint8Array): CheckpointBytes {
  const where = `${ck.path}: the checkpoint at byte ${start}`;
  try {
    if (to === undefined) {
      // The header says how many bytes follow it; the end line is short.
      const head = ck.read(start, Math.min(ck.size, start + 64 * 1024));
      const nl = head.indexOf(10);
      const bytes = nl < 0 ? undefined : (JSON.parse(head.subarray(0, nl).toString()) as { bytes?: unknown }).bytes;
      to = Math.min(ck.size, start + nl + 1 + (Number.isSafeInteger(bytes) ? bytes as number : 0) + 1 + 4096);
    }
    return checkpointAt(ck.read(start, to), key);
  } catch (e) {
    if (e instanceof CheckpointError) throw new CliError(`${where}: ${e.message}`);
    if (e instanceof SyntaxError) throw new CliError(`${where}: not a checkpoint header (not valid JSON)`);
    throw e;
  }
}

/**
 * The checkpoint named by the last end line at or before `at`, found by walking the end lines
 * back from the file's end (the line before a header is the previous checkpoint's end line), and
 * read alone: its bytes, then its chain from the log's hash (engine/checkpoint.ts).
 */
function nearestCheckpoint(ck: FileBytes, at: Millis, key?: Uint8Array):
  { checkpoint: CheckpointBytes; start: number } | undefined {
  const file = ck.path;
  for (let to = ck.size; ;) {
    const line = ck.lineEndingAt(to);
    if (!line) return undefined;
    const end = checkpointEnd(line.text);
    if (!end || end.start >= line.start) throw new CliError(
      `${file}: byte ${line.start}: not a checkpoint's end line (is the file truncated or changed?)`);
    if (end.at > at) { to = end.start; continue; }
    const checkpoint = readCheckpointAt(ck, end.start, to, key);
    if (checkpoint.length !== to - end.start || checkpoint.header.seq !== end.seq) throw new CliError(
      `${file}: the checkpoint at byte ${end.start}: its header does not match its end line`);
    return { checkpoint, start: end.start };
  }
}

function fromCheckpoint(c: CheckpointBytes, state: ClusterState, lg: FileBytes, at: Millis,
  key?: Uint8Array): StateFromCheckpoint {
  const h = c.header;
  const head = lg.firstLine();
  if (head === undefined) throw new LogError(1, 'empty log: no header');
  const header = logHeader(head, key);
  const lastText = lg.lineEndingAt(lg.size)?.text ?? '{}';
  const last = JSON.parse(lastText) as { seq?: number; at?: number; hash?: string };
  const named = h.logOffset <= lg.size ? lg.lineEndingAt(h.logOffset) : undefined;
  if (!named) throw new LogError(h.seq + 1, 'the log is shorter than its checkpoints say');
  const fromAt = checkpointLine(named.text, h.seq, h.log);
  const tail = factsAfter(lg.linesFrom(h.logOffset), h.seq, h.log, fromAt, at, key);
  return { state: replay(tail.events, at, state), header, events: last.seq ?? 0, hash: last.hash ?? '',
    from: { seq: h.seq, at: h.at, replayed: tail.events.length }, end: last.at ?? 0 };
}

/**
 * The checkpoints of a log's checkpoints file, read one at a time from its start (a day's file is
 * gigabytes), each checked (chain, state digest) but not decoded; none without a checkpoints file.
 */
export function* checkpointsOf(log: string, key?: Uint8Array): Generator<CheckpointBytes & { start: number }> {
  const file = checkpointsFile(log);
  if (!existsSync(file)) return;
  const ck = openBytes(file);
  try {
    for (let start = 0; start < ck.size;) {
      const c = readCheckpointAt(ck, start, undefined, key);
      yield { ...c, start };
      start += c.length;
    }
  } finally { ck.close(); }
}

/**
 * `kubesim verify` of a log's checkpoints, fed the log's facts as they are read (a day's log is
 * not held): each checkpoint names the log's hash at its seq, sits between two instants, is
 * intact (chain, state digest), and holds exactly the state the facts before it replay to
 * (reducers/snapshotCompare.ts: what equal snapshot bytes mean). The facts are folded an instant
 * at a time, as replay does, and only up to the last checkpoint. A problem is kept until `end`,
 * so a bad log line after it is reported first, as when the log was checked before its checkpoints.
 */
export class CheckpointVerifier {
  readonly #file: string;
  readonly #checkpoints: Generator<CheckpointBytes & { start: number }>;
  #next: (CheckpointBytes & { start: number }) | undefined;
  /** Checkpoints at the last fact read, compared once the next fact shows the instant is over. */
  #due: (CheckpointBytes & { start: number })[] = [];
  #state: ClusterState | undefined;
  #batch: ClusterEvent[] = [];
  #problem: CliError | undefined;
  count = 0;

  constructor(log: string, key?: Uint8Array) {
    this.#file = checkpointsFile(log);
    this.#checkpoints = checkpointsOf(log, key);
    this.#next = this.#read();
  }

  /** The next checkpoint, undefined at the end or when it cannot be read (the problem kept). */
  #read(): (CheckpointBytes & { start: number }) | undefined {
    try {
      const r = this.#checkpoints.next();
      return r.done ? undefined : r.value;
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      this.#problem ??= e;
      return undefined;
    }
  }

  #bad(c: CheckpointBytes & { start: number }, m: string): void {
    this.#problem ??= new CliError(`${this.#file}: the checkpoint at byte ${c.start} (seq ${c.header.seq}): ${m}`);
  }

  /** The fact of log line `seq` (read and checked), whose chain hash is `hash`. */
  fact(e: ClusterEvent, seq: number, hash: string): void {
    if (this.#problem || (!this.#next && !this.#due.length)) return;
    if (this.#batch.length && this.#batch[0].at !== e.at) this.#fold();
    for (const c of this.#due) this.#bad(c, `is not between two instants of the log (at ${c.header.at})`);
    this.#due = [];
    this.#batch.push(e);
    for (let c = this.#next; c && c.header.seq <= seq; c = this.#next = this.#read()) {
      const h = c.header;
      if (h.seq < seq) this.#bad(c, 'out of order or past the log\'s end');
      else if (h.log !== hash) this.#bad(c, `names log hash ${h.log}, but line ${h.seq + 1} of the log has ${hash}: ` +
        'it is not a checkpoint of this log');
      else if (h.at !== e.at) this.#bad(c, `is not between two instants of the log (at ${h.at})`);
      else this.#due.push(c);
    }
  }

  /** Folds the facts of the instant read, then compares the checkpoints due with the state. */
  #fold(): void {
    this.#state = replay(this.#batch, undefined, this.#state);
    this.#batch = [];
    const due = this.#due;
    this.#due = [];
    for (const c of due) {
      let state: ClusterState;
      try { state = decoded(this.#file, c.start, c); } catch (e) {
        if (!(e instanceof CliError)) throw e;
        this.#problem ??= e;
        return;
      }
      const where = snapshotDifference(this.#state, state);
      if (where !== undefined) this.#bad(c,
        `its state differs from the replay of the facts before it (at state${where})`);
      else this.count++;
    }
  }

  /**
   * After the log's last fact: the checkpoints left, and the first problem found (thrown). Returns how many were
   * checked.
   */
  end(): number {
    if (!this.#problem && this.#due.length) this.#fold();
    if (this.#next) this.#bad(this.#next, 'out of order or past the log\'s end');
    if (this.#problem) throw this.#problem;
    return this.count;
  }
}
