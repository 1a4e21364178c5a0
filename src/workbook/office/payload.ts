/**
 * Excel on the web refuses a request over 5 MB. Writes are counted as they are queued; when the
 * next one would take the request past ~4 MB (headroom for Office's own envelope), what is queued
 * is sent first. Normal plans stay far below, so apply stays one round trip; a huge one becomes
 * several, and is then not atomic (each chunk lands on its own).
 */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** What one queued call without data costs in the request, roughly. */
export const CALL_BYTES = 200;

export class Payload {
  private used = 0;

  constructor(
    private readonly send: () => Promise<void>,
    readonly budget = REQUEST_BUDGET_BYTES,
  ) {}

  /** Call before queueing a write of about `bytes`. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.budget) {
      await this.send();
      this.used = 0;
    }
    this.used += bytes;
  }

  /** Bytes of a 2-D array as JSON, with the call's own overhead. */
  static sizeOf(rows: unknown[][]): number {
    let n = CALL_BYTES;
    for (const row of rows) n += JSON.stringify(row).length + 1;
    return n;
  }
}
