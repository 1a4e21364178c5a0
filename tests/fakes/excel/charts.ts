/**
 * Charts on a worksheet, as Excel.ChartCollection, Chart, ChartSeriesCollection and ChartSeries
 * behave (Microsoft Learn, "Excel.ChartCollection class", ExcelApi 1.1; series.add, setValues and
 * setXAxisValues, ExcelApi 1.7):
 * - charts.add(type, sourceData, seriesBy) creates a chart whose series come from the range: with
 *   seriesBy "Rows" one series per row, "Columns" one per column (the fake supports a single row or
 *   column of cells, the shape the add-in passes, and refuses "Auto" as ambiguous).
 * - getItem(name) "gets a chart using its name. If there are multiple charts with the same name,
 *   the first one will be returned"; a missing one fails at sync with ItemNotFound;
 *   getItemOrNullObject gives isNullObject. delete() removes the chart.
 * - A series' values and category (x-axis) values are references to cells (kept as addresses, as
 *   Excel keeps a series formula), so the chart follows the cells.
 * No Node imports: the browser harness bundles this folder.
 */
import { ClientObject, loadList, writeOnly, type FakeContext, type LoadSpec } from "./client";
import { FakeOfficeError } from "./errors";
import type { SheetData } from "./model";
import type { FakeRange } from "./range";
import { rectAddress, sheetRefName } from "./references";

export interface ChartSeriesData {
  name: string;
  /** "Summary!$C$6:$F$6"-like addresses of the values and of the categories. */
  values: string;
  xValues?: string;
  fill?: string;
}

export interface ChartData {
  name: string;
  type: string;
  title: string;
  legendPosition?: string;
  valueAxisTitle?: string;
  /** Default text size of the chart area (chart.format.font.size). */
  fontSize?: number;
  series: ChartSeriesData[];
  /** Cells the chart covers (setPosition), e.g. "B14:F29". */
  position?: string;
}

const TYPES = new Set(["ColumnClustered", "ColumnStacked", "BarClustered", "BarStacked"]);
const COLOR = /^#[0-9A-Fa-f]{6}$/;
const CELL = /^[A-Z]{1,3}[1-9][0-9]*$/;

function invalid(what: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (${what}).`);
}

/** A range's address as a series formula holds it: absolute, with its sheet. */
function seriesRef(range: FakeRange): string {
  const t = range.resolveTarget();
  return `${sheetRefName(t.sheet.name)}!${rectAddress(t.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}

export class FakeChartCollection {
  private loadedItems?: FakeChart[];

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetData,
    private readonly label: string,
  ) {}

  get items(): FakeChart[] {
    if (!this.loadedItems) throw new FakeOfficeError("PropertyNotLoaded", `The property 'items' is not available (${this.label} charts). Call load and context.sync() first.`);
    return this.loadedItems;
  }

  load(spec?: LoadSpec): this {
    const props = loadList(spec) ?? ["name"];
    this.ctx.enqueue(() => {
      this.loadedItems = this.sheet().charts.map((c) => {
        const proxy = new FakeChart(this.ctx, () => c, `Chart '${c.name}'`);
        proxy.fill(c, props);
        return proxy;
      });
    });
    return this;
  }

  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    let created: ChartData | undefined;
    this.ctx.enqueue(() => {
      if (!TYPES.has(type)) throw invalid(`${this.label}: chart type ${JSON.stringify(type)} (the fake supports ${[...TYPES].join(", ")})`);
      const t = sourceData.resolveTarget();
      const oneRow = t.rect.top === t.rect.bottom;
      const oneCol = t.rect.left === t.rect.right;
      if (seriesBy !== "Rows" && seriesBy !== "Columns") throw invalid(`${this.label}: the fake needs seriesBy "Rows" or "Columns", not ${JSON.stringify(seriesBy)}`);
      if ((seriesBy === "Rows" && !oneRow) || (seriesBy === "Columns" && !oneCol)) throw invalid(`${this.label}: the fake makes a chart of one row or one column of cells only`);
      const sheet = this.sheet();
      created = { name: `Chart ${sheet.charts.length + 1}`, type, title: "", series: [{ name: `Series1`, values: seriesRef(sourceData) }] };
      sheet.charts.push(created);
    });
    return new FakeChart(this.ctx, () => created, `Chart (new) on ${this.label}`);
  }

  getItem(name: string): FakeChart {
    return new FakeChart(this.ctx, () => this.sheet().charts.find((c) => c.name === name), `Chart '${name}' on ${this.label}`);
  }

  getItemOrNullObject(name: string): FakeChart {
    return new FakeChart(this.ctx, () => this.sheet().charts.find((c) => c.name === name), `Chart '${name}' on ${this.label}`, true);
  }

  /** The sheet a chart lives on, for delete. */
  owner(): SheetData {
    return this.sheet();
  }
}

