/**
 * The plugins whose PreFilter (or PreScore) returned Skip in the current attempt, reused by every
 * attempt without allocating: a name maps to the attempt it was last skipped in. (A Set's clear()
 * made a new table every attempt, and an emptied array a new backing store: ~350 bytes per attempt.)
 */
export class Skips {
  readonly #at = new Map<string, number>();
  #attempt = 0;
  #count = 0;

  /** Forgets the previous attempt's skips. */
  begin(): void {
    this.#attempt++;
    this.#count = 0;
  }

  add(name: string): void {
    if (this.#at.get(name) === this.#attempt) return;
    this.#at.set(name, this.#attempt);
    this.#count++;
  }

  has(name: string): boolean {
    return this.#at.get(name) === this.#attempt;
  }

  get size(): number {
    return this.#count;
  }
}
