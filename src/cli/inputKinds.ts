/**
 * Files given where a workbook or a plan is expected that are something else: a sentence of our
 * own naming what the file is and what to do, instead of the zip library's text.
 */

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b);
const SAVE_AS = 'save it as "Excel Workbook (*.xlsx)", then run aip again';

/** Why `data` is not an .xlsx workbook, or undefined when it starts like one. */
export function notAWorkbook(shown: string, data: Uint8Array): string | undefined {
  if (data.length === 0) return `${shown} is empty (0 bytes), not an Excel workbook.`;
  if (startsWith(data, CFB)) {
    // A password-protected .xlsx is stored inside a compound file with an EncryptionInfo stream.
    if (Buffer.from(data).includes(Buffer.from("EncryptionInfo", "utf16le"))) {
      return `${shown} is protected with a password, so aip cannot read it: open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save it and run aip again.`;
    }
    return `${shown} is an Excel 97-2003 workbook (.xls): open it in Excel and ${SAVE_AS}.`;
  }
  if (startsWith(data, ZIP)) {
    const head = Buffer.from(data.subarray(0, 200)).toString("latin1");
    if (head.includes("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")) {
      return `${shown} is an OpenDocument spreadsheet (.ods): open it in LibreOffice Calc or Excel and ${SAVE_AS}.`;
    }
    if (head.includes("mimetypeapplication/vnd.oasis.opendocument")) return `${shown} is an OpenDocument file, not a spreadsheet: aip reads Excel workbooks (.xlsx).`;
    return undefined;
  }
  if (/\.csv$/i.test(shown) || looksLikeText(data)) {
    return `${shown} is a text file (such as .csv), not an Excel workbook: open it in Excel and ${SAVE_AS}.`;
  }
  return `${shown} is not an Excel workbook (.xlsx): it does not start like one. Open it in Excel and ${SAVE_AS}.`;
}

function looksLikeText(data: Uint8Array): boolean {
  const sample = data.subarray(0, 512);
  return sample.every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
}
