/**
 * The fake's "add-in side": proxy objects and a request context that behave like Office.js where a host can
 * tell: calls only queue commands, nothing is applied or readable before `context.sync()`, reading a property that
 * was not loaded throws `PropertyNotLoaded`, `*OrNullObject` results know `isNullObject` after the sync that
 * created them. Each sync is serialised the way Office.js does it (actions plus the object paths they use) so its
 * size in bytes is measured, not guessed.
 */
import { FakeExcelUsageError, FakeOfficeError, notImplemented, officeError } from "./errors";
import type { QueryValues, Resolved, ServerObject } from "./server";
import { NULL_OBJECT } from "./server";

interface MethodSpec {
  /** The type of object the method returns; absent for void methods. */
  readonly returns?: string;
  readonly orNull?: boolean;
}

interface TypeSpec {
  /** Writable scalar properties. */
  readonly props?: readonly string[];
  readonly readonly?: readonly string[];
  readonly nav?: Readonly<Record<string, string>>;
  readonly methods?: Readonly<Record<string, MethodSpec>>;
  /** Item type of a collection whose `items` can be loaded. */
  readonly itemType?: string;
}

/** The Office.js surface the fake implements; anything else throws `FakeExcelUsageError`. */
const SCHEMA: Readonly<Record<string, TypeSpec>> = {
  Workbook: { nav: { worksheets: "WorksheetCollection", functions: "Functions" } },
  Functions: { methods: { date: { returns: "FunctionResult" } } },
  FunctionResult: { readonly: ["value", "error"] },
  WorksheetCollection: {
    itemType: "Worksheet",
    methods: {
      getItem: { returns: "Worksheet" },
      getItemOrNullObject: { returns: "Worksheet", orNull: true },
      add: { returns: "Worksheet" },
      getActiveWorksheet: { returns: "Worksheet" },
    },
  },
  Worksheet: {
    props: ["name", "visibility", "position", "tabColor", "showGridlines"],
    readonly: ["id"],
    nav: { freezePanes: "WorksheetFreezePanes", pageLayout: "PageLayout", charts: "ChartCollection", horizontalPageBreaks: "WorksheetPageBreakCollection" },
    methods: {
      delete: {},
      activate: {},
      getRange: { returns: "Range" },
      getRanges: { returns: "RangeAreas" },
      getUsedRange: { returns: "Range" },
      getUsedRangeOrNullObject: { returns: "Range", orNull: true },
    },
  },
  Range: {
    props: ["values", "numberFormat", "hyperlink", "columnHidden", "rowHidden"],
    readonly: ["address", "rowCount", "columnCount", "rowIndex", "columnIndex", "valueTypes"],
    nav: { format: "RangeFormat", conditionalFormats: "ConditionalFormatCollection" },
    methods: {
      merge: {},
      unmerge: {},
      clear: {},
      copyFrom: {},
      select: {},
      getIntersection: { returns: "Range" },
      getIntersectionOrNullObject: { returns: "Range", orNull: true },
      getUsedRangeOrNullObject: { returns: "Range", orNull: true },
      getEntireRow: { returns: "Range" },
      getEntireColumn: { returns: "Range" },
      find: { returns: "Range" },
      getSpecialCellsOrNullObject: { returns: "RangeAreas", orNull: true },
      getMergedAreasOrNullObject: { returns: "RangeAreas", orNull: true },
    },
  },
  RangeAreas: { readonly: ["address", "areaCount"], nav: { format: "RangeFormat" } },
  RangeFormat: {
    props: ["columnWidth", "rowHeight", "useStandardWidth", "useStandardHeight", "horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel"],
    nav: { font: "RangeFont", fill: "RangeFill", borders: "RangeBorderCollection" },
  },
  RangeFont: { props: ["bold", "italic", "size", "color"] },
  RangeFill: { props: ["color"] },
  RangeBorderCollection: { methods: { getItem: { returns: "RangeBorder" } } },
  RangeBorder: { props: ["style", "weight", "color"] },
  WorksheetPageBreakCollection: { methods: { add: { returns: "PageBreak" }, removePageBreaks: {} } },
  PageBreak: {},
  WorksheetFreezePanes: { methods: { freezeRows: {}, freezeColumns: {}, freezeAt: {}, unfreeze: {} } },
  PageLayout: {
    props: ["orientation", "paperSize", "zoom"],
    nav: { headersFooters: "HeaderFooterGroup" },
    methods: { setPrintTitleRows: {} },
  },
  HeaderFooterGroup: { nav: { defaultForAllPages: "HeaderFooter" } },
  HeaderFooter: { props: ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] },
  ConditionalFormatCollection: { methods: { add: { returns: "ConditionalFormat" }, clearAll: {} } },
  ConditionalFormat: { readonly: ["type"], nav: { cellValue: "CellValueConditionalFormat" } },
  CellValueConditionalFormat: { props: ["rule"], nav: { format: "ConditionalRangeFormat" } },
  ConditionalRangeFormat: { nav: { fill: "ConditionalRangeFill", font: "ConditionalRangeFont" } },
  ConditionalRangeFill: { props: ["color"] },
  ConditionalRangeFont: { props: ["color"] },
  ChartCollection: { itemType: "Chart", methods: { add: { returns: "Chart" } } },
  Chart: {
    props: ["name", "chartType"],
    nav: { title: "ChartTitle", legend: "ChartLegend", axes: "ChartAxes", series: "ChartSeriesCollection" },
    methods: { setPosition: {}, delete: {} },
  },
  ChartTitle: { props: ["text"] },
  ChartLegend: { props: ["position", "visible"] },
  ChartAxes: { nav: { valueAxis: "ChartAxis", categoryAxis: "ChartAxis" }, methods: { getItem: { returns: "ChartAxis" } } },
  ChartAxis: { props: ["numberFormat", "minimum"], nav: { title: "ChartAxisTitle" } },
  ChartAxisTitle: { props: ["text"] },
  ChartSeriesCollection: { readonly: ["count"], methods: { getItemAt: { returns: "ChartSeries" }, add: { returns: "ChartSeries" } } },
  ChartSeries: {
    props: ["name", "chartType", "axisGroup", "markerStyle", "markerBackgroundColor", "markerForegroundColor", "markerSize"],
    nav: { format: "ChartSeriesFormat" },
    methods: { setValues: {}, setXAxisValues: {}, delete: {} },
  },
  ChartSeriesFormat: { nav: { fill: "ChartFill", line: "ChartLineFormat" } },
  ChartFill: { methods: { setSolidColor: {} } },
  ChartLineFormat: { props: ["color", "lineStyle", "weight"] },
};

