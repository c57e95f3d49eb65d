/**
 * A bounded hand-over between a producer and a consumer that run side by side: `push` waits
 * while `capacity` items are queued, so the producer stays at most that far ahead.
 */
export class Channel<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private closed = false;
  private failure: unknown;
  private wakeConsumer: (() => void) | undefined;
  private wakeProducer: (() => void) | undefined;

  constructor(private readonly capacity: number) {}

  async push(item: T): Promise<void> {
    while (this.items.length >= this.capacity) await new Promise<void>((resolve) => (this.wakeProducer = resolve));
    this.items.push(item);
    this.wakeConsumer?.();
  }

  /** Ends the stream; with an error, the consumer's next read throws it. */
  close(error?: unknown): void {
    this.closed = true;
    this.failure = error;
    this.wakeConsumer?.();
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
