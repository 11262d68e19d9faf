import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Debian's `chromium` package; .ci/run installs it when missing. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** PIDs of live processes whose command line mentions `needle` (our unique profile directory). */
export function pidsUsing(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(needle)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

export interface OfflineBrowser {
  context: BrowserContext;
  /** The fresh profile directory; it appears in the command line of every browser process. */
  profile: string;
  /** Every non-file request the page tried, with its resource type; all were refused. */
  blocked: { url: string; type: string }[];
  close(): Promise<void>;
}

/**
 * Real headless Chromium with a fresh profile and no network: the context is offline and every
 * request that is not file: or data: is aborted (and recorded), so a page must be self-contained.
 */
export async function launchOfflineChromium(): Promise<OfflineBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium\` (.ci/run does) or set CHROMIUM_PATH.`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'llamacloud-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    offline: true,
    viewport: { width: 1280, height: 900 },
  });
  const blocked: OfflineBrowser['blocked'] = [];
  await context.route('**/*', (route) => {
    const request = route.request();
    if (/^(file|data):/.test(request.url())) return route.continue();
    blocked.push({ url: request.url(), type: request.resourceType() });
    return route.abort('internetdisconnected');
  });
  return {
    context,
    profile,
    blocked,
    close: async () => {
      // Closing the persistent context ends the browser; anything still running on our profile is killed by PID.
      await context.close().catch(() => {});
      for (const pid of pidsUsing(profile)) killQuietly(pid);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
