/**
 * The lines of a file held as bytes (a log or its checkpoints, up to gigabytes): found with a
 * byte search and decoded one at a time, so reading the middle of a log does not turn all of it
 * into strings.
 */
export class Lines {
    #bytes;
    /** Start offsets of the lines found so far; the next search starts after the last one. */
    #starts = [0];
    #done = false;
    #decoder = new TextDecoder();
    constructor(bytes) {
        this.#bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    /** Whether line `i` (0-based) exists; finds line starts up to it. */
    has(i) {
        while (this.#starts.length <= i + 1 && !this.#done) {
            const from = this.#starts[this.#starts.length - 1];
            const nl = this.#bytes.indexOf(10, from);
            if (nl < 0) {
                this.#done = true;
                if (from < this.#bytes.length)
                    this.#starts.push(this.#bytes.length + 1);
            }
            else
                this.#starts.push(nl + 1);
        }
        return i + 1 < this.#starts.length;
    }
    /** Line `i` without its newline (has(i) must be true). */
    line(i) {
        if (!this.has(i))
            throw new RangeError(`no line ${i + 1}`);
        return this.#decoder.decode(this.#bytes.subarray(this.#starts[i], this.#starts[i + 1] - 1));
    }
    /** Whether line `i` starts with `prefix` (ASCII), without decoding it. */
    startsWith(i, prefix) {
        if (!this.has(i))
            return false;
        const s = this.#starts[i];
        for (let k = 0; k < prefix.length; k++)
            if (this.#bytes[s + k] !== prefix.charCodeAt(k))
                return false;
        return true;
    }
    /** How many lines there are (finds them all). */
    get count() {
        while (!this.#done)
            this.has(this.#starts.length);
        return this.#starts.length - 1;
    }
}
