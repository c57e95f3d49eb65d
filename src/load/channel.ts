/**
 * A bounded hand-over between a producer and a consumer that run side by side: `push` waits
 * while `capacity` items are queued, so the producer stays at most that far ahead.
 */
export class Channel<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private closed = false;
  private cancelled = false;
  private failure: unknown;
  private wakeConsumer: (() => void) | undefined;
  private wakeProducer: (() => void) | undefined;

  constructor(private readonly capacity: number) {}

  /** Waits for room; throws once the consumer has gone (see `cancel`), which stops the producer. */
  async push(item: T): Promise<void> {
    while (this.items.length >= this.capacity && !this.cancelled) await new Promise<void>((resolve) => (this.wakeProducer = resolve));
    if (this.cancelled) throw new Error('channel cancelled: the consumer stopped');
    this.items.push(item);
    this.wakeConsumer?.();
  }

  /** Ends the stream; with an error, the consumer's next read throws it. */
  close(error?: unknown): void {
    this.closed = true;
    this.failure = error;
    this.wakeConsumer?.();
  }

  /** The consumer gives up: the producer's waiting or next push throws. */
  cancel(): void {
    this.cancelled = true;
    this.items.length = 0;
    this.wakeProducer?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      if (this.items.length > 0) {
        const item = this.items.shift()!;
        this.wakeProducer?.();
        yield item;
      } else if (this.closed) {
        if (this.failure !== undefined) throw this.failure;
        return;
      } else {
        await new Promise<void>((resolve) => (this.wakeConsumer = resolve));
      }
    }
  }
}
