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
import { encodeState } from '../reducers/snapshotWriter.js';
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
 * `kubesim verify` of a log's checkpoints: each names the log's hash at its seq, sits between two
 * instants, is intact (chain, state digest), and holds exactly the state the facts before it
 * replay to (the same bytes). Returns how many were checked (0 without a checkpoints file).
 */
export function verifyCheckpoints(log: string, events: readonly ClusterEvent[], hashes: readonly string[],
  key?: Uint8Array): number {
  let state: ClusterState | undefined, seq = 0, n = 0;
  for (const c of checkpointsOf(log, key)) {
    const h = c.header;
    const bad = (m: string) =>
      new CliError(`${checkpointsFile(log)}: the checkpoint at byte ${c.start} (seq ${h.seq}): ${m}`);
    if (h.seq < seq || h.seq > events.length) throw bad('out of order or past the log\'s end');
    if (hashes[h.seq] !== h.log) throw bad(`names log hash ${h.log}, but line ${h.seq + 1} of the log has ` +
      `${hashes[h.seq]}: it is not a checkpoint of this log`);
    if (h.at !== events[h.seq - 1]?.at || (events[h.seq] && events[h.seq].at === h.at)) throw bad(
      `is not between two instants of the log (at ${h.at})`);
    state = replay(events.slice(seq, h.seq), undefined, state);
    seq = h.seq;
    // A run's checkpoints share one encoder (numbering by first sight): compare the states' own encodings.
    if (!Buffer.from(encodeState(state)).equals(encodeState(decoded(checkpointsFile(log), c.start, c)))) throw bad(
      'its state differs from the replay of the facts before it');
    n++;
  }
  return n;
}
