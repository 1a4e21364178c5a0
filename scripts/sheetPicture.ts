/**
 * The pictures of a single sheet in docs/ (screenshot-summary.ts, screenshot-summative.ts): the
 * workbook saved, recalculated and exported by headless LibreOffice with every sheet on one PDF
 * page, and the sheet's page rendered to PNG (whole, or its top-left part).
 * Needs soffice (libreoffice-calc-nogui) and pdftoppm/pdfinfo (poppler-utils).
 */
import { execFileSync } from "child_process";
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { convertWithLibreOffice } from "./libreoffice";
import { saveXlsxFile } from "../src/workbook/xlsx/files";
import type { XlsxWorkbook } from "../src/workbook/xlsx/XlsxWorkbook";

/** The repository's root, from scripts/ or lib/scripts/. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!readdirSync(dir).includes("package.json")) dir = path.dirname(dir);
  return dir;
}

export interface PictureOptions {
  /** Resolution of the PNG. */
  dpi: number;
  /** The part of the page kept, as fractions of its width and height from the top left; the whole page when not given. */
  crop?: { width: number; height: number };
}

/** Saves `sheet` of `wb` as the PNG `out`; returns the sheet's page number in the PDF. */
export async function sheetPicture(wb: XlsxWorkbook, sheet: string, out: string, options: PictureOptions): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "aip-sheet-picture-"));
  try {
    const book = path.join(dir, "book.xlsx");
    await saveXlsxFile(wb, book);
    const page = (await wb.listSheets()).indexOf(sheet) + 1;
    const pdfFilter = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}';
    const pdf = await convertWithLibreOffice(book, { to: pdfFilter, outDir: path.join(dir, "pdf") });
    const info = execFileSync("pdfinfo", ["-f", String(page), "-l", String(page), pdf], { encoding: "utf8" });
    const size = /Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    if (!size) throw new Error(`pdfinfo gave no page size for page ${page}:\n${info}`);
    const [w, h] = [Number(size[1]), Number(size[2])].map((pts) => Math.round((pts * options.dpi) / 72));
    const { crop } = options;
    const area = crop ? ["-x", "0", "-y", "0", "-W", String(Math.round(w * crop.width)), "-H", String(Math.round(h * crop.height))] : [];
    execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-png", "-r", String(options.dpi), ...area, "-singlefile", pdf, path.join(dir, "sheet")]);
    copyFileSync(path.join(dir, "sheet.png"), out);
    return page;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
