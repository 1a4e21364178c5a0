/** The Minutes Word document on Excel for Mac: the pane cannot save files there, so it opens the browser, or says why not. */
import { saveMinutesDocument } from "../../../src/taskpane/components/minutes/download";

const PAGE = "https://localhost:3000/minutes-download.html";
const model = { sheet: "Minutes 2026-10-14", date: "2026-10-14", seq: 1, notes: 'Ratings & next steps: 100% — "done"' };

test("on Excel for Mac the minutes open in the browser, in the URL's fragment only, on the add-in's own page", async () => {
  const opened: string[] = [];
  let made = 0;
  const result = await saveMinutesDocument({ platform: "Mac", openBrowserWindow: (u) => void opened.push(u) }, async () => (made++, new Blob([])), "Minutes.docx", model, PAGE);
  expect(result).toEqual({ saved: "browser" });
  expect(made).toBe(0); // the browser page builds the document itself
  const url = new URL(opened[0]);
  expect(`${url.origin}${url.pathname}`).toBe(PAGE);
  expect(url.search).toBe("");
  expect(JSON.parse(decodeURIComponent(url.hash.slice(1)))).toEqual({ fileName: "Minutes.docx", model });
});

test("an Excel for Mac without openBrowserWindow gets a message saying what to do, not silence", async () => {
  const result = await saveMinutesDocument({ platform: "Mac" }, async () => new Blob([]), "Minutes.docx", model, PAGE);
  expect(result).toMatchObject({ saved: "no", why: expect.stringMatching(/cannot save files.*Update Office.*Excel on the web/) });
});
