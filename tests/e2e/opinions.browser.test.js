'use strict';

// The public opinion form (/opinions/{token}) in headless Chromium at a phone's size: the secretary sets up a web chat
// meeting and opens the collection (征求意见) through the bot; someone with the link writes an opinion to one member,
// first sending it with only spaces (refused in Chinese, the name kept), then properly; the secretary reads it in
// 意见列表. Screenshots land in test-results/opinions-*.png.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const { phoneContext } = require('./browser');
const { RESULTS_DIR } = require('./harness');
const { meetingInChromium } = require('./opening');
const { say, MEMBERS } = require('./webchannel');

const [LI] = MEMBERS;
let formUrl;

const scene = meetingInChromium('bot-opinions-browser.log', {
  timeout: 300_000,
  prepare: async ({ meeting }) => {
    const { reply } = await say(meeting.secretary, '征求意见', '/opinions/');
    formUrl = reply.text.match(/https?:\/\/\S+\/opinions\/[A-Za-z0-9_-]+/)[0];
  },
});

test('anyone with the link writes an opinion on a phone; a refusal keeps what was typed', { timeout: 90_000 }, async () => {
  const context = await phoneContext(scene.browser);
  const page = await context.newPage();
  const external = [];
  page.on('request', (request) => { if (!request.url().startsWith(new URL(formUrl).origin)) external.push(request.url()); });

  const response = await page.goto(formUrl);
  assert.equal(response.status(), 200);
  assert.match(await page.locator('h1').innerText(), /深入学习贯彻新思想 · 征求意见/);
  assert.equal(await page.locator('script').count(), 0);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the form scrolls sideways on a phone');
  await page.screenshot({ path: path.join(RESULTS_DIR, 'opinions-phone-empty.png'), fullPage: true });

  // Only spaces: the browser lets it through (the field is not empty), the server refuses it in Chinese.
  await page.selectOption('select[name="to"]', { label: LI.name });
  await page.fill('textarea[name="text"]', '   ');
  await page.fill('input[name="name"]', '退休党员老周');
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  assert.match(await page.locator('.error').innerText(), /请填写意见内容。/);
  assert.equal(await page.inputValue('input[name="name"]'), '退休党员老周');
  assert.equal(await page.locator('select[name="to"] option:checked').innerText(), LI.name);
  await page.screenshot({ path: path.join(RESULTS_DIR, 'opinions-phone-refused.png'), fullPage: true });

  await page.fill('textarea[name="text"]', '村里道路硬化拖了两年，答应群众的事没有落实<b>');
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  assert.match(await page.locator('.done').innerText(), /您的意见已收到，谢谢！/);
  await page.screenshot({ path: path.join(RESULTS_DIR, 'opinions-phone-received.png'), fullPage: true });
  assert.deepEqual(external, []);
  await context.close();

  const { reply } = await say(scene.meeting.secretary, '意见列表', '意见1');
  assert.match(reply.text, new RegExp(`意见1．\\[群众提\\] ${LI.name}；退休党员老周；待梳理`));
  assert.match(reply.text, /答应群众的事没有落实/);
});

test('a closed collection refuses its old link with a plain page', { timeout: 60_000 }, async () => {
  await say(scene.meeting.secretary, '结束征求意见', '链接已失效');
  const context = await phoneContext(scene.browser);
  const page = await context.newPage();
  const response = await page.goto(formUrl);
  assert.equal(response.status(), 404);
  assert.match(await page.locator('main').innerText(), /这个征求意见链接无效或已被撤销/);
  await page.screenshot({ path: path.join(RESULTS_DIR, 'opinions-phone-revoked.png'), fullPage: true });
  await context.close();
});
