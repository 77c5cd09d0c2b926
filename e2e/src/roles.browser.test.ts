import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD } from '@renda/server/demo/demo-data';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsSkipped, launchChromium } from './browser';
import { ROOT, type ServerProcess, spawnServer, stopServer } from './spawn-server';
import { throwawayDatabaseEnv } from './throwaway-db';

const skip = browserTestsSkipped();
const SHOTS = path.join(ROOT, 'test-results/screenshots');

const CAPABILITIES = ['home', 'sessions', 'suggestions', 'supervision', 'liaison', 'archive'];
const EVERY_ROLE = [...CAPABILITIES, 'roster', 'profile-rules', 'me'];
/** The menu each demo role must see: the office manages accounts and reads the audit trail; nobody else. */
const MENUS: Record<string, string[]> = {
  admin: [...EVERY_ROLE, 'accounts', 'audit'],
  presiding: EVERY_ROLE,
  deputy: EVERY_ROLE,
  unit: EVERY_ROLE,
  scrutineer: EVERY_ROLE,
};

let browser: Browser;
let server: ServerProcess;
let cleanup: () => Promise<void>;

async function signIn(page: Page, username: string) {
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();
}

async function menuOf(page: Page): Promise<string[]> {
  await page.getByTestId('nav-home').first().waitFor();
  const ids = await page
    .locator('[data-testid^="nav-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  return [...new Set(ids.filter((id) => id !== 'nav-toggle').map((id) => id.slice(4)))].sort();
}

describe.skipIf(skip)('signing in as each demo role', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    let env: Record<string, string>;
    ({ env, cleanup } = await throwawayDatabaseEnv());
    server = await spawnServer(env, [], 240_000);
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    if (server) await stopServer(server);
    await cleanup?.();
  });

  it.each(Object.keys(MENUS))('%s sees its own menu', async (role) => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await signIn(page, role);
    expect(await menuOf(page)).toEqual([...(MENUS[role] ?? [])].sort());
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SHOTS, `home-${role}.png`), fullPage: true });
    await context.close();
  });

  it('shows a capability that is not built yet as such', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await signIn(page, 'deputy');
    await page.getByTestId('nav-suggestions').first().click();
    await expect(page.getByTestId('capability-suggestions').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('works on a phone', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    await signIn(page, 'deputy');
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: path.join(SHOTS, 'phone-deputy.png') });
    await page.getByTestId('nav-toggle').click();
    await page.getByTestId('nav-roster').first().waitFor({ state: 'visible' });
    await page.waitForTimeout(600); // the drawer slides in
    await page.screenshot({ path: path.join(SHOTS, 'phone-menu.png') });
    await context.close();
  });
});
