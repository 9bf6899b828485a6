// Every request import makes goes through here: a timeout, at most 5 redirects, a size
// limit, and nothing but http(s). It never sends cookies or credentials.

export interface FetchLimits {
  /** Per request, in milliseconds. */
  timeoutMs: number;
  /** Largest body read, in bytes. */
  maxBytes: number;
  maxRedirects?: number;
}

export interface Fetched {
  /** The URL the body came from, after redirects. */
  url: string;
  contentType: string;
  body: Buffer;
}

/** A request that failed; the message says what and where, for the user. */
export class FetchError extends Error {}

const MB = 1024 * 1024;
export const FEED_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 50 * MB };
export const IMAGE_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 10 * MB };

export async function fetchLimited(url: string, limits: FetchLimits): Promise<Fetched> {
  const max = limits.maxRedirects ?? 5;
  let current = url;
  for (let hop = 0; ; hop++) {
    if (!/^https?:$/.test(new URL(current).protocol)) throw new FetchError(`${current}: only http: and https: addresses can be imported`);
    const signal = AbortSignal.timeout(limits.timeoutMs);
    let res: Response;
    try {
      res = await fetch(current, { redirect: 'manual', signal, credentials: 'omit', headers: { accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5' } });
    } catch (e) {
      throw new FetchError(signal.aborted ? `${current}: no answer within ${limits.timeoutMs / 1000} s` : `${current}: ${causeOf(e)}`);
    }
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel();
      if (hop >= max) throw new FetchError(`${url}: more than ${max} redirects`);
      current = new URL(location, current).href;
      continue;
    }
    if (res.status < 200 || res.status > 299) {
      await res.body?.cancel();
      throw new FetchError(`${current}: the server answered ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
    }
    const declared = Number(res.headers.get('content-length'));
    if (declared > limits.maxBytes) {
      await res.body?.cancel();
      throw new FetchError(`${current}: ${mb(declared)} is more than the ${mb(limits.maxBytes)} limit`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of res.body ?? []) {
        size += chunk.length;
        if (size > limits.maxBytes) throw new FetchError(`${current}: more than the ${mb(limits.maxBytes)} limit`);
        chunks.push(Buffer.from(chunk));
      }
    } catch (e) {
      if (e instanceof FetchError) throw e;
      throw new FetchError(signal.aborted ? `${current}: no answer within ${limits.timeoutMs / 1000} s` : `${current}: ${causeOf(e)}`);
    }
    return { url: current, contentType: res.headers.get('content-type') ?? '', body: Buffer.concat(chunks) };
  }
}

const mb = (n: number) => `${Math.round((n / MB) * 10) / 10} MB`;

function causeOf(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e as Error).message;
}
