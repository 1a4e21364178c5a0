/**
 * The in-memory Excel as a server for the real office.js client: it takes the request bodies the
 * Excel web client (`@microsoft/office-js`, excel-web-16.00.js) serializes at each context.sync()
 * and answers them as Excel would, by replaying each action on the fake's own proxies.
 *
 * The request format (what office.js's ClientRequestContext builds):
 * - `ObjectPaths`: how each object is reached. ObjectPathType 1 the workbook, 3 a method
 *   (`GetRange("B4")`, `Add("Plan")`), 4 a property (`Format`), 5 an indexer (`getItem`),
 *   6 an object the server handed back by `_ReferenceId` in an earlier response.
 * - `Actions` in order. ActionType 1 instantiates a path, 2 queries (load) properties, 3 calls a
 *   method, 4 sets a property. Names are PascalCase; the fake's proxies are camelCase.
 * The response: `{ Results: [{ ActionId, Value }] }`, or `{ Error: { Code, Message, ActionIndex } }`.
 *
 * Excel on the web refuses a request or a response over 5 MB ("Excel on the web has a payload size
 * limit for requests and responses of 5MB", Microsoft Learn, "Performance optimization using the
 * Excel JavaScript API"; error codes RequestPayloadSizeLimitExceeded and
 * ResponsePayloadSizeLimitExceeded in "Error handling with the application-specific JavaScript
 * APIs"). Sizes are the UTF-8 bytes of the JSON bodies. See docs/excel-limits.md.
 *
 * No Node imports: the browser harness may bundle this folder.
 */
import { FakeContext, type FakeEnv } from "./client";
import { FakeOfficeError } from "./errors";
import { FakeNamedItemCollection } from "./names";
import { FakeChartCollection } from "./charts";
import { FakeConditionalFormats } from "./conditionalFormats";
import { FakeWorksheetCollection, sheetId } from "./worksheet";

/** Excel on the web's payload limit, per request and per response. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: Array<number | null> };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ObjectPathInfo["ArgumentInfo"];
  QueryInfo?: { Select?: string[] };
}

export interface RequestBody {
  Actions?: ActionInfo[];
  ObjectPaths?: Record<string, ObjectPathInfo>;
}

export interface ResponseMessage {
  HttpStatusCode: number;
  ErrorCode: string | null;
  ErrorMessage: string | null;
  Headers: Record<string, string>;
  Body: unknown;
}

/** Bytes on the wire: office.js sends the body as JSON text. */
export function jsonBytes(body: unknown): number {
  return new TextEncoder().encode(JSON.stringify(body)).length;
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const upperFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

type Loadable = { load(select?: string[]): unknown; toJSON?(): Record<string, unknown> };
type Collection = Loadable & { items: Array<{ toJSON(): Record<string, unknown> }> };

function isCollection(o: unknown): o is Collection {
  return o instanceof FakeWorksheetCollection || o instanceof FakeNamedItemCollection || o instanceof FakeChartCollection || o instanceof FakeConditionalFormats;
}

/** What Excel returns for a loaded object: its loaded properties in PascalCase; null for a null object. */
function queryResult(o: unknown, idOf: (index: number, item: Record<string, unknown>) => unknown): unknown {
  if (isCollection(o)) {
    // _Id: what the client's indexer sends back to reach the item (a sheet's id, a name's name).
    return { _Items: o.items.map((item, i) => ({ ...pascal(item.toJSON()), _Id: idOf(i, item.toJSON()) })) };
  }
  const target = o as { isNullObject: boolean; toJSON(): Record<string, unknown> };
  if (target.isNullObject) return null;
  return pascal(target.toJSON());
}

function pascal(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [upperFirst(k), v]));
}

/**
 * One office.js request context on the server side: its objects live as long as the context, as
 * the client keeps using them across syncs (a sheet added in one request, styled in the next).
 */
export class ServerSession {
  private readonly ctx: FakeContext;
  private readonly root: { worksheets: FakeWorksheetCollection; names: FakeNamedItemCollection };
  private readonly references = new Map<string, unknown>();
  private nextReference = 1;

  constructor(private readonly env: FakeEnv) {
    this.ctx = new FakeContext(env);
    this.root = { worksheets: new FakeWorksheetCollection(this.ctx), names: new FakeNamedItemCollection(this.ctx) };
  }

