'use strict';

// The public rectification board (/board/{token}) in headless Chromium at a phone's size: the secretary sets up a
// web chat meeting, holds it, adds and publishes tasks (公示) and asks for 公示链接, all through the bot; anyone
// with the link reads the published list in Chinese. Screenshots land in test-results/board-*.png.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const { phoneContext } = require('./browser');
const { RESULTS_DIR, sleep } = require('./harness');
const { meetingInChromium } = require('./opening');
const { say, sayConfirmed, confirmMeetingByLeadsOverride, shanghaiWallClock, shanghaiDay, LEAD, MEMBERS } = require('./webchannel');

const [LI] = MEMBERS;
let boardUrl;

const scene = meetingInChromium('bot-board-browser.log', {
  timeout: 300_000,
  prepare: async ({ bot, meeting }) => {
    const { secretary } = meeting;
    // The meeting moves to a minute or two ahead, the lead's recorded override confirms it, and once it has begun
    // the secretary marks it held: only then do rectification tasks exist.
    const startAt = Math.ceil((Date.now() + 25_000) / 60_000) * 60_000;
    await sayConfirmed(secretary, `改期 ${shanghaiWallClock(startAt)}`, '会议已改期');
    await confirmMeetingByLeadsOverride(bot, meeting);
    await sleep(Math.max(0, startAt - Date.now()) + 1_000);
    await sayConfirmed(secretary, '会议已召开', '会议已标记为召开');
    const due = shanghaiDay(Date.now() + 90 * 24 * 3600 * 1000);
    await say(secretary, `整改 添加 ${LI.name} ${due} 公车管理<不规范>｜建立公车使用登记制度`, '已添加整改任务');
    await say(secretary, `整改 添加 ${LEAD.name} ${due} 调研不深入｜每月下基层不少于4次`, '已添加整改任务');
    await sayConfirmed(secretary, '公示', '已公示');
    const { reply } = await say(secretary, '公示链接', '/board/');
    boardUrl = reply.text.match(/https?:\/\/\S+\/board\/[A-Za-z0-9_-]+/)[0];
  },
});

test('anyone with the board link reads the published rectification list on a phone', { timeout: 60_000 }, async () => {
  const context = await phoneContext(scene.browser);
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
  await say(scene.meeting.secretary, '撤销公示链接', '已撤销');
  const context = await phoneContext(scene.browser);
  const page = await context.newPage();
  const response = await page.goto(boardUrl);
  assert.equal(response.status(), 404);
  const text = await page.locator('body').innerText();
  assert.match(text, /页面不存在/);
  assert.doesNotMatch(text, /整改|深入学习/);
  await page.screenshot({ path: path.join(RESULTS_DIR, 'board-revoked.png') });
  await context.close();
});
