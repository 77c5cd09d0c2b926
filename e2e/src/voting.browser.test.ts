import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD, DEMO_SESSION, demoDeputies } from '@renda/server/demo/demo-data';
import type { Browser, BrowserContext, Page, Response as PwResponse } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsSkipped, launchChromium } from './browser';
import { HttpSession } from './http-session';
import { ROOT, type ServerProcess, spawnServer, stopServer } from './spawn-server';
import { throwawayDatabaseEnv } from './throwaway-db';

const skip = browserTestsSkipped();
const SHOTS = path.join(ROOT, 'test-results/screenshots');
const SLOW = 240_000;
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

let browser: Browser;
let server: ServerProcess;
let cleanup: () => Promise<void>;
const contexts: BrowserContext[] = [];
/** Shared by the election test: the session the first test opened, and the deputies' phones. */
let hall: { sessionId: string; phones: Page[]; chair: Page; screen: Page } | undefined;

async function signedIn(username: string, phone = false): Promise<Page> {
  const context = await browser.newContext(
    phone
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' }
      : { viewport: { width: 1366, height: 860 }, locale: 'zh-CN' },
  );
  contexts.push(context);
  const page = await context.newPage();
  // a refused request is the first thing to read when a step times out
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url().includes('/api/') && !r.url().endsWith('/api/auth/me'))
      void r.text().then((body) => console.warn(`${username}: ${r.status()} ${r.url()} ${body}`));
  });
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();
  return page;
}

/** Runs a test; when it fails, saves what every open page showed. */
async function showingPagesOnFailure(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (e) {
    for (const [i, c] of contexts.entries())
      for (const p of c.pages())
        await p
          .screenshot({ path: path.join(SHOTS, `voting-failed-${i}.png`) })
          .catch((err) => console.error(err));
    throw e;
  }
}

/** Clicks a button once it is not busy: a loading Ant Design button ignores clicks. */
async function press(page: Page, testId: string): Promise<void> {
  await page.locator(`[data-testid="${testId}"]:not(.ant-btn-loading)`).click();
}

/**
 * Presses a button that sends a POST to a path containing `urlPart` and returns the response. A press
 * the page swallowed (no request within 10 s) is pressed again, at most three times in all.
 */
async function pressAndSend(page: Page, testId: string, urlPart: string): Promise<PwResponse> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const sent = page
      .waitForResponse((r) => r.url().includes(urlPart) && r.request().method() === 'POST', {
        timeout: 10_000,
      })
      .catch(() => null);
    await press(page, testId);
    const response = await sent;
    if (response) return response;
  }
  throw new Error(`${testId}: pressed three times, no request sent`);
}

async function json<T>(r: Response): Promise<T> {
  expect(r.status, await r.clone().text()).toBe(200);
  return (await r.json()) as T;
}