  /** Answers one request as Excel on the web would, counting its bytes both ways. */
  handle(body: RequestBody): ResponseMessage {
    // After Excel.run resolves, office.js releases the ranges it kept (_RemoveReference) in a
    // request nobody waits for: not a round trip of the command.
    const actions = body.Actions ?? [];
    const release = (a: ActionInfo) => a.ActionType === 3 && a.Name === "_RemoveReference";
    if (actions.some(release) && actions.every((a) => a.ActionType === 1 || release(a))) return ok({ Results: [] });
    const requestBytes = jsonBytes(body);
    this.env.traffic.push({ requestBytes, responseBytes: 0 });
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      this.env.syncCount++;
      this.env.traffic[this.env.traffic.length - 1].refused = "RequestPayloadSizeLimitExceeded";
      return failure(413, "RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${requestBytes} bytes; Excel on the web accepts 5 MB).`);
    }
    const result = this.replay(body);
    const responseBytes = jsonBytes(result);
    const entry = this.env.traffic[this.env.traffic.length - 1];
    if (responseBytes > PAYLOAD_LIMIT_BYTES) {
      // The request ran (its writes stay), but the answer never comes back: only the error does.
      const refused = failure(
        413,
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${responseBytes} bytes; Excel on the web returns at most 5 MB).`,
      );
      Object.assign(entry, { responseBytes: jsonBytes(refused), refused: refused.ErrorCode });
      return refused;
    }
    entry.responseBytes = responseBytes;
    return ok(result);
  }

  private replay(body: RequestBody): unknown {
    const paths = new Map<number, unknown>();
    const kept = new Set<number>();
    const opOwner: number[] = []; // queued operation index → action index
    const answers: Array<{ action: ActionInfo; value: () => unknown }> = [];
    const actions = body.Actions ?? [];
    let failed: { index: number; error: unknown } | undefined;
    for (let i = 0; i < actions.length && !failed; i++) {
      const action = actions[i];
      const before = this.ctx.pending;
      try {
        const answer = this.perform(action, body.ObjectPaths ?? {}, paths, kept);
        if (answer) answers.push({ action, value: answer });
      } catch (error) {
        failed = { index: i, error };
      }
      for (let k = before; k < this.ctx.pending; k++) opOwner[k] = i;
    }
    const queued = this.ctx.runQueued();
    if (queued && (!failed || opOwner[queued.index] < failed.index)) failed = { index: opOwner[queued.index], error: queued.error };
    const results = [];
    for (const { action, value } of answers) {
      if (failed && actions.indexOf(action) >= failed.index) break;
      results.push({ ActionId: action.Id, Value: value() });
    }
    if (!failed) return { Results: results };
    const e = failed.error as { code?: string; message?: string };
    return { Results: results, Error: { Code: e.code ?? "GeneralException", Message: e.message ?? String(e), HttpStatusCode: 400, ActionIndex: failed.index } };
  }

  /** Queues one action on the fake; returns how to read its result after the sync, if it has one. */
  private perform(action: ActionInfo, infos: Record<string, ObjectPathInfo>, paths: Map<number, unknown>, kept: Set<number>): (() => unknown) | undefined {
    const target = () => this.object(action.ObjectPathId, infos, paths);
    switch (action.ActionType) {
      case 1: {
        const o = target();
        const info = infos[action.ObjectPathId];
        // Objects the client keeps across syncs come back with a reference it sends next time.
        if (info.ObjectPathType !== 3 || !(kept.has(info.Id) || info.Name === "Add")) return undefined;
        const id = `#ref${this.nextReference++}`;
        this.references.set(id, o);
        return () => ({ _ReferenceId: id });
      }
      case 2: {
        const o = target() as Loadable;
        o.load(action.QueryInfo?.Select);
        const sheets = o instanceof FakeWorksheetCollection ? this.env.book.sheets.map((sheet) => sheetId(sheet)) : [];
        // An item's _Id: a sheet's id, a conditional format's id, a name's name.
        return () => queryResult(o, (i, item) => sheets[i] ?? (o instanceof FakeConditionalFormats ? o.items[i].key : item.name));
      }
      case 3: {
        // _RemoveReference, _ValidateArraySize …: the client's own bookkeeping, nothing to change.
        if (action.Name.startsWith("_") && action.Name !== "_KeepReference") return undefined;
        if (action.Name === "_KeepReference") {
          kept.add(action.ObjectPathId);
          return undefined;
        }
        const o = target() as Record<string, (...args: unknown[]) => unknown>;
        const method = o[lowerFirst(action.Name)];
        if (typeof method !== "function") throw unsupported(`method ${action.Name}`);
        method.apply(o, this.args(action.ArgumentInfo, infos, paths));
        return undefined;
      }
      case 4: {
        const o = target() as Record<string, unknown>;
        o[lowerFirst(action.Name)] = this.args(action.ArgumentInfo, infos, paths)[0];
        return undefined;
      }
      default:
        return undefined;
    }
  }

  private args(info: ObjectPathInfo["ArgumentInfo"], infos: Record<string, ObjectPathInfo>, paths: Map<number, unknown>): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((id, i) => {
      if (id) args[i] = this.object(id, infos, paths);
    });
    return args;
  }

  /** The fake's proxy for an object path, made once per request (Excel resolves paths per request). */
  private object(id: number, infos: Record<string, ObjectPathInfo>, paths: Map<number, unknown>): unknown {
    if (paths.has(id)) return paths.get(id);
    const info = infos[id];
    if (!info) throw new FakeOfficeError("InvalidObjectPath", `The request uses object path ${id}, which it does not define.`);
    let o: unknown;
    if (info.ObjectPathType === 1) o = this.root;
    else if (info.ObjectPathType === 6) {
      if (!this.references.has(info.Name)) throw new FakeOfficeError("InvalidObjectPath", `Unknown object reference ${info.Name}.`);
      o = this.references.get(info.Name);
    } else {
      const parent = this.object(info.ParentObjectPathId!, infos, paths) as Record<string, unknown>;
      const args = this.args(info.ArgumentInfo, infos, paths);
      if (info.ObjectPathType === 4) o = parent[lowerFirst(info.Name)];
      else {
        const name = info.ObjectPathType === 5 ? "getItem" : lowerFirst(info.Name);
        const method = parent[name];
        if (typeof method !== "function") throw unsupported(`${info.ObjectPathType === 5 ? "indexer" : "method"} ${info.Name}`);
        o = (method as (...a: unknown[]) => unknown).apply(parent, args);
      }
      if (o === undefined) throw unsupported(`property ${info.Name}`);
    }
    paths.set(id, o);
    return o;
  }
}

function unsupported(what: string): FakeOfficeError {
  return new FakeOfficeError("ApiNotFound", `The in-memory Excel does not implement ${what}.`);
}

function ok(body: unknown): ResponseMessage {
  return { HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: body };
}

function failure(status: number, code: string, message: string): ResponseMessage {
  return { HttpStatusCode: status, ErrorCode: code, ErrorMessage: message, Headers: {}, Body: null };
}
