'use strict';

// One person with the web chat open in several windows at once (phone and PC): two botframework-directlinejs
// clients on the WebSocket stream and one Chromium page on /chat, all in the person's own conversation. The person
// sends 50 messages, alternating between the two clients; every window must receive every reply, in watermark
// order, each within a second of the bot posting it. Before, each new socket closed the older ("collision") and
// the windows kept kicking each other off.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const { launchChromium } = require('./browser');
const { startBot, sleep, RESULTS_DIR } = require('./harness');
const { inviteFromCommandLine, addToDirectory, tokenFor, openChat } = require('./webchannel');

// Its id is the directory's, filled in by addToDirectory.
const PERSON = { name: '赵六' };
const MESSAGES = 50;
const MAX_DELAY_MS = 1_000;
const WAIT_MS = 20_000;
// The bot's answer to a greeting: one short message, the same every time.
const GREETING = '你好';
const GREETING_REPLY = '您好！我是 MeetingBot';

let bot;
let browser;
const open = [];

before(async () => {
  bot = await startBot({ logName: 'bot-multiwindow.log' });
  browser = await launchChromium();
}, { timeout: 120_000 });

after(async () => {
  for (const chat of open) chat.end();
  await browser?.close();
  await bot?.stop();
});

const sequenceOf = (activity) => Number(activity.id.split('|').pop());

/** A directlinejs window on the stream; remembers when each activity arrived. */
async function openClient(code) {
  const { token } = await tokenFor(bot.baseUrl, code);
  const chat = await openChat(bot, { token, userId: PERSON.id, webSocket: true });
  open.push(chat);
  const received = [];
  chat.directLine.activity$.subscribe({
    next: (activity) => received.push({ at: Date.now(), activity }),
    error: () => {}, // the Conversation's own subscription reports errors; end() ends this one with "conversation ended"
  });
  return { name: 'directlinejs', chat, received: () => received };
}

/**
 * The /chat page in Chromium. Its WebSocket is wrapped before any page script runs, so every frame Web Chat gets is
 * handed to the test (through a binding, so nothing polls the page) with the time it arrived in the page.
 */
async function openPage(code) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const frames = [];
  await context.exposeFunction('meetingbotFrame', (frame) => { frames.push(frame); });
  await context.addInitScript(() => {
    const Native = window.WebSocket;
    let n = 0;
    window.WebSocket = class extends Native {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', (event) => {
          const at = Date.now();
          if (typeof event.data !== 'string' || event.data.length === 0) return; // keep-alive
          window.meetingbotFrame({ n: n++, at, activities: JSON.parse(event.data).activities ?? [] });
        });
      }
    };
  });
  const page = await context.newPage();
  await page.goto(`${bot.baseUrl}/chat?invite=${encodeURIComponent(code)}`);
  await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: WAIT_MS });
  return {
    name: 'Chromium',
    page,
    received: () => [...frames].sort((a, b) => a.n - b.n).flatMap((f) => f.activities.map((activity) => ({ at: f.at, activity }))),
  };
}

async function send(client, text) {
  return client.chat.send({ text, locale: 'zh-CN', from: { id: PERSON.id } });
}

/** The bot's replies to `sentIds` a window has so far, keyed by the id they answer. */
function repliesIn(window, sentIds) {
  const wanted = new Set(sentIds);
  const replies = new Map();
  for (const entry of window.received()) {
    if (entry.activity.from?.role === 'bot' && wanted.has(entry.activity.replyToId)) {
      assert.ok(!replies.has(entry.activity.replyToId), `${window.name} got a second reply to ${entry.activity.replyToId}`);
      replies.set(entry.activity.replyToId, entry);
    }
  }
  return replies;
}

async function waitForReplies(windows, sentIds) {
  const deadline = Date.now() + WAIT_MS;
  for (const window of windows) {
    while (repliesIn(window, sentIds).size < sentIds.length) {
      if (Date.now() > deadline) {
        const got = repliesIn(window, sentIds).size;
        assert.fail(`${window.name} got ${got} of ${sentIds.length} replies within ${WAIT_MS} ms. ${bot.describe()}`);
      }
      await sleep(10);
    }
  }
}

test('one person in two directlinejs clients and a Chromium page gets every reply in every window, in order, within 1 s',
  { timeout: 120_000 }, async (t) => {
    await addToDirectory(bot, PERSON);
    const [invitation] = await inviteFromCommandLine(bot, ['--person', PERSON.id]);
    const phone = await openClient(invitation.code);
    const pc = await openClient(invitation.code);
    const page = await openPage(invitation.code);
    const windows = [phone, pc, page];

    // One exchange first, so every window's stream is known to be open before anything is timed.
    await waitForReplies(windows, [await send(phone, GREETING)]);

    // Typed one after another, as a person does: the next once the answer shows in every window.
    const sentIds = [];
    for (let i = 0; i < MESSAGES; i++) {
      const id = await send(i % 2 === 0 ? phone : pc, GREETING);
      sentIds.push(id);
      await waitForReplies(windows, [id]);
    }

    for (const window of windows) {
      const received = window.received();
      // The whole history arrives once, in watermark order, without gaps: 1, 2, 3, …
      const sequences = received.map((entry) => sequenceOf(entry.activity));
      assert.deepEqual(sequences, sequences.map((_, i) => i + 1), `${window.name} received activities out of order, twice or with a gap`);

      const replies = repliesIn(window, sentIds);
      const order = sentIds.map((id) => sequenceOf(replies.get(id).activity));
      assert.deepEqual(order, [...order].sort((a, b) => a - b), `${window.name} got the replies out of order`);
      const delays = sentIds.map((id, i) => ({ message: i + 1, delay: replies.get(id).at - Date.parse(replies.get(id).activity.timestamp) }));
      t.diagnostic(`${window.name}: slowest reply ${Math.max(...delays.map((d) => d.delay))} ms after the bot posted it`);
      const late = delays.filter((r) => r.delay > MAX_DELAY_MS);
      assert.deepEqual(late, [], `${window.name} got replies more than ${MAX_DELAY_MS} ms after the bot posted them`);
      assert.ok(sentIds.every((id) => replies.get(id).activity.text.includes(GREETING_REPLY)));
    }

    // And Web Chat shows them: the warm-up's reply and the 50 others.
    await page.page.waitForFunction(
      ([text, count]) => document.querySelector('#webchat').innerText.split(text).length - 1 >= count,
      [GREETING_REPLY, MESSAGES + 1], { timeout: WAIT_MS });
    await page.page.screenshot({ path: path.join(RESULTS_DIR, 'webchat-multiwindow.png') });
    await page.page.context().close();
  });
