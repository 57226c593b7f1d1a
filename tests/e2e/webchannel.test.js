'use strict';

// The service's own Direct Line 3.0 endpoint, driven by the real botframework-directlinejs client: invitations,
// tokens, start, post, watermark polling, the WebSocket stream, reconnect after a restart, and refusals.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const WebSocket = require('ws');

const { startBot, sleep } = require('./harness');
const {
  tokenFor, openChat, say, setUpMeeting, signWithServiceKey, claimsOf, post, get, domainOf, LEAD, MEMBERS,
} = require('./webchannel');

const TEST_TIMEOUT = { timeout: 120_000 };
const [LI, WANG] = MEMBERS;
let bot;
let meeting;
const open = [];

before(async () => {
  bot = await startBot({ logName: 'bot-webchannel.log' });
  meeting = await setUpMeeting(bot);
  open.push(meeting.secretary);
}, { timeout: 180_000 });

after(async () => {
  for (const chat of open) chat.end();
  await bot?.stop();
});

test('the secretary gets one invitation link per participant', TEST_TIMEOUT, () => {
  for (const person of [LEAD, ...MEMBERS]) {
    assert.ok(meeting.links[person.id], `no link for ${person.name} in:\n${meeting.linkText}`);
  }
});

test('an invitation gives a token bound to its person; start, post and watermark polling', TEST_TIMEOUT, async () => {
  const { token, conversationId } = await tokenFor(bot.baseUrl, meeting.links[LI.id]);
  assert.equal(claimsOf(token).sub, LI.id);
  const chat = await openChat(bot, { token, userId: 'someone-else' });
  open.push(chat);

  const { id, reply } = await say(chat, '我的任务', '截止');
  // Direct Line forces the token's user onto every activity, whatever the client claims.
  const echo = chat.transcript.find((a) => a.id === id);
  assert.equal(echo.from.id, LI.id);
  assert.equal(reply.from.role, 'bot');

  const all = await get(`${domainOf(bot.baseUrl)}/conversations/${conversationId}/activities`, token);
  assert.equal(all.status, 200);
  const ids = all.body.activities.map((a) => a.id);
  assert.ok(ids.includes(id) && ids.includes(reply.id));
  const watermark = all.body.watermark;
  const newer = await get(`${domainOf(bot.baseUrl)}/conversations/${conversationId}/activities?watermark=${watermark}`, token);
  assert.deepEqual(newer.body.activities, []);
  assert.equal(newer.body.watermark, watermark);

  const refreshed = await post(`${domainOf(bot.baseUrl)}/tokens/refresh`, { bearer: token });
  assert.equal(refreshed.status, 200);
  assert.equal(claimsOf(refreshed.body.token).conv, conversationId);
});

test('the WebSocket stream pushes the bot replies', TEST_TIMEOUT, async () => {
  const { token } = await tokenFor(bot.baseUrl, meeting.links[WANG.id]);
  const chat = await openChat(bot, { token, userId: WANG.id, webSocket: true });
  open.push(chat);

  const { reply } = await say(chat, '我的任务', '截止');

  assert.equal(reply.from.role, 'bot');
});

test('the team conversation is one conversation shared by the participants', TEST_TIMEOUT, async () => {
  const { token, conversationId } = await tokenFor(bot.baseUrl, meeting.links[LI.id], 'team');
  const { token: leadToken, conversationId: leadSees } = await tokenFor(bot.baseUrl, meeting.links[LEAD.id], 'team');
  assert.equal(leadSees, conversationId);
  const chat = await openChat(bot, { token, userId: LI.id });
  open.push(chat);

  // In the team room the bot acts only on messages addressed to it.
  await say(chat, '@会议助手 进度', '深入学习贯彻新思想');

  const seen = await get(`${domainOf(bot.baseUrl)}/conversations/${conversationId}/activities`, leadToken);
  assert.ok(seen.body.activities.some((a) => a.text === '@会议助手 进度' && a.from.id === LI.id));
});

test('401 for missing, forged, expired and foreign tokens, revealing nothing', TEST_TIMEOUT, async () => {
  const { token, conversationId } = await tokenFor(bot.baseUrl, meeting.links[LI.id]);
  const { conversationId: wangConversation } = await tokenFor(bot.baseUrl, meeting.links[WANG.id]);
  const claims = claimsOf(token);
  const now = Math.floor(Date.now() / 1000);
  const expired = signWithServiceKey(bot, { ...claims, iat: now - 7200, nbf: now - 7200, exp: now - 3600 });
  const stillGood = signWithServiceKey(bot, { ...claims, exp: now + 600 });
  const activities = (id) => `${domainOf(bot.baseUrl)}/conversations/${id}/activities`;

  // The self-signed control proves the expired token failed for its expiry alone.
  assert.equal((await get(activities(conversationId), stillGood)).status, 200);
  const refusals = {
    missing: await get(activities(conversationId)),
    forged: await get(activities(conversationId), `${token.slice(0, -4)}AAAA`),
    expired: await get(activities(conversationId), expired),
    foreign: await get(activities(wangConversation), token),
    'unknown invitation': await post(`${domainOf(bot.baseUrl)}/tokens/generate`, { bearer: 'not-an-invitation' }),
    'expired refresh': await post(`${domainOf(bot.baseUrl)}/tokens/refresh`, { bearer: expired }),
  };
  const bodies = new Set();
  for (const [name, answer] of Object.entries(refusals)) {
    assert.equal(answer.status, 401, name);
    bodies.add(JSON.stringify(answer.body));
  }
  assert.equal(bodies.size, 1, 'every refusal reads the same');
});

