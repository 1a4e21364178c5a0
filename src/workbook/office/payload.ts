/**
 * Excel on the web refuses a request over 5 MB. Writes are counted as they are queued; when the
 * next one would take the request past 2.5 MB (half the limit: the estimate is an upper bound
 * calibrated against the real office.js client's serialization, see docs/excel-limits.md), what
 * is queued is sent first. A plan up to 10 × 5 stays one request; a huge one becomes several, and
 * is then not atomic (each chunk lands on its own).
 */
export const REQUEST_BUDGET_BYTES = 2_500_000;
/**
 * What one queued call without data costs in the request: the action (~110 bytes) and its share of
 * object paths. With RANGE_BYTES, calibrated on `npm run bench` so the largest New plan request at
 * 10 × 5 stays under 2.5 MB as office.js serializes it (docs/excel-limits.md).
 */
export const CALL_BYTES = 140;
/** A Range inside Excel.run: its object path, two instantiations and a _KeepReference action. */
export const RANGE_BYTES = 430;

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