type PathKind = "global" | "property" | "method" | "ref";

interface PathNode {
  readonly id: number;
  readonly kind: PathKind;
  readonly type: string;
  readonly name: string;
  readonly parent: PathNode | null;
  readonly args: readonly unknown[];
  readonly orNull: boolean;
  /** For `ref` paths: the object Excel already handed back (items of a loaded collection). */
  readonly ref?: ServerObject;
}

type ActionKind = "instantiate" | "query" | "method" | "set";

interface Action {
  readonly id: number;
  readonly kind: ActionKind;
  readonly path: PathNode;
  readonly name: string;
  readonly args: readonly unknown[];
  readonly select: readonly string[];
}

/** A wire reference to another proxy passed as an argument. */
interface PathArg {
  readonly __path: number;
}

function isPathArg(value: unknown): value is PathArg {
  return typeof value === "object" && value !== null && "__path" in value;
}

const ACTION_TYPE: Record<ActionKind, number> = { instantiate: 1, query: 2, method: 3, set: 4 };
const PATH_TYPE: Record<PathKind, number> = { global: 1, method: 3, property: 4, ref: 6 };

class ClientState {
  readonly loaded = new Map<string, unknown>();
  readonly local = new Map<string, unknown>();
  readonly children = new Map<string, object>();
  isNull: boolean | undefined;
  items: object[] | undefined;
  constructor(
    readonly context: FakeRequestContext,
    readonly path: PathNode,
  ) {}
}

export interface SyncTransport {
  /** Applies a batch; returns nothing and throws the batch's error. */
  sync(request: SyncRequest): Promise<SyncResponse>;
}

export interface SyncRequest {
  readonly actions: readonly Action[];
  readonly bytes: number;
  readonly execute: (limit: number) => SyncResponse;
}

export interface SyncResponse {
  readonly queries: ReadonlyMap<number, QueryResult>;
  readonly resolved: ReadonlyMap<number, boolean>;
  readonly bytes: number;
}

export type QueryResult = { readonly kind: "null" } | { readonly kind: "object"; readonly values: QueryValues } | { readonly kind: "items"; readonly items: readonly { readonly object: ServerObject; readonly values: QueryValues }[] };

