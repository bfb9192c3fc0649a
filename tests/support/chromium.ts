import fs from 'node:fs';

// Flags for a closed network and a root user in a container.
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// @sparticuz/chromium's args that break Playwright (the browser dies on a new page) or would make the
// browser weaker than a user's (tests must see same-origin and mixed-content rules as they are).
const DROPPED = [
  '--single-process',
  '--in-process-gpu',
  '--disable-web-security',
  '--allow-running-insecure-content',
];

/** The Debian chromium if installed, else the one @sparticuz/chromium unpacks into /tmp on first use. */
export async function resolveChromium(): Promise<{ executablePath: string; args: string[] }> {
  if (fs.existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', args: BASE_ARGS };
  const { default: chromium } = await import('@sparticuz/chromium');
  const executablePath = await chromium.executablePath();
  const args = chromium.args.filter((arg) => !DROPPED.includes(arg));
  return { executablePath, args: [...new Set([...args, ...BASE_ARGS])] };
}
