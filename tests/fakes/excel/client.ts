/**
 * The request-context machinery: every write and load is queued and happens only at sync();
 * a property can be read only after it was loaded AND synced. One sync = one round trip.
 */
import { FakeOfficeError, notLoaded, type FakeErrorCode } from "./errors";
import type { BookData } from "./model";

export interface FakeEnv {
  book: BookData;
  syncCount: number;
  /** Queued operations (loads and writes) so far: shows whether writes are batched per range. */
  operationCount: number;
  isSetSupported(name: string, version: string): boolean;
  /** Bytes of each request and response that went through the real office.js client (server.ts). */
  traffic: Traffic[];
  /** Page layout fails as in an Excel with no printer set up (FakeExcelOptions.rejectPageLayout). */
  rejectPageLayout?: boolean;
  /** The next round trip fails with this code before running anything (failNextRequest). */
  failNext?: string;
}

/** One request through the real client: its bytes, and the error code if Excel on the web refused it. */
export interface Traffic {
  requestBytes: number;
  responseBytes: number;
  refused?: "RequestPayloadSizeLimitExceeded" | "ResponsePayloadSizeLimitExceeded";
}

export class FakeContext {
  private queue: Array<() => void> = [];
  private closed = false;

  constructor(readonly env: FakeEnv) {}

  get book(): BookData {
    return this.env.book;
  }

  enqueue(op: () => void): void {
    if (this.closed) throw new FakeOfficeError("InvalidObjectPath", "This object was created in another Excel.run batch, which has ended; it cannot be used any more.");
    this.env.operationCount++;
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Runs the queued operations in order; the first failure rejects and drops the rest (as in Excel). */
  async sync(): Promise<void> {
    if (this.closed) throw new FakeOfficeError("InvalidObjectPath", "context.sync() was called after its Excel.run batch ended.");
    await Promise.resolve(); // a round trip is always asynchronous
    const failed = this.runQueued();
    if (failed) throw failed.error;
  }

  /** One round trip, run at once: the queued operations in order up to the first failure (its index and error). */
  runQueued(): { index: number; error: unknown } | undefined {
    this.env.syncCount++;
    const ops = this.queue;
    this.queue = [];
    if (this.env.failNext) {
      const code = this.env.failNext;
      this.env.failNext = undefined;
      return { index: 0, error: new FakeOfficeError(code as FakeErrorCode, `Excel could not process the request (${code}).`) };
    }
    for (let i = 0; i < ops.length; i++) {
      try {
        ops[i]();
      } catch (error) {
        return { index: i, error };
      }
    }
    return undefined;
  }

  close(): void {
    this.closed = true;
  }
}

export type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

/** Property names asked for by load(): "a, b", ["a", "b"], {select: …}; items/ prefixes dropped. */
export function loadList(spec: LoadSpec): string[] | undefined {
  const raw = typeof spec === "object" && spec !== null && !Array.isArray(spec) ? spec.select : spec;
  if (raw === undefined) return undefined;
  const list = (Array.isArray(raw) ? raw : raw.split(",")).map((p) => p.trim().replace(/^items\//, "")).filter((p) => p && p !== "items");
  return list.length ? list : undefined;
}

/**
 * A proxy for one Excel object. `locate` finds the real object when an operation runs (at sync),
 * so getItem of a missing item fails then, not when it is called.
 */
export abstract class ClientObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private target: T | undefined;

  protected constructor(
    protected readonly ctx: FakeContext,
    private readonly locate: () => T | undefined,
    /** For messages: "Worksheet 'Plan'", "Range Plan!A1". */
    protected readonly label: string,
    private readonly nullable = false,
  ) {}

  /** Every property load() with no argument reads. */
  protected abstract readonly scalarProperties: string[];
  protected abstract readProperty(target: T, property: string): unknown;

  get context(): FakeContext {
    return this.ctx;
  }

  /** The real object; ItemNotFound when it is missing (also for a null object being used). */
  protected resolve(): T {
    if (this.target !== undefined) return this.target;
    const found = this.locate();
    if (found === undefined) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (${this.label}).`);
    this.target = found;
    return found;
  }

  load(spec?: LoadSpec): this {
    const props = loadList(spec) ?? this.scalarProperties;
    this.ctx.enqueue(() => {
      const t = this.nullable ? this.locate() : this.resolve();
      this.fill(t, props);
    });
    return this;
  }

  /** Records loaded values (used by load() and by collections loading their items). */
  fill(t: T | undefined, props: string[]): void {
    this.loaded.set("isNullObject", t === undefined);
    if (t === undefined) return;
    for (const p of props) {
      if (!this.scalarProperties.includes(p))
        throw new FakeOfficeError("InvalidArgument", `The property '${p}' does not exist on ${this.label} (or the fake does not support loading it).`);
      this.loaded.set(p, structuredCloneish(this.readProperty(t, p)));
    }
  }

  protected loadedValue<V>(property: string): V {
    if (!this.loaded.has(property)) throw notLoaded(this.label, property);
    return this.loaded.get(property) as V;
  }

  get isNullObject(): boolean {
    return this.loadedValue<boolean>("isNullObject");
  }

  /** Queues a change to the real object. */
  protected write(action: (target: T) => void): void {
    this.ctx.enqueue(() => action(this.resolve()));
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries([...this.loaded].filter(([k]) => k !== "isNullObject"));
  }
}

/** Loaded arrays are copies: later writes must not show through an earlier load. */
function structuredCloneish(v: unknown): unknown {
  return Array.isArray(v) ? v.map((row) => (Array.isArray(row) ? [...row] : row)) : v;
}

/** Defines write-only properties whose setter queues `apply`; reading them throws PropertyNotLoaded. */
export function writeOnly(obj: object, label: string, setters: Record<string, (value: unknown) => void>): void {
  for (const [property, set] of Object.entries(setters)) {
    Object.defineProperty(obj, property, {
      enumerable: true,
      get() {
        throw notLoaded(label, property);
      },
      set(value: unknown) {
        set(value);
      },
    });
  }
}
