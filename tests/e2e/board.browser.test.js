'use strict';

// The public rectification board (/board/{token}) in headless Chromium at a phone's size: the secretary sets up a
// web chat meeting, holds it, adds and publishes tasks (公示) and asks for 公示链接, all through the bot; anyone
// with the link reads the published list in Chinese. Screenshots land in test-results/board-*.png.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const { launchChromium } = require('./browser');
const { startBot, RESULTS_DIR, sleep } = require('./harness');
const { setUpMeeting, say, sayConfirmed, tokenFor, openChat, LEAD, MEMBERS } = require('./webchannel');

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const [LI] = MEMBERS;
let bot;
let meeting;
let browser;
let boardUrl;

/** A start a minute or two ahead on the meeting's (default, Asia/Shanghai) wall clock, as people write it: 11月26日16:05. */
function soon() {
  const local = new Date(Math.ceil((Date.now() + 25_000) / 60_000) * 60_000 + SHANGHAI_OFFSET_MS);
  const pad = (n) => String(n).padStart(2, '0');
  return { text: `${local.getUTCMonth() + 1}月${local.getUTCDate()}日${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`, at: local.getTime() - SHANGHAI_OFFSET_MS };
}

const isoDay = (ms) => new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

before(async () => {
  bot = await startBot({ logName: 'bot-board-browser.log' });
  meeting = await setUpMeeting(bot);
  const { secretary } = meeting;
  // The meeting moves to a minute from now, the lead's recorded override confirms it, and once it has begun the
  // secretary marks it held: only then do rectification tasks exist.
  const start = soon();
  await sayConfirmed(secretary, `改期 ${start.text}`, '会议已改期');
  const { token } = await tokenFor(bot.baseUrl, meeting.links[LEAD.id]);
  const lead = await openChat(bot, { token, userId: LEAD.id });
  await sayConfirmed(lead, '确认会议 强制 端到端测试', '理由已记录');
  lead.end();
  await sleep(Math.max(0, start.at - Date.now()) + 1_000);
  await sayConfirmed(secretary, '会议已召开', '会议已标记为召开');
  const due = isoDay(Date.now() + 90 * 24 * 3600 * 1000);
  await say(secretary, `整改 添加 ${LI.name} ${due} 公车管理<不规范>｜建立公车使用登记制度`, '已添加整改任务');
  await say(secretary, `整改 添加 ${LEAD.name} ${due} 调研不深入｜每月下基层不少于4次`, '已添加整改任务');
  await sayConfirmed(secretary, '公示', '已公示');
  const { reply } = await say(secretary, '公示链接', '/board/');
  boardUrl = reply.text.match(/https?:\/\/\S+\/board\/[A-Za-z0-9_-]+/)[0];
  browser = await launchChromium();
}, { timeout: 300_000 });

after(async () => {
  meeting?.secretary.end();
  await browser?.close();
  await bot?.stop();
});

test('anyone with the board link reads the published rectification list on a phone', { timeout: 60_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const page = await context.newPage();
  const response = await page.goto(boardUrl);
  assert.equal(response.status(), 200);

  const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  assert.match(text, /深入学习贯彻新思想 · 整改公示/);
  assert.match(text, /阶段 已召开，整改落实中/);
  assert.match(text, /共2项：已完成0，整改中0，逾期0/);
  assert.match(text, /公车管理<不规范>/); // shown as text, not markup
  assert.match(text, /建立公车使用登记制度/);
  assert.match(text, new RegExp(LI.name));
  assert.match(text, /每月下基层不少于4次/);
  assert.equal(await page.locator('a[href="/chat"]').count(), 1);
  // On a phone each task is a card: no horizontal scrolling.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the page scrolls sideways on a phone');
  await page.screenshot({ path: path.join(RESULTS_DIR, 'board-phone.png'), fullPage: true });
  await context.close();
});

test('a revoked board link shows only 页面不存在', { timeout: 60_000 }, async () => {
  await say(meeting.secretary, '撤销公示链接', '已撤销');
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'zh-CN' });
  const page = await context.newPage();
  const response = await page.goto(boardUrl);
  assert.equal(response.status(), 404);
  const text = await page.locator('body').innerText();
  assert.match(text, /页面不存在/);
  assert.doesNotMatch(text, /整改|深入学习/);
  await page.screenshot({ path: path.join(RESULTS_DIR, 'board-revoked.png') });
  await context.close();
});
