/**
 * Pulls a stream of buffers on demand, so a container member is read once, front to back, whatever
 * reads it: the magic check peeks at its start, a leaf is copied into scan chunks, a zip is
 * gathered whole (its directory is at the end), a tar or gzip is handed on as a stream.
 */
export class ByteReader {
  readonly #source: AsyncIterator<Buffer>;
  /** Pulled and not yet consumed, oldest first. */
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #isDone = false;
  #pulledBytes = 0;

  constructor(source: AsyncIterable<Buffer> | Iterable<Buffer>) {
    this.#source = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : toAsync(source)[Symbol.asyncIterator]();
  }

  /** Pulls one more buffer; false at the end. */
  async #pull(): Promise<boolean> {
    if (this.#isDone) return false;
    const next = await this.#source.next();
    if (next.done) {
      this.#isDone = true;
      return false;
    }
    this.#pulledBytes += next.value.length;
    if (next.value.length) {
      this.#pending.push(next.value);
      this.#pendingBytes += next.value.length;
    }
    return true;
  }

  /** Bytes taken from the stream so far, read or not. */
  get pulledBytes(): number {
    return this.#pulledBytes;
  }

  /** Up to `length` first unread bytes, left unread. */
  async peek(length: number): Promise<Buffer> {
    while (this.#pendingBytes < length && (await this.#pull()));
    const joined = this.#pending.length > 1 ? Buffer.concat(this.#pending) : (this.#pending[0] ?? Buffer.alloc(0));
    this.#pending = joined.length ? [joined] : [];
    return joined.subarray(0, length);
  }

  /**
   * Pulls until more than `limit` bytes are held or the stream ends; true when all of it fits.
   * What was pulled stays unread either way (takeAll, or rest for a raw scan).
   */
  async fill(limit: number): Promise<boolean> {
    while (this.#pendingBytes <= limit && (await this.#pull()));
    return this.#isDone && this.#pendingBytes <= limit;
  }

  /** Everything held (after a fill that returned true: the whole rest). */
  takeAll(): Buffer {
    const all = this.#pending.length === 1 ? this.#pending[0]! : Buffer.concat(this.#pending);
    this.#pending = [];
    this.#pendingBytes = 0;
    return all;
  }

  /** Copies the next bytes into `into` at `at`; fewer than `length` only at the end. */
  async read(into: Buffer, at: number, length: number): Promise<number> {
    let copied = 0;
    while (copied < length) {
      if (!this.#pending.length && !(await this.#pull())) break;
      const first = this.#pending[0]!;
      const n = first.copy(into, at + copied, 0, Math.min(first.length, length - copied));
      copied += n;
      this.#pendingBytes -= n;
      if (n === first.length) this.#pending.shift();
      else this.#pending[0] = first.subarray(n);
    }
    return copied;
  }

  /** The unread bytes as a stream (for a decompressor or a tar parser). */
  async *rest(): AsyncGenerator<Buffer> {
    for (;;) {
      while (this.#pending.length) {
        const first = this.#pending.shift()!;
        this.#pendingBytes -= first.length;
        yield first;
      }
      if (!(await this.#pull())) return;
    }
  }

  /** Reads to the end without keeping anything, so the stream it came from can move on. */
  async discard(): Promise<void> {
    do {
      this.#pending = [];
      this.#pendingBytes = 0;
    } while (await this.#pull());
  }
}

async function* toAsync(buffers: Iterable<Buffer>): AsyncGenerator<Buffer> {
  yield* buffers;
}
