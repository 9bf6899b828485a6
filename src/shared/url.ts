// The one URL rule, for the build (seed links, booking URLs) and the browser (booking-url).
const SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'];

/** True for an absolute URL whose scheme is https:, http:, mailto: or tel:. */
export function isSafeUrl(url: string): boolean {
  try {
    return SCHEMES.includes(new URL(url).protocol);
  } catch {
    return false; // not an absolute URL
  }
}