test('a revoked invitation ends its tokens and open chats at once', TEST_TIMEOUT, async () => {
  const { token, conversationId } = await tokenFor(bot.baseUrl, meeting.links[WANG.id]);
  assert.equal((await get(`${domainOf(bot.baseUrl)}/conversations/${conversationId}/activities`, token)).status, 200);
  // An open chat window: its stream must close at once, not at the next periodic grant check (15 s).
  const stream = new WebSocket(`${domainOf(bot.baseUrl).replace(/^http/, 'ws')}/conversations/${conversationId}/stream?t=${encodeURIComponent(token)}`);
  await new Promise((resolve, reject) => { stream.once('open', resolve); stream.once('error', reject); });
  const closed = new Promise((resolve) => stream.once('close', (code, reason) => resolve({ at: Date.now(), code, reason: reason.toString() })));

  const revokedAt = Date.now();
  await say(meeting.secretary, `撤销邀请 ${WANG.name}`, '已撤销');
  const end = await Promise.race([closed, sleep(10_000).then(() => null)]);
  assert.ok(end, 'the open stream closed');
  // Closed by the service as revoked (1008 'revoked'); a close frame lost with the connection reads as 1006.
  assert.ok(end.reason === 'revoked' || end.code === 1006, `closed with ${end.code} '${end.reason}'`);
  assert.ok(end.at - revokedAt < 5_000, `closed ${end.at - revokedAt} ms after the revocation`);

  assert.equal((await get(`${domainOf(bot.baseUrl)}/conversations/${conversationId}/activities`, token)).status, 401);
  assert.equal((await post(`${domainOf(bot.baseUrl)}/tokens/generate`, { bearer: meeting.links[WANG.id] })).status, 401);
  const posted = await post(`${domainOf(bot.baseUrl)}/conversations/${conversationId}/activities`,
    { bearer: token, body: { type: 'message', text: '我的任务' } });
  assert.equal(posted.status, 401);
});

test('a runaway client gets 429 with Retry-After', TEST_TIMEOUT, async () => {
  const { token, conversationId } = await tokenFor(bot.baseUrl, meeting.links[LEAD.id]);
  const url = `${domainOf(bot.baseUrl)}/conversations/${conversationId}/activities`;

  const answers = await Promise.all(Array.from({ length: 150 }, () => get(url, token)));

  const limited = answers.filter((a) => a.status === 429);
  assert.ok(limited.length > 0, 'some requests are refused');
  assert.ok(Number(limited[0].headers.get('retry-after')) >= 1);
  assert.ok(answers.every((a) => a.status === 200 || a.status === 429));
});

test('after a service restart the client reconnects and no reply is lost', TEST_TIMEOUT, async () => {
  await sleep(2_000); // let the previous test's bucket refill
  const { token, conversationId } = await tokenFor(bot.baseUrl, meeting.links[LI.id]);
  const before = (await get(`${domainOf(bot.baseUrl)}/conversations/${conversationId}/activities`, token)).body.watermark;
  // A reply queued, then the service goes down before the client ever reads it.
  const sent = await post(`${domainOf(bot.baseUrl)}/conversations/${conversationId}/activities`,
    { bearer: token, body: { type: 'message', text: '我的任务', locale: 'zh-CN', from: { id: LI.id } } });
  assert.equal(sent.status, 200);
  const { port, dataDir } = bot;
  await bot.stop({ keepData: true });
  bot = await startBot({ port, dataDir, logName: 'bot-webchannel-restarted.log' });

  // Resume from the watermark the client had: the reply written before the restart arrives on the stream.
  const chat = await openChat(bot, { token, userId: LI.id, webSocket: true, conversationId, watermark: before });
  open.push(chat);
  const deadline = Date.now() + 20_000;
  while (!chat.transcript.some((a) => a.replyToId === sent.body.id) && Date.now() < deadline) await sleep(100);
  assert.ok(chat.transcript.some((a) => a.id === sent.body.id), 'our message is there');
  assert.ok(chat.transcript.some((a) => a.replyToId === sent.body.id && a.text.includes('截止')), 'the reply written before the restart arrives');

  // And the conversation goes on.
  await say(chat, '帮助', '帮助 全部'); // help for him: what he can do now, and how to see every command
});
