import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD, demoDeputies } from '@renda/server/demo/demo-data';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsSkipped, launchChromium } from './browser';
import { ROOT, type ServerProcess, spawnServer, stopServer } from './spawn-server';
import { throwawayDatabaseEnv } from './throwaway-db';

const skip = browserTestsSkipped();
const SHOTS = path.join(ROOT, 'test-results/screenshots');

let browser: Browser;
let server: ServerProcess;
let cleanup: () => Promise<void>;
let page: Page;

describe.skipIf(skip)('the congress office at work', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    let env: Record<string, string>;
    ({ env, cleanup } = await throwawayDatabaseEnv());
    server = await spawnServer(env, [], 240_000);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-user').waitFor();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    if (server) await stopServer(server);
    await cleanup?.();
  });

  it('finds a deputy by name and corrects the record', async () => {
    const target = demoDeputies(180)[7]!;
    await page.goto(`${server.url}/roster/deputies`);
    await page.getByTestId('deputy-search').locator('input').fill(target.name);
    await page.getByTestId('deputy-search').locator('input').press('Enter');
    const row = page.locator('.ant-table-row', { hasText: target.name });
    await row.first().waitFor();
    expect(await page.locator('.ant-table-row').count()).toBeGreaterThanOrEqual(1);
    await row.first().click();
    await page.getByTestId('deputy-edit').click();
    const name = page.getByTestId('deputy-name');
    await name.fill(`${target.name}（更正）`);
    await page.getByTestId('deputy-save').click();
    await page
      .locator('.ant-table-row', { hasText: `${target.name}（更正）` })
      .first()
      .waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'office-deputies.png') });
  });

  it('keeps a colleague’s edit: a stale form reloads the latest record instead of overwriting it', async () => {
    const target = demoDeputies(180)[9]!;
    await page.goto(`${server.url}/roster/deputies`);
    await page.getByTestId('deputy-search').locator('input').fill(target.name);
    await page.getByTestId('deputy-search').locator('input').press('Enter');
    await page.locator('.ant-table-row', { hasText: target.name }).first().click();
    await page.getByTestId('deputy-edit').click();
    await page.getByTestId('deputy-name').fill(`${target.name}（我的修改）`);
    // meanwhile a colleague changes the same record
    const list = await page.request.get(`${server.url}/api/deputies?q=${encodeURIComponent(target.name)}`);
    const deputy = ((await list.json()) as { items: { id: string; version: number }[] }).items[0]!;
    const { token } = (await (await page.request.get(`${server.url}/api/auth/csrf`)).json()) as {
      token: string;
    };
    const theirs = await page.request.patch(`${server.url}/api/deputies/${deputy.id}`, {
      headers: { 'x-csrf-token': token },
      data: { occupation: '同事改过的职业', version: deputy.version },
    });
    expect(theirs.status()).toBe(200);
    await page.getByTestId('deputy-save').click();
    await page.getByText('该记录已被他人修改').waitFor();
    const after = await page.request.get(`${server.url}/api/deputies/${deputy.id}`);
    expect(await after.json()).toMatchObject({ name: target.name, occupation: '同事改过的职业' });
    await page.screenshot({ path: path.join(SHOTS, 'office-stale-version.png') });
    await page.keyboard.press('Escape');
  });

  it('imports units from a CSV: a bad file is refused row by row, a good one imported whole', async () => {
    const dir = path.join(os.tmpdir(), `renda-csv-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const bad = path.join(dir, '单位-有误.csv');
    const good = path.join(dir, '单位.csv');
    writeFileSync(bad, '\uFEFF单位名称,类型,联系人\n县审计局,政府部门,张三\n县统计局,不存在的类型,李四\n');
    writeFileSync(good, '\uFEFF单位名称,类型,联系人\n县审计局,政府部门,张三\n县统计局,政府部门,李四\n');
    await page.goto(`${server.url}/roster/import`);
    await page.locator('.ant-radio-button-wrapper', { hasText: '承办单位' }).click();
    await page.locator('input[type=file]').setInputFiles(bad);
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-errors').waitFor();
    const errors = await page.getByTestId('import-errors').innerText();
    expect(errors).toContain('不存在的类型');
    expect(errors).toMatch(/\b3\b/);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'office-import-errors.png'), fullPage: true });

    await page.goto(`${server.url}/roster/import`);
    await page.locator('.ant-radio-button-wrapper', { hasText: '承办单位' }).click();
    await page.locator('input[type=file]').setInputFiles(good);
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-commit').click();
    await page.getByText('已导入 2 条记录').waitFor();
    await page.goto(`${server.url}/roster/units`);
    await page.locator('.ant-table-row', { hasText: '县统计局' }).first().waitFor();
  });

  it('shows the changes in the audit trail and verifies the chain', async () => {
    await page.goto(`${server.url}/audit`);
    await page.locator('.ant-table-row', { hasText: 'unit.imported' }).first().waitFor();
    await page.getByTestId('audit-verify').click();
    await page.getByText(/审计链完整/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'office-audit.png') });
  });

  it('reads the rule profile with its legal sources, in English too', async () => {
    await page.goto(`${server.url}/profile-rules`);
    const quorum = page.getByTestId('rule-session.quorum');
    await quorum.waitFor();
    expect(await quorum.innerText()).toContain('第十四条第四款');
    await page.evaluate(() => localStorage.setItem('renda.language', 'en'));
    await page.reload();
    await page.getByTestId('rule-session.quorum').waitFor();
    expect(await page.getByTestId('nav-roster').first().innerText()).toContain('Roster');
    await page.screenshot({ path: path.join(SHOTS, 'office-profile-en.png') });
  });
});
