/** The Word documents on Excel for Mac: the pane cannot save files there, so it opens the browser, or says why not. */
import { saveWordDocument } from "../../../src/taskpane/components/common/download";
import type { MinutesModel } from "../../../src/layout/read/readMinutes";
import type { WordPayload } from "../../../src/taskpane/wordDocuments";

const PAGE = "https://localhost:3000/word-download.html";
const model = { sheet: "Minutes 2026-10-14", date: "2026-10-14", seq: 1, notes: 'Ratings & next steps: 100% — "done"' } as unknown as MinutesModel;

test("on Excel for Mac the document opens in the browser, in the URL's fragment only, on the add-in's own page", async () => {
  const opened: string[] = [];
  let made = 0;
  const make = async () => (made++, new Blob([]));
  const result = await saveWordDocument({ platform: "Mac", openBrowserWindow: (u: string) => void opened.push(u) }, { kind: "minutes", model }, "Minutes.docx", PAGE, make);
  expect(result).toEqual({ saved: "browser" });
  expect(made).toBe(0); // the browser page builds the document itself
  const url = new URL(opened[0]);
  expect(`${url.origin}${url.pathname}`).toBe(PAGE);
  expect(url.search).toBe("");
  expect(JSON.parse(decodeURIComponent(url.hash.slice(1)))).toEqual({ fileName: "Minutes.docx", kind: "minutes", model });
});

test("the QPR travels with its review round, so the browser's copy carries the same draft mark", async () => {
  const opened: string[] = [];
  const payload = { kind: "qpr", model: { district: "Riverton" }, review: { status: "draft", corrections: { "1.2": "Nine principals, not eight." } } } as unknown as WordPayload;
  await saveWordDocument({ platform: "Mac", openBrowserWindow: (u: string) => void opened.push(u) }, payload, "QPR.docx", PAGE, async () => new Blob([]));
  expect(JSON.parse(decodeURIComponent(new URL(opened[0]).hash.slice(1)))).toEqual({ fileName: "QPR.docx", ...payload });
});

test("the Summative report goes the same way: its plain data in the fragment, under its own kind", async () => {
  const opened: string[] = [];
  const payload = { kind: "summative", model: { startYear: 2026, district: "Riverton", statusText: "Draft" } } as unknown as WordPayload;
  const result = await saveWordDocument(
    { platform: "Mac", openBrowserWindow: (u: string) => void opened.push(u) },
    payload,
    "summative-2026-27.docx",
    PAGE,
    async () => new Blob([]),
  );
  expect(result).toEqual({ saved: "browser" });
  expect(JSON.parse(decodeURIComponent(new URL(opened[0]).hash.slice(1)))).toEqual({ fileName: "summative-2026-27.docx", ...payload });
});

test("an Excel for Mac without openBrowserWindow gets a message saying what to do, not silence", async () => {
  const result = await saveWordDocument({ platform: "Mac" }, { kind: "minutes", model }, "Minutes.docx", PAGE, async () => new Blob([]));
  expect(result).toMatchObject({ saved: "no", why: expect.stringMatching(/cannot save files.*Update Office.*Excel on the web/) });
});
