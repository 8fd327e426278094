import type { Millis } from '../api/ids.js';
import type { ClusterEvent } from '../events/index.js';
import { LogError, LogReader } from '../engine/log.js';
import { CliError } from './io.js';
import { openBytes } from './checkpoints.js';
import { textLines } from './fileLines.js';

/** How `text` appears inside a JSON string of the log (a name as a fact's field holds it). */
export const asInJson = (text: string): string => JSON.stringify(text).slice(1, -1);

/**
 * The facts of a log up to virtual time `at` whose lines hold one of `needles`, read as a stream:
 * a line is parsed only when a substring search finds a needle in it, and every line up to `at`
 * is checked as replay checks a log's tail (chain, seq, time; the fields of the facts returned),
 * so a changed line is refused even when its fact is not wanted. A view of one object (describe)
 * needs only the facts that name it: a day's log is millions of lines.
 */
export function factsNaming(file: string, needles: readonly string[], at: Millis, key?: Uint8Array): ClusterEvent[] {
  const lg = openBytes(file);
  const reader = new LogReader(key, undefined, false);
  const facts: ClusterEvent[] = [];
  try {
    let header = true;
    for (const [text, last] of textLines(lg)) {
      if (header) { reader.line(text, last); header = false; continue; }
      if (!needles.some((n) => text.includes(n))) { if (reader.skim(text, last) > at) break; continue; }
      const e = reader.line(text, last)!;
      if (e.at > at) break;
      facts.push(e);
    }
    if (header) reader.end(); // an empty log
  } catch (e) {
    if (e instanceof LogError) throw new CliError(`${file}: ${e.message}`);
    throw e;
  } finally { lg.close(); }
  return facts;
}
