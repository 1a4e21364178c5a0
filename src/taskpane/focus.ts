/** Where the focus goes when the control that had it is gone: the open page's name (its h1). */
export const PAGE_TITLE_ID = "page-title";

export function focusPageTitle(): void {
  // After React has rendered the change that removed the control.
  window.setTimeout(() => document.getElementById(PAGE_TITLE_ID)?.focus(), 0);
}