describe.skipIf(skip)(
  'a vote in the hall: office, staff, presiding officer, three deputies, big screen',
  () => {
    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      let env: Record<string, string>;
      ({ env, cleanup } = await throwawayDatabaseEnv());
      server = await spawnServer(env, [], SLOW);
      browser = await launchChromium();
    }, SLOW + 60_000);
    afterAll(async () => {
      for (const c of contexts) await c.close();
      await browser?.close();
      if (server) await stopServer(server);
      await cleanup?.();
    });

    it(
      'runs from a new session to a published, recountable result',
      () =>
        showingPagesOnFailure(async () => {
          const api = new HttpSession(server.url);
          await api.login('admin', DEMO_PASSWORD);
          type S = { id: string; number: number; version: number; title: string };
          // the demo's session in progress is closed, so the new one is the session of the day
          const demo = (await json<S[]>(await api.request('GET', '/api/sessions'))).find(
            (s) => s.number === DEMO_SESSION.number,
          );
          expect(demo).toBeDefined();
          await json(
            await api.request('PATCH', `/api/sessions/${demo?.id}`, {
              status: 'closed',
              version: demo?.version,
            }),
          );

          // the office creates session 7 and its agenda item in the browser
          const office = await signedIn('admin');
          await office.getByTestId('nav-sessions').first().click();
          await office.getByTestId('sessions-tab-list').click();
          await office.getByRole('button', { name: '新建会议' }).click();
          const modal = office.locator('.ant-modal');
          await modal.getByLabel('第几次会议').fill('7');
          await modal.getByLabel('开始日期').fill('2026-12-01');
          await modal.getByLabel('开始日期').press('Enter');
          await modal.getByLabel('结束日期').fill('2026-12-02');
          await modal.getByLabel('结束日期').press('Enter');
          await modal.getByLabel('地点').fill('县人民会堂');
          await modal.getByRole('button', { name: /保\s*存/ }).click();
          const title = '云川县第十八届人民代表大会第七次会议';
          await office.getByRole('button', { name: title }).waitFor();
          await shot(office, 'sessions-list');
          const session = (await json<S[]>(await api.request('GET', '/api/sessions'))).find(
            (s) => s.number === 7,
          );
          expect(session?.title).toBe(title);
          const sessionId = session?.id as string;

          await office.getByRole('button', { name: title }).click();
          await office.getByRole('button', { name: '新增议程事项' }).click();
          await modal.getByLabel('类别').click();
          await office.locator('.ant-select-item-option', { hasText: '表决' }).click();
          await modal.getByLabel('议程事项').fill('表决关于加强基层治理的决定');
          await modal.getByLabel('说明或表决文本').fill('大会通过关于加强基层治理的决定。');
          await modal.getByRole('button', { name: /保\s*存/ }).click();
          await office.getByText('表决关于加强基层治理的决定').waitFor();
          await shot(office, 'sessions-agenda');
          await json(
            await api.request('PATCH', `/api/sessions/${sessionId}`, { status: 'in_progress', version: 1 }),
          );

          // staff scan one deputy's card; 116 more are signed in at the desk
          const people = demoDeputies(180);
          await office.getByTestId('sessions-tab-attendance').click();
          await office.getByTestId('card-code').fill(people[10]?.cardCode ?? '');
          await office.getByTestId('card-code').press('Enter');
          await office.getByText('已登记').waitFor();
          const rows = await json<
            { deputyId: string; name: string; status: string; method: string | null }[]
          >(await api.request('GET', `/api/sessions/${sessionId}/attendance`));
          expect(rows.find((r) => r.name === people[10]?.name)).toMatchObject({
            status: 'present',
            method: 'card',
          });
          const byName = new Map(rows.map((r) => [r.name, r.deputyId]));
          const own = new Set([1, 2, 3, 10].map((i) => people[i]?.name));
          const desk = people.filter((p) => !own.has(p.name)).slice(0, 116);
          for (const p of desk) {
            await json(
              await api.request('POST', `/api/sessions/${sessionId}/attendance`, {
                deputyId: byName.get(p.name),
              }),
            );
          }
          await office.reload();
          await office.getByTestId('console-quorum').waitFor();
          await shot(office, 'sessions-attendance');

          // 117 of 180 present: the presiding officer cannot open the vote, and is told why
          const chair = await signedIn('presiding');
          await chair.goto(`${server.url}/sessions?tab=console&session=${sessionId}`);
          await chair.getByText('未达法定人数').first().waitFor();
          await expect(chair.getByTestId('vote-open').isDisabled()).resolves.toBe(true);
          await chair.getByText('需 120 人，现 117 人').waitFor();

          // three deputies sign in on their phones: 120 present, two thirds of 180
          const phones: Page[] = [];
          for (const username of ['deputy', 'deputy2', 'deputy3']) {
            const phone = await signedIn(username, true);
            await phone.goto(`${server.url}/sessions`);
            await press(phone, 'check-in');
            await phone.getByText('已签到').waitFor();
            phones.push(phone);
          }
          await shot(phones[0] as Page, 'phone-checked-in');

          const screenContext = await browser.newContext({
            viewport: { width: 1920, height: 1080 },
            locale: 'zh-CN',
          });
          contexts.push(screenContext);
          const screen = await screenContext.newPage();
          await screen.goto(`${server.url}/screen/${sessionId}`);
          await screen.getByText('出席 120 / 在任 180').waitFor();

          await chair.getByText('已达法定人数').waitFor();
          await press(chair, 'vote-open');
          await chair.getByTestId('console-ballots').waitFor();
          await screen.getByText('已投票 0 / 出席 120').waitFor();

          const choices = ['yes', 'yes', 'no'] as const;
          const receipts: string[] = [];
          for (const [i, phone] of phones.entries()) {
            const choice = choices[i] as (typeof choices)[number];
            await phone.getByTestId(`vote-choice-${choice}`).click();
            await phone.getByText(`您选择了：${choice === 'yes' ? '赞成' : '反对'}，确认提交？`).waitFor();
            if (i === 0) {
              await phone.locator('.ant-modal').waitFor();
              await phone.waitForTimeout(500); // the dialog's opening animation
              await shot(phone, 'phone-vote-confirm');
            }
            {
              const sent = await pressAndSend(phone, 'vote-confirm', '/ballots');
              expect(sent.status(), await sent.text()).toBe(200);
            }
            const code = (await phone.getByTestId('vote-receipt').textContent()) ?? '';
            expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
            receipts.push(code);
            if (i === 0) {
              await phone.locator('.ant-modal').waitFor({ state: 'hidden' });
              await shot(phone, 'phone-vote-receipt');
            }
          }
          await screen.getByText('已投票 3 / 出席 120').waitFor();
          await shot(screen, 'big-screen-voting');
          await chair.getByTestId('console-ballots').getByText('已收到表决 3 票').waitFor();

          await press(chair, 'vote-close');
          await chair.locator('.ant-popconfirm .ant-btn-primary').click();
          await chair.getByTestId('console-result').waitFor();
          await chair.getByText('表决记录').waitFor();
          await chair.getByRole('link', { name: '公开票单' }).waitFor();
          await shot(chair, 'console-result');
          const result = screen.getByTestId('screen-result');
          await result.getByText('未通过').waitFor();
          for (const [k, n] of [
            ['yes', '2'],
            ['no', '1'],
            ['abstain', '0'],
            ['notVoting', '117'],
          ])
            await expect(result.getByTestId(`screen-count-${k}`).textContent()).resolves.toMatch(
              new RegExp(`${n}$`),
            );
          await result.getByText('全体代表 180 人，过半数 91 票').waitFor();
          await shot(screen, 'big-screen-result');

          // each deputy finds their receipt in the published list, which names nobody
          const votes = await json<{ id: string }[]>(
            await api.request('GET', `/api/sessions/${sessionId}/votes`),
          );
          const published = await json<{ ballots: { receipt: string; choice: string; deputy?: unknown }[] }>(
            await fetch(`${server.url}/api/votes/${votes[0]?.id}/published`),
          );
          expect(published.ballots.map((b) => b.receipt).sort()).toEqual([...receipts].sort());
          for (const [i, r] of receipts.entries())
            expect(published.ballots.find((b) => b.receipt === r)?.choice).toBe(choices[i]);
          expect(JSON.stringify(published)).not.toContain(people[1]?.name ?? '—');
          hall = { sessionId, phones, chair, screen };
        }),
      SLOW,
    );

    it(
      'elects a county head: nomination, candidate fixed, phone ballots with a write-in, a paper ballot entered twice, the result report',
      () =>
        showingPagesOnFailure(async () => {
          if (!hall) throw new Error('needs the vote test first');
          const { sessionId, phones, chair, screen } = hall;
          const api = new HttpSession(server.url);
          await api.login('admin', DEMO_PASSWORD);
          const item = await json<{ id: string }>(
            await api.request('POST', `/api/sessions/${sessionId}/agenda`, {
              kind: 'election',
              title: '选举县长',
            }),
          );
          const election = await json<{ id: string; offices: { id: string }[] }>(
            await api.request('POST', `/api/sessions/${sessionId}/elections`, {
              itemId: item.id,
              offices: [{ name: '县长', officeType: 'head', seats: 1, marginExtra: 1 }],
            }),
          );
          const officeId = election.offices[0]?.id;
          for (const candidateName of ['张明远']) // one nominee for one head seat stands unopposed (等额)
            await json(
              await api.request('POST', `/api/elections/${election.id}/nominations`, {
                officeId,
                candidateName,
              }),
            );

          await chair.goto(`${server.url}/sessions?tab=elections&session=${sessionId}`);
          await press(chair, 'fix-candidates');
          await press(chair, 'round-open');
          await chair.getByTestId('round-ballots').waitFor();

          // two vote for the candidate; the third votes no and writes in another person (另选他人)
          const receipts: string[] = [];
          for (const [i, phone] of phones.entries()) {
            await phone.reload();
            const row = phone.getByTestId('mark-张明远');
            await row.getByText(i < 2 ? '赞成' : '反对').click();
            if (i === 2) await phone.getByPlaceholder('另选他人（填写姓名）').fill('李秀兰');
            if (i === 0) await shot(phone, 'phone-election-ballot');
            await press(phone, 'election-submit');
            await phone.getByText(`县长：赞成 ${i < 2 ? '张明远' : '李秀兰'}`).waitFor();
            {
              const sent = await pressAndSend(phone, 'election-confirm', '/ballots');
              expect(sent.status(), await sent.text()).toBe(200);
            }
            receipts.push((await phone.getByTestId('election-receipt').textContent()) ?? '');
          }
          await chair.getByTestId('round-ballots').getByText('电子选票 3 张').waitFor();

          // one paper ballot, entered by the demo scrutineer and again by a second one
          const created = await json<{ initialPassword: string }>(
            await api.request('POST', '/api/accounts', {
              username: 'scrutineer2',
              displayName: '计票人乙',
              role: 'scrutineer',
            }),
          );
          const second = new HttpSession(server.url);
          await second.login('scrutineer2', created.initialPassword);
          await json(
            await second.request('POST', '/api/auth/password', {
              currentPassword: created.initialPassword,
              newPassword: 'second-scrutineer-2026',
            }),
          );
          await second.login('scrutineer2', 'second-scrutineer-2026');
          const desk = await signedIn('scrutineer');
          await desk.getByTestId('nav-sessions').first().click();
          await desk.getByTestId('paper-mark-张明远').getByText('赞成').click();
          await press(desk, 'paper-submit');
          await desk.getByText('第 1 张已录入，待另一位计票人复核').waitFor();
          await shot(desk, 'scrutineer-entry');
          const rounds = await json<
            { id: string; offices: { candidates: { id: string; name: string }[] }[] }[]
          >(await api.request('GET', `/api/elections/${election.id}/rounds`));
          const round = rounds[0];
          const ids = new Map(round?.offices[0]?.candidates.map((c) => [c.name, c.id]));
          const entry = (mark: 'yes' | 'no') => ({
            kind: 'ballot',
            box: '1号票箱',
            seq: 1,
            pass: 2,
            offices: [
              {
                officeId,
                marks: Object.fromEntries(
                  [...ids].map(([name, id]) => [id, name === '张明远' ? mark : 'abstain']),
                ),
                writeIns: [],
              },
            ],
          });
          const mismatch = await second.request(
            'POST',
            `/api/election-rounds/${round?.id}/paper-entries`,
            entry('no'),
          );
          expect(mismatch.status).toBe(409);
          expect(((await mismatch.json()) as { code: string }).code).toBe('ENTRY_MISMATCH');
          await json(
            await second.request('POST', `/api/election-rounds/${round?.id}/paper-entries`, entry('yes')),
          );

          // a second box counted by hand, entered as totals on the page and again by the second scrutineer
          const totals = [...ids].map(([name, candidateId]) => ({
            candidateId,
            name,
            yes: name === '张明远' ? 1 : 0,
            no: 0,
            abstain: name === '张明远' ? 0 : 1,
          }));
          await desk.getByText('按票箱汇总录入').click();
          await desk.getByTestId('box-name').fill('2号票箱');
          await desk.getByTestId('box-ballots').fill('1');
          for (const row of totals)
            await desk.getByTestId(`box-${row.name}-${row.yes ? 'yes' : 'abstain'}`).fill('1');
          await press(desk, 'box-submit');
          await desk.getByText('2号票箱已录入，待另一位计票人复核').waitFor();
          await shot(desk, 'scrutineer-box');
          await json(
            await second.request('POST', `/api/election-rounds/${round?.id}/paper-entries`, {
              kind: 'box',
              box: '2号票箱',
              pass: 2,
              ballots: 1,
              offices: [{ officeId, invalid: 0, totals }],
            }),
          );

          await json(
            await api.request('PUT', `/api/election-rounds/${round?.id}/ballots-issued`, {
              ballotsIssued: 2,
            }),
          );
          await chair.reload();
          await press(chair, 'round-close');
          await chair.locator('.ant-popconfirm .ant-btn-primary').click();
          const result = chair.getByTestId('round-result');
          await result.waitFor();
          await shot(chair, 'election-result');
          const onScreen = screen.getByTestId('screen-elected');
          await onScreen.getByText('无人获得过半数选票').waitFor();
          await expect(onScreen.textContent()).resolves.toContain('县长');
          await shot(screen, 'big-screen-election');
          // 3 of 180 voted yes for the winner at most: nobody reaches more than half of all deputies in office
          await expect(result.getByText('当选', { exact: true }).count()).resolves.toBe(0);
          const published = await json<{ ballots: { receipt: string }[] }>(
            await fetch(`${server.url}/api/election-rounds/${round?.id}/published`),
          );
          for (const r of receipts) expect(published.ballots.map((b) => b.receipt)).toContain(r);
          const report = await api.request('GET', `/api/election-rounds/${round?.id}/export?format=docx`);
          expect(report.status).toBe(200);
          expect(
            Buffer.from(await report.arrayBuffer())
              .subarray(0, 2)
              .toString(),
          ).toBe('PK');
        }),
      SLOW,
    );
  },
);
