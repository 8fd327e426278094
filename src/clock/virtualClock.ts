import type { Millis } from '../api/ids.js';

/** The simulation's clock: integer milliseconds that only move forward. */
export class VirtualClock {
  #now: Millis = 0;

  get now(): Millis {
    return this.#now;
  }

  advanceTo(t: Millis): void {
    if (!Number.isInteger(t)) throw new RangeError(`virtual time must be whole milliseconds, got ${t}`);
    if (t < this.#now) throw new RangeError(`unable to travel back in time: now ${this.#now} ms, asked ${t} ms`);
    this.#now = t;
  }
}
