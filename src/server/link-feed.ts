import type { Database } from '../db/database.js';
import { int } from '../db/database.js';
import type { LinkEvent, LinkFeed } from '../graphql/context.js';
import type { Logger } from './logger.js';

/** Most links read per poll; a larger backlog is read over the next polls, in order. */
const PAGE = 50_000;

/**
 * Follows the graph's ingest watermark (cypher/load-watermark.cypher): every `intervalMs` it
 * reads the watermark and, when it moved, the links stamped since, and hands each to every
 * listener. Any process's loader stamps what it commits, so CLI ingests arrive like the
 * mutation's. When the database is down the poll fails and is tried again on the next tick;
 * as the watermark is in the graph, links committed meanwhile are delivered once it is back.
 */
export class WatermarkFeed implements LinkFeed {
  private seen: number | undefined;
  /** How often the watermark went back (a wiped or replaced database): older marks mean nothing then. */
  private resets = 0;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private readonly listeners = new Set<(event: LinkEvent, seq: number) => void>();
  private readonly movedHandlers: Array<() => void> = [];

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly intervalMs = 1_000,
  ) {}

  /** Called whenever the watermark moves (an ingest in any process); the server clears its name cache. */
  onMoved(handler: () => void): void {
    this.movedHandlers.push(handler);
  }

  start(): void {
    if (this.timer || this.intervalMs <= 0) return;
    const tick = () => {
      this.polling = this.poll().finally(() => {
        if (this.timer) this.timer = setTimeout(tick, this.intervalMs).unref();
      });
    };
    this.timer = setTimeout(tick, 0).unref();
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.polling;
  }

  /** One poll; exposed so tests can drive the feed without waiting for the timer. */
  async poll(): Promise<void> {
    try {
      const upto = (await this.db.read<{ seq: number }>('api-watermark'))[0]?.seq ?? 0;
      // The first read only sets the mark: a new server does not replay history.
      if (this.seen === undefined || upto < this.seen) {
        if (this.seen !== undefined) this.resets++;
        this.seen = upto;
        return;
      }
      if (upto === this.seen) return;
      for (const handler of this.movedHandlers) handler();
      while (this.seen < upto) {
        const rows = await this.db.read<LinkEvent & { seq: number }>('api-links-since', { after: this.seen, upto, limit: int(PAGE) });
        let next = upto;
        let deliver = rows;
        if (rows.length === PAGE) {
          // A full page may end inside a batch: deliver the batches it holds whole, read on from there.
          const last = rows[rows.length - 1]!.seq;
          deliver = rows.filter((row) => row.seq < last);
          next = last - 1;
          if (deliver.length === 0) {
            this.logger.warn({ seq: last }, `link feed: one ingest batch has over ${PAGE} new links; delivering the first ${PAGE}`);
            deliver = rows;
            next = last;
          }
        }
        for (const { seq, ...event } of deliver) this.emit(event, seq);
        this.seen = next;
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'link feed: polling the ingest watermark failed; trying again');
    }
  }

  /**
   * Links committed after the call, until `signal` aborts. The listener joins first and then reads
   * the watermark, so a link the poller has not delivered yet but was committed before the call
   * (an ingest a moment earlier) is not replayed, and none committed after it is missed. With the
   * database down that read fails and the feed's own mark stands in.
   */
  listen(signal: AbortSignal): AsyncIterable<LinkEvent> {
    const queue: Array<{ event: LinkEvent; seq: number }> = [];
    let wake: (() => void) | undefined;
    const listener = (event: LinkEvent, seq: number) => {
      queue.push({ event, seq });
      wake?.();
    };
    const listeners = this.listeners;
    const mark = () => this.mark();
    const resets = () => this.resets;
    return {
      async *[Symbol.asyncIterator]() {
        listeners.add(listener);
        const onAbort = () => wake?.();
        signal.addEventListener('abort', onAbort);
        try {
          const joined = resets();
          const from = await mark();
          while (!signal.aborted) {
            if (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
            wake = undefined;
            while (queue.length > 0 && !signal.aborted) {
              const { event, seq } = queue.shift()!;
              if (seq > from || resets() !== joined) yield event;
            }
          }
        } finally {
          listeners.delete(listener);
          signal.removeEventListener('abort', onAbort);
        }
      },
    };
  }

  /** The watermark now, or the last one this feed saw when the database cannot be read. */
  private async mark(): Promise<number> {
    try {
      return (await this.db.read<{ seq: number }>('api-watermark'))[0]?.seq ?? 0;
    } catch {
      return this.seen ?? 0;
    }
  }

  private emit(event: LinkEvent, seq: number): void {
    for (const listener of this.listeners) listener(event, seq);
  }
}
