'use strict';

// What people type shows as typed in other people's Web Chat: a meeting whose theme is written as a Markdown link,
// whose place and people's names carry Markdown emphasis and HTML, is set up by the secretary; a member opens his
// invitation link in headless Chromium and asks for 进度. Web Chat renders Markdown (with raw HTML
// and linkify on), so unescaped text would give him a link to http://evil.example and bold names.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const { launchChromium } = require('./browser');
const { startBot, RESULTS_DIR } = require('./harness');
const { addToDirectory, inviteFromCommandLine, openChatFromCommandLine, answerNewMeeting } = require('./webchannel');

const WAIT_MS = 20_000;
const THEME = '[点我](http://evil.example)';
const PLACE = '**三楼**<b>会议室</b>';
const SECRETARY = { id: null, name: '周秘书' };
const LEAD = { id: null, name: '**张**主任' };
const MEMBER = { id: null, name: '<b>李四</b>' };
const OTHER = { id: null, name: '王五' };
let bot;
let secretary;
let memberCode;
let browser;

before(async () => {
  bot = await startBot({ logName: 'bot-markdown-browser.log' });
  await addToDirectory(bot, SECRETARY, ['--unit', '党政办', '--role', 'organiser']);
  for (const person of [LEAD, MEMBER, OTHER]) await addToDirectory(bot, person);
  secretary = await openChatFromCommandLine(bot, SECRETARY);
  await answerNewMeeting(secretary, { theme: THEME, place: PLACE, lead: LEAD, members: [MEMBER, OTHER], confirmedName: OTHER.name });
  [{ code: memberCode }] = await inviteFromCommandLine(bot, ['--person', MEMBER.id]);
  browser = await launchChromium();
}, { timeout: 120_000 });

after(async () => {
  secretary?.end();
  await browser?.close();
  await bot?.stop();
});

const transcriptText = (page) => page.locator('#webchat').innerText().then((t) => t.replace(/\s+/g, ' '));

/** Waits until the transcript holds `count` bot messages that contain `text`. */
async function waitForMessages(page, text, count) {
  await page.waitForFunction(([wanted, n]) => [...document.querySelectorAll('#webchat .webchat__bubble:not(.webchat__bubble--from-user)')]
    .filter((b) => b.innerText.includes(wanted)).length >= n, [text, count], { timeout: WAIT_MS })
    .catch(async (error) => {
      throw new Error(`${count} message(s) with "${text}" never appeared. The page shows:\n${await transcriptText(page)}\n${bot.describe()}\n${error.message}`);
    });
}

test('a theme written as a Markdown link, a place and names with emphasis and HTML show as typed in another person\'s Web Chat', { timeout: 60_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${bot.baseUrl}/chat?invite=${encodeURIComponent(memberCode)}`);
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.waitFor({ timeout: WAIT_MS });
  await box.fill('进度');
  await box.press('Enter');
  // The welcome names him, his task list names the theme; the answer to 进度 names the theme, the place and everyone behind.
  await waitForMessages(page, '谈心谈话', 1);
  await page.screenshot({ path: path.join(RESULTS_DIR, 'markdown-member.png') });

  const links = await page.locator('#webchat a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  assert.deepEqual(links.filter((href) => href.includes('evil.example')), [], 'no link to the address typed into the theme');
  const emphasised = await page.locator('#webchat strong, #webchat b, #webchat em').evaluateAll((es) => es.map((e) => e.textContent));
  for (const typed of ['三楼', '会议室', '张', '李四']) {
    assert.ok(!emphasised.includes(typed), `"${typed}" is not shown in bold: ${JSON.stringify(emphasised)}`);
  }

  const shown = await transcriptText(page);
  for (const typed of [THEME, PLACE, LEAD.name]) {
    assert.ok(shown.includes(typed), `"${typed}" is shown as typed, without backslashes. The page shows:\n${shown}`);
  }

  assert.ok(!shown.includes('\\'), `no escape character shows. The page shows:\n${shown}`);
  await context.close();
});
