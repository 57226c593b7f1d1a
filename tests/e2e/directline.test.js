'use strict';

// MeetingBot end to end, as a Web Chat user sees it: botframework-directlinejs talks
// Direct Line 3.0 to offline-directline, which forwards to the real bot (see harness.js).

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');

const { startEnvironment, ConnectionStatus } = require('./harness');

const USER = { id: 'user-1', name: 'Ana' };
const REPLY_TIMEOUT_MS = 20_000;
const TEST_TIMEOUT = { timeout: 60_000 };
const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const HAN = /\p{Script=Han}/u;

let env;

before(async () => {
  env = await startEnvironment();
}, { timeout: 120_000 });

after(async () => {
  await env?.stop();
});

/** Opens a fresh conversation for one test and ends it when the test finishes. */
async function openConversation(t) {
  const conversation = await env.openConversation();
  t.after(() => conversation.end());
  return conversation;
}

const isTextMessage = (activity) => activity.type === 'message' && typeof activity.text === 'string';

function isAdaptiveCardMessage(activity) {
  const attachment = activity.type === 'message' && activity.attachments?.[0];
  return Boolean(attachment) &&
    attachment.contentType === ADAPTIVE_CARD &&
    attachment.content?.type === 'AdaptiveCard' &&
    Array.isArray(attachment.content.body);
}

/** Every string value of a property named `text`, anywhere in the card JSON. */
function collectCardTexts(node, texts = []) {
  if (Array.isArray(node)) {
    for (const item of node) collectCardTexts(item, texts);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'text' && typeof value === 'string') texts.push(value);
      else collectCardTexts(value, texts);
    }
  }
  return texts;
}

test('starting a conversation is accepted by the bot (connectionStatus$ reaches Online)', TEST_TIMEOUT, async (t) => {
  const conversation = await openConversation(t);

  assert.equal(conversation.directLine.connectionStatus$.getValue(), ConnectionStatus.Online);
  const start = env.odl.requests.findLast((r) => r.method === 'POST' && r.path === '/directline/conversations');
  assert.ok(start, 'offline-directline saw no POST /directline/conversations');
  assert.ok(start.status >= 200 && start.status < 300,
    `the bot answered the forwarded conversationUpdate with HTTP ${start.status}`);
});

test('"help" in en-US: the bot answers with help text and an Adaptive Card', TEST_TIMEOUT, async (t) => {
  const conversation = await openConversation(t);
  const sentId = await conversation.send({ text: 'help', locale: 'en-US', from: USER });

  const replies = await conversation.expectReplies(sentId, {
    userId: USER.id,
    timeoutMs: REPLY_TIMEOUT_MS,
    expectations: {
      'a text message containing "MeetingBot" and "help" (case-insensitive)': (a) =>
        isTextMessage(a) && a.text.includes('MeetingBot') && /help/i.test(a.text),
      [`a message whose first attachment is an Adaptive Card (${ADAPTIVE_CARD}, type AdaptiveCard, body array)`]:
        isAdaptiveCardMessage,
    },
  });

  for (const reply of Object.values(replies)) {
    assert.notEqual(reply.from?.id, USER.id, 'a reply claims to come from the user');
  }
});

test('"帮助" in zh-CN: the bot answers in Chinese with help text and an Adaptive Card', TEST_TIMEOUT, async (t) => {
  const conversation = await openConversation(t);
  const sentId = await conversation.send({ text: '帮助', locale: 'zh-CN', from: USER });

  const cardExpectation = 'a message whose first attachment is an Adaptive Card (type AdaptiveCard, body array)';
  const replies = await conversation.expectReplies(sentId, {
    userId: USER.id,
    timeoutMs: REPLY_TIMEOUT_MS,
    expectations: {
      'a text message containing "帮助" and "MeetingBot"': (a) =>
        isTextMessage(a) && a.text.includes('帮助') && a.text.includes('MeetingBot'),
      [cardExpectation]: isAdaptiveCardMessage,
    },
  });

  const cardTexts = collectCardTexts(replies[cardExpectation].attachments[0].content);
  assert.ok(cardTexts.some((text) => HAN.test(text)),
    `the Adaptive Card has no CJK text; its text strings are: ${JSON.stringify(cardTexts)}`);
});

test('an unknown command in zh-CN: the bot tells the user to send "帮助"', TEST_TIMEOUT, async (t) => {
  const conversation = await openConversation(t);
  const sentId = await conversation.send({ text: 'xyzzy', locale: 'zh-CN', from: USER });

  await conversation.expectReplies(sentId, {
    userId: USER.id,
    timeoutMs: REPLY_TIMEOUT_MS,
    expectations: {
      'a text message containing "帮助"': (a) => isTextMessage(a) && a.text.includes('帮助'),
    },
  });
});
