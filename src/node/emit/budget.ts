// What a page may download before any Read: 15,000 B gzip (read the strict way: bytes, not KiB),
// plus 300 B per entry. Bodies stay inside the script while it keeps within this (the
// seed's do); past it, they go into files beside it. `npm run size` holds the seed's
// script to the base; `npm run bench` reports against the whole.
export const BUDGET_BASE = 15_000;
export const BUDGET_PER_ENTRY = 300;

export const scriptBudget = (entries: number) => BUDGET_BASE + BUDGET_PER_ENTRY * entries;

// What the browser must parse before the first card: 120,000 B raw (bytes, uncompressed).
// gzip prices the download only; a phone parses every raw byte first (bench/RESULTS.md).
export const RAW_LIMIT = 120_000;

/** Bodies leave the script when it would pass either limit. */
export const fitsBudget = (script: string, entries: number, gzip: number) =>
  gzip <= scriptBudget(entries) && Buffer.byteLength(script) <= RAW_LIMIT;
