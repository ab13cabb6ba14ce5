import type { App } from '../../src/http/context.js';

export const PUBLIC_BASE_URL = 'http://localhost:8080';

/**
 * A browser for sign-in tests: one cookie jar per origin, redirects followed by hand so every hop can
 * be inspected. Requests to Guichet go through app.request (same code path as the server); requests to
 * the identity providers are real HTTP.
 */
export class Browser {
  readonly jars = new Map<string, Map<string, string>>();
  readonly hops: { url: string; status: number; location: string | null }[] = [];
  /** Called on each provider interaction page; returns extra query parameters (which account, which acr). */
  onInteraction: (url: URL) => Record<string, string> = () => ({});

  constructor(private readonly app: App) {}

  jar(origin: string): Map<string, string> {
    let j = this.jars.get(origin);
    if (!j) this.jars.set(origin, (j = new Map()));
    return j;
  }

  /** The raw Set-Cookie headers of the last Guichet response. */
  lastSetCookies: string[] = [];

  async request(url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Response> {
    const u = new URL(url, PUBLIC_BASE_URL);
    const jar = this.jar(u.origin);
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const req = { method: init.method ?? 'GET', headers, redirect: 'manual' as const, ...(init.body !== undefined ? { body: init.body } : {}) };
    const res = u.origin === PUBLIC_BASE_URL ? await this.app.request(u.pathname + u.search, req) : await fetch(u, req);
    const setCookies = res.headers.getSetCookie();
    if (u.origin === PUBLIC_BASE_URL) this.lastSetCookies = setCookies;
    for (const line of setCookies) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attrs.some((a) => /max-age=0\b/i.test(a.trim()) || /expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    this.hops.push({ url: u.href, status: res.status, location: res.headers.get('location') });
    return res;
  }

  /**
   * Follows redirects from `url` until a response is not a redirect or the browser is about to leave
   * for a URL the test wants to stop at (stopAt). Interaction pages of the mimic get the test's choices.
   */
  async follow(url: string, opts: { stopAt?: (u: URL) => boolean; method?: string; headers?: Record<string, string> } = {}): Promise<{ res: Response; url: URL }> {
    let current = new URL(url, PUBLIC_BASE_URL);
    let res = await this.request(current.href, { method: opts.method ?? 'GET', headers: opts.headers ?? {} });
    for (let i = 0; i < 20; i++) {
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { res, url: current };
      current = new URL(location, current);
      if (current.pathname.startsWith('/interaction/')) {
        for (const [k, v] of Object.entries(this.onInteraction(current))) current.searchParams.set(k, v);
      }
      if (opts.stopAt?.(current)) return { res, url: current };
      res = await this.request(current.href);
    }
    throw new Error('too many redirects');
  }

  sessionCookie(): string | undefined {
    return this.jar(PUBLIC_BASE_URL).get('__Host-guichet_session');
  }
}