export class FakeRequestContext {
  private nextId = 1;
  private queue: Action[] = [];
  private readonly states = new WeakMap<object, ClientState>();
  private readonly byPath = new Map<number, ClientState>();
  /** Server objects resolved so far: a path resolves once, and later batches reuse it, as tracked objects do. */
  private readonly resolved = new Map<number, Resolved>();
  private closed = false;
  readonly workbook: object;

  constructor(
    private readonly transport: SyncTransport,
    private readonly root: () => ServerObject,
  ) {
    this.workbook = this.proxy(this.path("global", "Workbook", "", null, [], false));
  }

  get pendingCount(): number {
    return this.queue.length;
  }

  close(): void {
    this.closed = true;
  }

  private path(kind: PathKind, type: string, name: string, parent: PathNode | null, args: readonly unknown[], orNull: boolean, ref?: ServerObject): PathNode {
    return { id: this.nextId++, kind, type, name, parent, args, orNull, ...(ref ? { ref } : {}) };
  }

  private enqueue(kind: ActionKind, path: PathNode, name: string, args: readonly unknown[] = [], select: readonly string[] = []): void {
    if (this.closed) throw new FakeOfficeError("InvalidObjectPath", "The object path isn't working for what you're trying to do: Excel.run has finished.");
    this.queue.push({ id: this.nextId++, kind, path, name, args, select });
  }

  private toWire(value: unknown): unknown {
    if (typeof value === "object" && value !== null) {
      const state = this.states.get(value);
      if (state) return { __path: state.path.id } satisfies PathArg;
    }
    return value;
  }

  proxy(path: PathNode): object {
    const spec = SCHEMA[path.type];
    if (!spec) throw new FakeExcelUsageError(`FakeExcel: type ${path.type} is not implemented.`);
    const state = new ClientState(this, path);
    const target = {};
    const proxy: object = new Proxy(target, {
      get: (_t, prop) => {
        if (typeof prop === "symbol") return undefined;
        switch (prop) {
          case "then":
            return undefined;
          case "context":
            return this;
          case "isNullObject":
            if (state.isNull === undefined) throw officeError.propertyNotLoaded(path.type, "isNullObject");
            return state.isNull;
          case "load":
            return (select?: string | readonly string[]) => {
              this.enqueue("query", path, "", [], parseSelect(select, spec));
              return proxy;
            };
          case "track":
          case "untrack":
            return () => proxy;
          case "toJSON":
            return () => Object.fromEntries(state.loaded);
          case "items":
            if (!spec.itemType) break;
            if (!state.items) throw officeError.propertyNotLoaded(path.type, "items");
            return state.items;
        }
        const nav = spec.nav?.[prop];
        if (nav) {
          let child = state.children.get(prop);
          if (!child) state.children.set(prop, (child = this.proxy(this.path("property", nav, prop, path, [], false))));
          return child;
        }
        const method = spec.methods?.[prop];
        if (method) {
          return (...args: unknown[]) => {
            const wire = args.map((a) => this.toWire(a));
            if (!method.returns) {
              this.enqueue("method", path, prop, wire);
              return undefined;
            }
            const childPath = this.path("method", method.returns, prop, path, wire, method.orNull === true);
            const child = this.proxy(childPath);
            // A method that returns an object runs where it is queued, as Office.js instantiates it there.
            this.enqueue("instantiate", childPath, "");
            return child;
          };
        }
        if (spec.props?.includes(prop) || spec.readonly?.includes(prop)) {
          if (state.loaded.has(prop)) return state.loaded.get(prop);
          if (state.local.has(prop)) return state.local.get(prop);
          if (state.isNull === true) return null;
          throw officeError.propertyNotLoaded(path.type, prop);
        }
        throw notImplemented(path.type, prop);
      },
      set: (_t, prop, value) => {
        if (typeof prop === "string" && spec.props?.includes(prop)) {
          this.enqueue("set", path, prop, [this.toWire(value)]);
          state.local.set(prop, value);
          return true;
        }
        if (typeof prop === "string" && spec.readonly?.includes(prop)) throw new TypeError(`${path.type}.${prop} is read-only.`);
        throw notImplemented(path.type, `${String(prop)} (set)`);
      },
    });
    this.states.set(proxy, state);
    this.byPath.set(path.id, state);
    return proxy;
  }

