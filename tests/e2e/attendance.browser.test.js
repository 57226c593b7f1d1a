'use strict';

// 签到 on the meeting day in headless Chromium at a phone's size: the secretary sets up a web chat meeting for today,
// the lead's recorded override confirms it, a member asks the bot for his own sign-in link in his 1:1 chat, opens it,
// and signs in with the page's one button. Opening the page records nothing; a changed link gets the Chinese page
// for an unknown or expired link. Screenshots land in test-results/attendance-*.png.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const { phoneContext } = require('./browser');
const { RESULTS_DIR } = require('./harness');
const { meetingInChromium } = require('./opening');
const { say, sayConfirmed, openInvitedChat, confirmMeetingByLeadsOverride, shanghaiWallClock, MEMBERS } = require('./webchannel');

const [LI] = MEMBERS;
let signInUrl;

const scene = meetingInChromium('bot-attendance-browser.log', {
  timeout: 300_000,
  prepare: async ({ bot, meeting }) => {
    // Later today on the meeting's wall clock; a test run just before midnight would cross the day.
    await sayConfirmed(meeting.secretary, `改期 ${shanghaiWallClock(Math.ceil((Date.now() + 5 * 60_000) / 60_000) * 60_000)}`, '会议已改期');
    await confirmMeetingByLeadsOverride(bot, meeting);
    const li = await openInvitedChat(bot, meeting, LI);
    const { reply } = await say(li, '签到', '/signin/');
    li.end();
    // The link names the service's public address (a setting); the test bot listens elsewhere.
    signInUrl = bot.baseUrl.replace(/\/$/, '') + new URL(reply.text.match(/https?:\/\/\S+\/signin\/[A-Za-z0-9_.-]+/)[0]).pathname;
  },
});

const phone = () => phoneContext(scene.browser);

test('a member signs in on a phone with his own link, once', { timeout: 60_000 }, async () => {
  const context = await phone();
  const page = await context.newPage();
  const scripts = [];
  page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(request.url()); });
  const response = await page.goto(signInUrl);
  assert.equal(response.status(), 200);
  let text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  assert.match(text, /深入学习贯彻新思想/);
  assert.match(text, new RegExp(`参会人：${LI.name}`));
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the page scrolls sideways on a phone');
  await page.screenshot({ path: path.join(RESULTS_DIR, 'attendance-confirm-phone.png'), fullPage: true });

  await page.getByRole('button', { name: '确认签到' }).tap();
  await page.waitForSelector('.done');
  text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  assert.match(text, /签到成功（\d{2}:\d{2}）/);
  await page.screenshot({ path: path.join(RESULTS_DIR, 'attendance-done-phone.png'), fullPage: true });

  // Opened again: already signed in, no button.
  await page.goto(signInUrl);
  assert.match(await page.locator('main').innerText(), /您已于\d{2}:\d{2}签到/);
  assert.equal(await page.getByRole('button').count(), 0);
  assert.deepEqual(scripts, []);
  await context.close();
});

test('a changed link gets the Chinese page for an unknown or expired link', { timeout: 60_000 }, async () => {
  const context = await phone();
  const page = await context.newPage();
  const response = await page.goto(signInUrl.slice(0, -3) + (signInUrl.endsWith('AAA') ? 'BBB' : 'AAA'));
  assert.equal(response.status(), 404);
  const text = await page.locator('main').innerText();
  assert.match(text, /签到链接无效或已过期/);
  assert.match(text, /发送“签到”获取新的链接/);
  await page.screenshot({ path: path.join(RESULTS_DIR, 'attendance-invalid-phone.png'), fullPage: true });
  await context.close();
});
