'use strict';

// The /chat page in headless Chromium (Debian's chromium, driven by playwright-core): people open their invitation
// links and work in Web Chat as in Teams. Screenshots land in test-results/.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const { phoneContext } = require('./browser');
const { RESULTS_DIR } = require('./harness');
const { meetingInChromium } = require('./opening');
const { LEAD, MEMBERS } = require('./webchannel');

const TEST_TIMEOUT = { timeout: 120_000 };
const WAIT_MS = 30_000;
const [LI, WANG] = MEMBERS;
const scene = meetingInChromium('bot-webchat-browser.log');

/** A phone-sized page opened on the person's invitation link. */
async function openLink(person) {
  const context = await phoneContext(scene.browser);
  const page = await context.newPage();
  await page.goto(`${scene.bot.baseUrl}/chat?invite=${encodeURIComponent(scene.meeting.links[person.id])}`);
  await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: WAIT_MS });
  return page;
}

// Web Chat renders Markdown and curls quotes: compare whitespace-normalised text.
const transcriptText = (page) => page.locator('#webchat').innerText().then((t) => t.replace(/\s+/g, ' '));

async function waitForText(page, text) {
  await page.waitForFunction((wanted) => document.querySelector('#webchat').innerText.replace(/\s+/g, ' ').includes(wanted), text, { timeout: WAIT_MS })
    .catch(async (error) => {
      throw new Error(`"${text}" never appeared. The page shows:\n${await transcriptText(page)}\n${scene.bot.describe()}\n${error.message}`);
    });
}

async function type(page, text) {
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.fill(text);
  await box.press('Enter');
}

const shot = (page, name) => page.screenshot({ path: path.join(RESULTS_DIR, `webchat-${name}.png`) });

test('a member opens his invitation link, types 我的任务 and sees his list', TEST_TIMEOUT, async () => {
  const page = await openLink(LI);
  assert.match(await page.locator('#who').innerText(), new RegExp(LI.name));

  await type(page, '我的任务');
  await waitForText(page, '批评发言提纲');
  // One task a line, as the bot wrote it: Markdown must not join the lines into one paragraph on the phone.
  const list = page.locator('.webchat__bubble__content').filter({ hasText: '☐' }).last();
  const taskLines = (await list.innerText()).split('\n').filter((line) => line.includes('☐'));
  assert.ok(taskLines.length >= 2, `each task on its own line, got: ${await list.innerText()}`);

  await shot(page, 'member-tasks');
  await page.context().close();
});

test('a member writes a criticism outline in a card and hands it in; the lead approves it on his own page', TEST_TIMEOUT, async () => {
  const page = await openLink(LI);
  await type(page, `提交 提纲 ${WANG.name}`);
  const answer = page.locator('#webchat textarea').last();
  await answer.waitFor({ timeout: WAIT_MS });
  await answer.fill('1. 党性原则不够强，例如对分管领域的问题没有及时指出\n' +
    '2. 工作落实不够实，例如去年三项重点工作推进缓慢拖延半年\n' +
    '3. 严格自律要求不严，例如公务接待超标一次未及时纠正');
  await page.getByRole('button', { name: '确定' }).last().click();
  await page.getByRole('button', { name: '提交', exact: true }).last().waitFor({ timeout: WAIT_MS });
  await shot(page, 'outline-card');
  await page.getByRole('button', { name: '提交', exact: true }).last().click();
  await waitForText(page, '已提交');
  await shot(page, 'outline-handed-in');
  await page.context().close();

  const lead = await openLink(LEAD);
  // The review request waits in his conversation; he lists what awaits him and approves from the card.
  await type(lead, '待审');
  // The button names whom approving discloses the outline to, and the card says it cannot be undone.
  const approve = lead.getByRole('button', { name: '批准并向' }).last();
  await approve.waitFor({ timeout: WAIT_MS });
  assert.match(await transcriptText(lead), /明示后不能收回/);
  await approve.click();
  await waitForText(lead, '已批准');
  await shot(lead, 'lead-approved');
  assert.match(await transcriptText(lead), /已批准：提纲\d+ 批评发言提纲/);
  await lead.context().close();
});