  /** Sends the queued commands as one request. */
  async sync(): Promise<void> {
    if (this.closed) throw new FakeOfficeError("InvalidRequestContext", "Cannot use the request context: Excel.run has finished.");
    const actions = this.queue;
    this.queue = [];
    const response = await this.transport.sync({
      actions,
      bytes: requestBytes(actions, (id) => this.byPath.get(id)?.path),
      execute: (limit) => this.execute(actions, limit),
    });
    for (const [pathId, isNull] of response.resolved) {
      const state = this.byPath.get(pathId);
      if (state) state.isNull = isNull;
    }
    for (const [pathId, result] of response.queries) {
      const state = this.byPath.get(pathId);
      if (!state) continue;
      if (result.kind === "null") state.isNull = true;
      else if (result.kind === "object") this.assign(state, result.values);
      else {
        const itemType = SCHEMA[state.path.type]?.itemType ?? "";
        state.items = result.items.map((item) => {
          const itemPath = this.path("ref", itemType, "", null, [], false, item.object);
          this.resolved.set(itemPath.id, item.object);
          const proxy = this.proxy(itemPath);
          const itemState = this.byPath.get(itemPath.id);
          if (itemState) {
            itemState.isNull = false;
            this.assign(itemState, item.values);
          }
          return proxy;
        });
      }
    }
  }

  /** Loaded values, including nested ones (`format/font/bold`), onto the proxies they belong to. */
  private assign(state: ClientState, values: QueryValues): void {
    for (const [key, value] of Object.entries(values)) {
      const parts = key.split("/");
      let target: ClientState | undefined = state;
      for (const part of parts.slice(0, -1)) {
        const spec = SCHEMA[target.path.type];
        const navType = spec?.nav?.[part];
        if (!navType) break;
        let child = target.children.get(part);
        if (!child) target.children.set(part, (child = this.proxy(this.path("property", navType, part, target.path, [], false))));
        target = this.states.get(child);
        if (!target) break;
      }
      target?.loaded.set(parts[parts.length - 1] ?? key, value);
    }
  }

