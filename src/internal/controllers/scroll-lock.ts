// Keeps wheel, touch and keys from scrolling the page behind an open reader, with a sheet
// adopted by the document: no host style is touched. The reader controller holds and
// releases it (also when its host leaves the page).

/**
 * The readers holding the page still, and the sheet that does it. Shared on purpose:
 * the page is locked while any reader is open, and unlocked when the last one closes.
 */
const holders = new Set<object>();
const sheet = new CSSStyleSheet();

/** Locks the page's scroll for `holder`. */
export function lockScroll(holder: object): void {
  if (!holders.size) {
    const gutter = innerWidth > document.documentElement.clientWidth; // keep a classic scrollbar's room
    sheet.replaceSync(`html{overflow:hidden!important${gutter ? ';scrollbar-gutter:stable' : ''}}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  holders.add(holder);
}

/** Releases `holder`'s lock; the page scrolls again once no reader holds it. */
export function unlockScroll(holder: object): void {
  if (holders.delete(holder) && !holders.size) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
}
