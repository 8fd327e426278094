/**
 * Protocol Buffers' wire format (protobuf.dev/programming-guides/encoding): keys and varints,
 * length-delimited bytes, 32- and 64-bit words. Enough to read what client-go's protobuf
 * serializer writes; kubesim never writes protobuf (it answers in JSON, which clients accept).
 */
export const VARINT = 0, FIXED64 = 1, LENGTH_DELIMITED = 2, FIXED32 = 5;

export class WireError extends Error {}

export class WireReader {
  #pos: number;

  constructor(readonly buf: Uint8Array, start = 0, readonly end = buf.length) {
    this.#pos = start;
  }

  get done(): boolean { return this.#pos >= this.end; }

  /** A varint as a 64-bit two's-complement integer (negative int32 and int64 take ten bytes). */
  varint(): bigint {
    let v = 0n, shift = 0n;
    for (;;) {
      if (this.#pos >= this.end) throw new WireError(`a varint runs past the end at byte ${this.#pos}`);
      const b = this.buf[this.#pos++];
      v |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return BigInt.asIntN(64, v);
      shift += 7n;
      if (shift > 63n) throw new WireError(`a varint longer than ten bytes at byte ${this.#pos}`);
    }
  }

  /** A field's key: its number and wire type. */
  key(): { number: number; wire: number } {
    const k = Number(this.varint());
    return { number: Math.floor(k / 8), wire: k & 7 };
  }

  /** A length-delimited value (string, bytes, message, packed list) as a view into the buffer. */
  bytes(): Uint8Array {
    const n = Number(this.varint());
    if (n < 0 || this.#pos + n > this.end) throw new WireError(`a ${n}-byte value runs past the end at byte ${
      this.#pos}`);
    const out = this.buf.subarray(this.#pos, this.#pos + n);
    this.#pos += n;
    return out;
  }

  fixed64(): DataView { return this.#fixed(8); }

  fixed32(): DataView { return this.#fixed(4); }

  /** Skips a value of the wire type; returns whether it was empty (zero or no bytes). */
  skip(wire: number): boolean {
    if (wire === VARINT) return this.varint() === 0n;
    if (wire === LENGTH_DELIMITED) return this.bytes().length === 0;
    if (wire === FIXED64) return this.fixed64().getBigUint64(0, true) === 0n;
    if (wire === FIXED32) return this.fixed32().getUint32(0, true) === 0;
    throw new WireError(`wire type ${wire} (groups) at byte ${this.#pos}`);
  }

  #fixed(n: number): DataView {
    if (this.#pos + n > this.end) throw new WireError(`a ${n}-byte word runs past the end at byte ${this.#pos}`);
    const view = new DataView(this.buf.buffer, this.buf.byteOffset + this.#pos, n);
    this.#pos += n;
    return view;
  }
}