  /** The Excel side of a sync: applies the first `limit` actions in order. */
  private execute(actions: readonly Action[], limit: number): SyncResponse {
    const queries = new Map<number, QueryResult>();
    const resolvedNow = new Map<number, boolean>();
    const resolve = (path: PathNode): Resolved => {
      const cached = this.resolved.get(path.id);
      if (cached !== undefined) return cached;
      let result: Resolved;
      if (path.kind === "global") result = this.root();
      else if (path.kind === "ref") result = path.ref ?? NULL_OBJECT;
      else {
        const parent = path.parent ? resolve(path.parent) : NULL_OBJECT;
        if (parent === NULL_OBJECT) result = NULL_OBJECT;
        else if (path.kind === "property") result = parent.nav(path.name);
        else {
          const value = parent.call(path.name, path.args.map(argument));
          if (value === NULL_OBJECT && !path.orNull) throw new FakeExcelUsageError(`FakeExcel: ${path.name} returned nothing.`);
          result = value as Resolved;
        }
      }
      this.resolved.set(path.id, result);
      resolvedNow.set(path.id, result === NULL_OBJECT);
      return result;
    };
    const argument = (value: unknown): unknown => {
      if (!isPathArg(value)) return value;
      const state = this.byPath.get(value.__path);
      if (!state) throw new FakeExcelUsageError("FakeExcel: unknown object argument.");
      const obj = resolve(state.path);
      if (obj === NULL_OBJECT) throw new FakeExcelUsageError("FakeExcel: a null object was passed as an argument.");
      return obj;
    };
    const live = (path: PathNode, what: string): ServerObject => {
      const obj = resolve(path);
      if (obj === NULL_OBJECT) throw new FakeExcelUsageError(`FakeExcel: ${what} on a null object (${path.type}); check isNullObject first.`);
      return obj;
    };

    let applied = 0;
    for (const action of actions) {
      if (applied >= limit) break;
      switch (action.kind) {
        case "instantiate":
          resolve(action.path);
          break;
        case "set":
          live(action.path, `setting ${action.name}`).set(action.name, action.args.map(argument)[0]);
          break;
        case "method":
          live(action.path, `${action.name}()`).call(action.name, action.args.map(argument));
          break;
        case "query": {
          const obj = resolve(action.path);
          if (obj === NULL_OBJECT) {
            queries.set(action.path.id, { kind: "null" });
            break;
          }
          const spec = SCHEMA[action.path.type];
          if (spec?.itemType) {
            const fields = action.select.map((s) => s.replace(/^items\//, ""));
            const previous = queries.get(action.path.id);
            const items = obj.items().map((item) => ({ object: item, values: readValues(item, fields) }));
            if (previous?.kind === "items") {
              previous.items.forEach((p, i) => Object.assign(p.values, items[i]?.values ?? {}));
            } else queries.set(action.path.id, { kind: "items", items });
          } else {
            const previous = queries.get(action.path.id);
            const values = readValues(obj, action.select);
            queries.set(action.path.id, { kind: "object", values: previous?.kind === "object" ? { ...previous.values, ...values } : values });
          }
          break;
        }
      }
      applied += 1;
    }
    return { queries, resolved: resolvedNow, bytes: responseBytes(queries) };
  }
}

/** Reads loaded fields, following navigation paths (`format/font/bold`). */
function readValues(obj: ServerObject, fields: readonly string[]): QueryValues {
  const values: QueryValues = {};
  for (const field of fields) {
    const parts = field.split("/");
    let target = obj;
    for (const part of parts.slice(0, -1)) target = target.nav(part);
    values[field] = structuredClone(target.get(parts[parts.length - 1] ?? field));
  }
  return values;
}

function parseSelect(select: string | readonly string[] | undefined, spec: TypeSpec): string[] {
  if (select === undefined) throw new FakeExcelUsageError("FakeExcel: load() without a property list is not implemented (and not recommended).");
  const list = (typeof select === "string" ? select.split(",") : [...select]).map((s) => s.trim()).filter((s) => s !== "");
  if (spec.itemType) {
    if (list.some((s) => !s.startsWith("items/"))) throw new FakeExcelUsageError("FakeExcel: load a collection as 'items/<property>'.");
  }
  return list;
}

function wireAction(action: Action): Record<string, unknown> {
  const base: Record<string, unknown> = { Id: action.id, ActionType: ACTION_TYPE[action.kind], Name: action.name, ObjectPathId: action.path.id };
  if (action.kind === "query") base.QueryInfo = { Select: action.select };
  if (action.args.length > 0) base.ArgumentInfo = { Arguments: action.args };
  return base;
}

function wirePath(path: PathNode): Record<string, unknown> {
  const base: Record<string, unknown> = { Id: path.id, ObjectPathType: PATH_TYPE[path.kind], Name: path.name };
  if (path.parent) base.ParentObjectPathId = path.parent.id;
  if (path.args.length > 0) base.ArgumentInfo = { Arguments: path.args };
  return base;
}

/**
 * Bytes of a body as Office on the web carries it: office.js turns the body into JSON text
 * (`CoreUtility._getRequestBodyText`, OfficeDev/office-js dist/excel.debug.js) and sends that text as one element of
 * a message array that the web's transport serialises again, so every quote and backslash in it is escaped; the
 * response comes back the same way (`CoreUtility._parseResponseBody` parses the body text). This is what the 5 MB
 * limit of Excel on the web counts, 9-14% more than the JSON itself for the host's requests.
 */
function webBytes(body: unknown): number {
  return Buffer.byteLength(JSON.stringify(JSON.stringify(body)), "utf8");
}

/** The request as Office.js sends it: every action, and every object path they (or their arguments) reach. */
function requestBytes(actions: readonly Action[], pathOf: (id: number) => PathNode | undefined): number {
  const paths = new Map<number, Record<string, unknown>>();
  const addPath = (path: PathNode | null | undefined): void => {
    for (let p = path; p && !paths.has(p.id); p = p.parent) {
      paths.set(p.id, wirePath(p));
      for (const arg of p.args) if (isPathArg(arg)) addPath(pathOf(arg.__path));
    }
  };
  for (const action of actions) {
    addPath(action.path);
    for (const arg of action.args) if (isPathArg(arg)) addPath(pathOf(arg.__path));
  }
  const body = { Actions: actions.map(wireAction), ObjectPaths: Object.fromEntries(paths) };
  return webBytes(body);
}

function responseBytes(queries: ReadonlyMap<number, QueryResult>): number {
  const body = [...queries.entries()].map(([id, q]) => ({ id, value: q.kind === "items" ? q.items.map((i) => i.values) : q.kind === "object" ? q.values : null }));
  return webBytes(body);
}
