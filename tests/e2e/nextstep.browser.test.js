'use strict';

// The next step is visible and readable on a phone and on a desk: in headless Chromium, two members open their
// invitation links (one at 390×844, one at 1280×860). Each is shown their task list on first opening, then asks for
// 我的任务, 进度 and 帮助. Every answer must render as a list (DOM <li>, not lines run together); each open task and
// each help suggestion carries the command to send. Screenshots of each land in test-results/nextstep-*.png.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const { RESULTS_DIR } = require('./harness');
const { meetingInChromium } = require('./opening');
const { MEMBERS } = require('./webchannel');

const WAIT_MS = 30_000;
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844, isMobile: true, person: MEMBERS[0] },
  { name: 'desk', width: 1280, height: 860, isMobile: false, person: MEMBERS[1] },
];
const scene = meetingInChromium('bot-nextstep-browser.log');

const transcriptText = (page) => page.locator('#webchat').innerText().then((t) => t.replace(/\s+/g, ' '));

/** The bot's messages holding `text`, once there are at least `count` of them; resolves with the last one's list items. */
async function answer(page, text, count = 1) {
  await page.waitForFunction(([wanted, n]) => [...document.querySelectorAll('#webchat .webchat__bubble:not(.webchat__bubble--from-user)')]
    .filter((b) => b.innerText.includes(wanted)).length >= n, [text, count], { timeout: WAIT_MS })
    .catch(async (error) => {
      throw new Error(`${count} message(s) with "${text}" never appeared. The page shows:\n${await transcriptText(page)}\n${scene.bot.describe()}\n${error.message}`);
    });
  return page.evaluate((wanted) => {
    const bubbles = [...document.querySelectorAll('#webchat .webchat__bubble:not(.webchat__bubble--from-user)')].filter((b) => b.innerText.includes(wanted));
    const bubble = bubbles[bubbles.length - 1];
    bubble.scrollIntoView({ block: 'end' });
    return [...bubble.querySelectorAll('li')].map((li) => li.innerText.replace(/\s+/g, ' ').trim());
  }, text);
}

async function type(page, text) {
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.fill(text);
  await box.press('Enter');
}

/** Nothing is wider than the window: no sideways scrolling to read a line on a phone. */
async function assertFitsWidth(page, width) {
  const scrollWidth = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(scrollWidth <= width, `the page is ${scrollWidth}px wide in a ${width}px window`);
}

async function shot(page, viewport, what) {
  await page.waitForTimeout(300); // let the transcript finish scrolling before the picture
  await page.screenshot({ path: path.join(RESULTS_DIR, `nextstep-${what}-${viewport.width}x${viewport.height}.png`) });
}

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width}×${viewport.height}, 我的任务, 进度 and 帮助 render as lists with the next step in each`, { timeout: 150_000 }, async () => {
    const context = await scene.browser.newContext({
      viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor: 1, isMobile: viewport.isMobile, hasTouch: viewport.isMobile, locale: 'zh-CN',
    });
    const page = await context.newPage();
    await page.goto(`${scene.bot.baseUrl}/chat?invite=${encodeURIComponent(scene.meeting.links[viewport.person.id])}`);
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: WAIT_MS });

    // Opening the link the first time shows the task list, not only a welcome.
    const firstTasks = await answer(page, '我的任务：', 1);
    assert.ok(firstTasks.some((li) => li.includes('☐')), `the first opening lists open tasks: ${JSON.stringify(firstTasks)}`);
    await shot(page, viewport, 'first-open');

    await type(page, '我的任务');
    const tasks = await answer(page, '我的任务：', 2);
    const open = tasks.filter((li) => li.includes('☐'));
    assert.ok(open.length >= 2, `each open task is a list item: ${JSON.stringify(tasks)}`);
    for (const item of open) assert.match(item, /发送“(提交|确认谈话|集体材料)[^”]*”开始/, `each open task names the command that opens its form: ${item}`);
    assert.ok(open.every((li) => !li.includes('北京时间')), 'the zone is named once in the heading, not on every line');
    assert.doesNotMatch(await transcriptText(page), /Asia\/Shanghai/, 'no zone id is shown');
    await assertFitsWidth(page, viewport.width);
    await shot(page, viewport, 'tasks');

    await type(page, '进度');
    const status = await answer(page, '谈心谈话：已确认');
    assert.ok(status.length >= 3, `progress is a list: ${JSON.stringify(status)}`);
    assert.ok(status.filter((li) => li.includes('已完成')).length >= 2, `each deliverable is a list item: ${JSON.stringify(status)}`);
    await assertFitsWidth(page, viewport.width);
    await shot(page, viewport, 'status');

    await type(page, '帮助');
    const help = await answer(page, '现在您可以');
    assert.ok(help.length >= 3 && help.length <= 4, `help lists the three or four things to do now: ${JSON.stringify(help)}`);
    for (const item of help) assert.match(item, /^发送“[^”]+”/, `each suggestion is a command to send: ${item}`);
    assert.match(await transcriptText(page), /班子成员/, 'help names the person\'s role');
    await assertFitsWidth(page, viewport.width);
    await shot(page, viewport, 'help');
    await context.close();
  });
}
