/** The simulation's clock: integer milliseconds that only move forward. */
export class VirtualClock {
    #now = 0;
    get now() {
        return this.#now;
    }
    advanceTo(t) {
        if (!Number.isInteger(t))
            throw new RangeError(`virtual time must be whole milliseconds, got ${t}`);
        if (t < this.#now)
            throw new RangeError(`unable to travel back in time: now ${this.#now} ms, asked ${t} ms`);
        this.#now = t;
    }
}
