/**
 * The webhook updates answered 200 whose handlers have not finished, bounded: WhatsApp does not
 * re-send an update it got a 200 for, so past the bound the receiver answers 503 instead and
 * WhatsApp tries again later, rather than the backlog growing until the process runs out of
 * memory.
 */
export class PendingUpdates {
  /** The most updates that may wait or run at once. */
  readonly max: number;
  readonly #runs = new Set<Promise<void>>();
  #count = 0;

  constructor(max: number) {
    if (!Number.isSafeInteger(max) || max < 1) {
      throw new TypeError("maxPendingUpdates must be a whole number >= 1");
    }
    this.max = max;
  }

  /** The updates received and not yet handled. */
  get size(): number {
    return this.#count;
  }

  /**
   * Whether a batch of `count` updates fits. A batch larger than the bound alone still fits
   * when nothing is pending, so that it is not refused forever.
   */
  fits(count: number): boolean {
    return this.#count === 0 || this.#count + count <= this.max;
  }

  /** Counts the `count` updates of `run` as pending until it settles. */
  track(run: Promise<void>, count: number): void {
    this.#count += count;
    this.#runs.add(run);
    void run.finally(() => {
      this.#count -= count;
      this.#runs.delete(run);
    });
  }

  /** Resolves when every update tracked so far was handled. */
  async idle(): Promise<void> {
    while (this.#runs.size > 0) await Promise.allSettled(this.#runs);
  }
}
