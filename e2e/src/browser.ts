import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, or CHROMIUM_PATH. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** In CI the browser tests must run; elsewhere they are skipped, and say so, when no Chromium is found. */
export function browserTestsSkipped(): boolean {
  const found = chromiumPath() !== null;
  if (!found && process.env.CI)
    throw new Error("CI must run the browser tests, but no Chromium was found (install Debian's chromium)");
  if (!found) console.warn('SKIPPED: browser tests need Chromium at /usr/bin/chromium or CHROMIUM_PATH');
  return !found;
}

export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium');
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
