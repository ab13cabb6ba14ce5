import { createAdaptorServer } from '@hono/node-server';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { MimicAccount } from '../../adapters/identity/franceconnect-mimic.js';
import { createHarness, type Harness, type HarnessOptions } from '../harness.js';
import type { RateLimits } from '../../src/http/context.js';
import { identityConfig, startProvider, type RunningProvider } from '../identity/providers.js';
import type { IdentityConfig } from '../../adapters/identity/provider-config.js';

/**
 * Guichet served over real HTTP on localhost (a secure context, so its __Host- cookies work as in production),
 * with a FranceConnect-like provider, and Debian's Chromium driven by playwright-core. Nothing is downloaded from
 * a browser vendor: .ci/run installs the `chromium` package when it is missing.
 */
export interface Site {
  h: Harness;
  origin: string;
  fc: RunningProvider | null;
  fcPlus: RunningProvider | null;
  browser: Browser;
  close(): Promise<void>;
}

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`No Chromium at ${candidates.join(', ')}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`);
  return found;
}

/**
 * The site with the FranceConnect-like provider for these accounts, or (`identity`) with the providers a test
 * builds once it knows the site's origin (their redirect URIs name it).
 */
export async function startSite(
  accounts: MimicAccount[],
  opts: { limits?: Partial<RateLimits>; identity?: (origin: string) => Promise<IdentityConfig>; franceConnectPlus?: boolean; email?: HarnessOptions['email'] } = {},
): Promise<Site> {
  let fetchApp: (req: Request) => Response | Promise<Response> = () => new Response('starting', { status: 503 });
  const server = createAdaptorServer({ fetch: (req) => fetchApp(req) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const fc = opts.identity ? null : await startProvider('franceconnect', 'franceconnect', accounts, {}, origin);
  const fcPlus = opts.franceConnectPlus ? await startProvider('franceconnect-plus', 'franceconnect_plus', accounts, {}, origin) : null;
  const identity = opts.identity ? await opts.identity(origin) : identityConfig(...[fc!, ...(fcPlus ? [fcPlus] : [])]);
  const h = await createHarness({ identity, publicBaseUrl: origin, ...(opts.limits ? { limits: opts.limits } : {}), ...(opts.email ? { email: opts.email } : {}) });
  fetchApp = h.app.fetch;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    // The machine's network is closed: Chromium must not try to reach Google's services at start.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    h,
    origin,
    fc,
    fcPlus,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await fc?.mimic.close();
      await fcPlus?.mimic.close();
      await h.close();
    },
  };
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the page as it is now: no violation of impact serious or critical (RGAA 4.1 / WCAG 2.1 AA rules). */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  // Evaluated through the DevTools protocol: the page's own CSP (no script at all) stays as in production.
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE);
  const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })`)) as {
    violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
    passes: unknown[];
  };
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${state}`).toEqual([]);
  // A check that ran: axe passed rules on this page (an empty page would pass nothing).
  expect(result.passes.length, `axe ran on ${state}`).toBeGreaterThan(10);
}

/**
 * Tabs through the page until the focused element matches `selector`, as a keyboard user would: fails if the
 * element is not reachable within `max` presses.
 */
export async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached with the keyboard in ${max} Tab presses`);
}

/** Every request a page makes, to assert nothing leaves the site's origin. */
export function watchRequests(page: Page, origin: string): { offsite(): string[]; cspViolations: string[] } {
  const offsite: string[] = [];
  const cspViolations: string[] = [];
  page.on('request', (r) => {
    const from = r.frame().url();
    // The identity provider's own pages are the provider's; what Guichet's pages load must stay on Guichet.
    if (!r.isNavigationRequest() && from.startsWith(origin) && !r.url().startsWith(origin)) offsite.push(`${r.url()} from ${from}`);
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  return { offsite: () => offsite, cspViolations };
}
