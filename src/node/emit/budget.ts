// What a page may download before any Read: 15,000 B gzip (read the strict way: bytes, not KiB),
// plus 300 B per entry. Bodies stay inside the script while it keeps within this (the
// seed's do); past it, they go into files beside it. `npm run size` holds the seed's
// script to the base; `npm run bench` reports against the whole.
export const BUDGET_BASE = 15_000;
export const BUDGET_PER_ENTRY = 300;

export const scriptBudget = (entries: number) => BUDGET_BASE + BUDGET_PER_ENTRY * entries;