export class FakeChart extends ClientObject<ChartData> {
  protected readonly scalarProperties = ["name", "chartType"];
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly axes: { valueAxis: { title: { text: string } } };
  readonly series: FakeSeriesCollection;
  readonly format: { font: { size: number } };

  constructor(ctx: FakeContext, locate: () => ChartData | undefined, label: string, nullable = false) {
    super(ctx, locate, label, nullable);
    const text = (set: (c: ChartData, v: string) => void, what: string) => (v: unknown) =>
      this.write((c) => {
        if (typeof v !== "string") throw invalid(`${label}: ${what} ${JSON.stringify(v)}`);
        set(c, v);
      });
    this.title = {} as { text: string };
    writeOnly(this.title, `${label} title`, { text: text((c, v) => (c.title = v), "title") });
    this.legend = {} as { position: string };
    writeOnly(this.legend, `${label} legend`, { position: text((c, v) => (c.legendPosition = v), "legend position") });
    const axisTitle = {} as { text: string };
    writeOnly(axisTitle, `${label} value axis title`, { text: text((c, v) => (c.valueAxisTitle = v), "value axis title") });
    this.axes = { valueAxis: { title: axisTitle } };
    this.series = new FakeSeriesCollection(ctx, () => this.resolveChart(), label);
    const font = {} as { size: number };
    writeOnly(font, `${label} font`, {
      size: (v) =>
        this.write((c) => {
          if (typeof v !== "number" || !(v >= 1 && v <= 409)) throw invalid(`${label}: font size ${JSON.stringify(v)}`);
          c.fontSize = v;
        }),
    });
    this.format = { font };
  }

  resolveChart(): ChartData {
    return this.resolve();
  }

  protected readProperty(c: ChartData, property: string): unknown {
    return property === "name" ? c.name : c.type;
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(v: string) {
    this.write((c) => {
      if (typeof v !== "string" || v.trim() === "") throw invalid(`${this.label}: chart name ${JSON.stringify(v)}`);
      c.name = v;
    });
  }

  setPosition(startCell: string, endCell?: string): void {
    this.write((c) => {
      for (const cell of [startCell, endCell ?? startCell])
        if (typeof cell !== "string" || !CELL.test(cell)) throw invalid(`${this.label}: setPosition cell ${JSON.stringify(cell)}`);
      c.position = endCell ? `${startCell}:${endCell}` : startCell;
    });
  }

  delete(): void {
    this.write((c) => {
      for (const sheet of this.ctx.book.sheets) sheet.charts = sheet.charts.filter((x) => x !== c);
    });
  }
}

export class FakeSeriesCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: () => ChartData,
    private readonly label: string,
  ) {}

  add(name?: string): FakeSeries {
    let created: ChartSeriesData | undefined;
    this.ctx.enqueue(() => {
      const c = this.chart();
      created = { name: name ?? `Series${c.series.length + 1}`, values: "" };
      c.series.push(created);
    });
    return new FakeSeries(this.ctx, () => created, `${this.label} series ${name ?? "(new)"}`);
  }

  getItemAt(index: number): FakeSeries {
    return new FakeSeries(this.ctx, () => this.chart().series[index], `${this.label} series #${index}`);
  }
}

export class FakeSeries extends ClientObject<ChartSeriesData> {
  protected readonly scalarProperties = ["name"];
  readonly format: { fill: { setSolidColor(color: string): void } };

  constructor(ctx: FakeContext, locate: () => ChartSeriesData | undefined, label: string) {
    super(ctx, locate, label);
    this.format = {
      fill: {
        setSolidColor: (color: string) =>
          this.write((s) => {
            if (typeof color !== "string" || !COLOR.test(color)) throw invalid(`${label}: fill colour ${JSON.stringify(color)}`);
            s.fill = color.toUpperCase();
          }),
      },
    };
  }

  protected readProperty(s: ChartSeriesData): unknown {
    return s.name;
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(v: string) {
    this.write((s) => (s.name = String(v)));
  }

  setValues(sourceData: FakeRange): void {
    this.write((s) => (s.values = seriesRef(sourceData)));
  }

  setXAxisValues(sourceData: FakeRange): void {
    this.write((s) => (s.xValues = seriesRef(sourceData)));
  }
}
