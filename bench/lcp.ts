// Largest Contentful Paint of the member home (issue 20: "LCP, member home, cold cache") in Chromium through
// Playwright, under a network and CPU profile set over CDP (`Network.emulateNetworkConditions`,
// `Emulation.setCPUThrottlingRate`): a fresh context per load (cold cache, no service worker), the member's
// session cookie set, `/` opened, the last LCP entry read once the page has settled.
import { type Browser, chromium } from '@playwright/test';
import { resolveChromium } from '../tests/support/chromium.ts';
import type { RecordedBody } from './bare-server.ts';

export interface NetworkProfile {
  name: string;
  rttMs: number;
  kbps: number;
  cpuSlowdown: number;
}

/** The two profiles: its own slow one and Lighthouse's mobile profile. */
export const PROFILES: NetworkProfile[] = [
  { name: '400 ms RTT / 400 kbps / 4× CPU', rttMs: 400, kbps: 400, cpuSlowdown: 4 },
  { name: '150 ms RTT / 1.6 Mbps / 4× CPU', rttMs: 150, kbps: 1600, cpuSlowdown: 4 },
];

export async function launch(): Promise<Browser> {
  const { executablePath, args } = await resolveChromium();
  return chromium.launch({ executablePath, args });
}

async function memberContext(browser: Browser, origin: string, cookie: string) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'vi-VN' });
  const [name, ...value] = cookie.split('=');
  await context.addCookies([{ name: name ?? '', value: value.join('='), url: origin }]);
  await context.addInitScript(() => {
    const w = window as unknown as { __lcp: number; __lcpElement: string };
    w.__lcp = -1;
    w.__lcpElement = '';
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.__lcp = entry.startTime;
        // Which element it was (BENCH_LCP_DEBUG prints it): tag, size in px², the start of its text.
        const { element, size } = entry as PerformanceEntry & { element: Element | null; size: number };
        w.__lcpElement = `${element?.tagName ?? '?'} ${size} px² "${(element?.textContent ?? '').slice(0, 50)}"`;
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  return context;
}

/** The LCP (ms) of one cold load of the member home at `origin` under `profile`. */
export async function lcpOnce(
  browser: Browser,
  origin: string,
  cookie: string,
  profile: NetworkProfile,
): Promise<number> {
  const context = await memberContext(browser, origin, cookie);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const bytesPerSecond = (profile.kbps * 1000) / 8;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.rttMs,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    await page.goto(`${origin}/`, { waitUntil: 'load', timeout: 180_000 });
    // The home's data arrives after the load event; LCP is final once nothing more is painted.
    await page.waitForLoadState('networkidle', { timeout: 180_000 }).catch(() => undefined);
    await page.waitForTimeout(1_000);
    if (new URL(page.url()).pathname.startsWith('/login'))
      throw new Error('LCP: the member was not signed in');
    // On a loaded machine the entry can come late: wait for it a while before giving up.
    await page
      .waitForFunction(() => (window as unknown as { __lcp: number }).__lcp > 0, undefined, {
        timeout: 15_000,
      })
      .catch(() => undefined);
    const lcp = await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp);
    if (!(lcp > 0)) throw new Error(`LCP: no largest-contentful-paint entry at ${page.url()}`);
    if (process.env.BENCH_LCP_DEBUG) {
      const element = await page.evaluate(() => (window as unknown as { __lcpElement: string }).__lcpElement);
      // Where the time went: the page's answer, the last script's last byte, the inbox's answer (start → end).
      // A string, not a function: tsx would name inner functions with a helper the page does not have.
      const timings: string = await page.evaluate(`(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const resources = performance.getEntriesByType('resource');
        const scripts = resources.filter((r) => r.name.endsWith('.js'));
        const inbox = resources.find((r) => r.name.endsWith('/api/me/inbox'));
        return 'html ' + Math.round(nav.responseEnd) + ', last script ' +
          Math.round(Math.max(...scripts.map((r) => r.responseEnd))) + ', inbox ' +
          (inbox ? Math.round(inbox.startTime) + '→' + Math.round(inbox.responseEnd) : '-') + '; ' +
          resources.map((r) => r.name.replace(location.origin, '') + ' ' + r.encodedBodySize + ' B ' +
            Math.round(r.startTime) + '→' + Math.round(r.responseEnd)).join(', ');
      })()`);
      console.log(`    LCP ${Math.round(lcp)} ms at ${origin}: ${timings}; ${element}`);
    }
    return lcp;
  } finally {
    await context.close();
  }
}

/**
 * The API answers the member home asks for, recorded from one unthrottled load against the real server, so
 * that the bare floor can replay them (event streams are left out: the floor answers them 404).
 */
export async function recordHome(browser: Browser, origin: string, cookie: string): Promise<RecordedBody[]> {
  const context = await memberContext(browser, origin, cookie);
  const recorded: RecordedBody[] = [];
  const pending: Promise<void>[] = [];
  try {
    const page = await context.newPage();
    page.on('response', (response) => {
      const url = new URL(response.url());
      const contentType = response.headers()['content-type'] ?? '';
      if (!url.pathname.startsWith('/api/') || contentType.includes('event-stream')) return;
      if (response.request().method() !== 'GET') return;
      pending.push(
        response
          .text()
          .then((body) => {
            recorded.push({ path: url.pathname + url.search, status: response.status(), contentType, body });
          })
          .catch(() => undefined),
      );
    });
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await Promise.all(pending);
    if (!recorded.some((r) => r.path === '/api/auth/me' && r.status === 200))
      throw new Error('LCP: the home did not sign in while recording');
    return recorded;
  } finally {
    await context.close();
  }
}
