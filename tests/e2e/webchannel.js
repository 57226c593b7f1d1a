'use strict';

// Helpers for the tests of the service's own Direct Line endpoint and web chat (no offline-directline here:
// botframework-directlinejs talks straight to MeetingBot.dll at /v3/directline).

const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const { DirectLine } = require('botframework-directlinejs');
const { Conversation } = require('./harness');

const REPLY_TIMEOUT_MS = 20_000;

/** Runs `dotnet MeetingBot.dll <args>` against the bot's data; resolves with its stdout. */
function runCommandLine(bot, args) {
  return new Promise((resolve, reject) => {
    const child = spawn('dotnet', [bot.dll, ...args], { cwd: path.dirname(bot.dll), env: bot.env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited ${code}: ${err}${out}`));
      resolve(out);
    });
  });
}

/** Runs `dotnet MeetingBot.dll invite …` (people named by directory id or phone); resolves with [{ name, userId, link, code }]. */
async function inviteFromCommandLine(bot, args) {
  const out = await runCommandLine(bot, ['invite', ...args]);
  return out.split('\n').map((line) => line.split('\t')).filter((parts) => parts.length === 3)
    .map(([name, userId, link]) => ({ name, userId, link, code: codeOf(link) }));
}

/**
 * Adds `person` ({ name }) to the directory of people from the server's shell (`directory add`, as an administrator
 * would) and sets `person.id` to the directory id it got, which is also its web chat user id.
 */
async function addToDirectory(bot, person, extra = []) {
  const out = await runCommandLine(bot, ['directory', 'add', '--name', person.name, ...extra]);
  person.id = out.trim().split('\t')[0];
  return person;
}

const codeOf = (link) => new URL(link).searchParams.get('invite');

async function post(url, { bearer, body } = {}) {
  const headers = {};
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  if (body) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, { method: 'POST', headers, body: body && JSON.stringify(body) });
  return { status: response.status, body: await response.json().catch(() => null), headers: response.headers };
}

async function get(url, bearer) {
  const response = await fetch(url, { headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });
  return { status: response.status, body: await response.json().catch(() => null), headers: response.headers };
}

const domainOf = (baseUrl) => `${baseUrl}/v3/directline`;

/** POST tokens/generate with an invitation code, as the chat page does. */
async function tokenFor(baseUrl, code, room) {
  const result = await post(`${domainOf(baseUrl)}/tokens/generate${room ? `?conversation=${room}` : ''}`, { bearer: code });
  if (result.status !== 200) throw new Error(`tokens/generate answered ${result.status}`);
  return result.body;
}

/** A directlinejs client on the token, wrapped in the harness's Conversation; waits until Online. */
async function openChat(bot, { token, userId, webSocket = false, conversationId, watermark }) {
  const directLine = new DirectLine({
    token,
    domain: domainOf(bot.baseUrl),
    webSocket,
    pollingInterval: 200,
    ...(conversationId ? { conversationId } : {}),
    ...(watermark !== undefined ? { watermark } : {}),
  });
  const conversation = new Conversation(directLine, () => bot.describe());
  conversation.userId = userId;
  try {
    await conversation.waitUntilOnline(REPLY_TIMEOUT_MS);
  } catch (error) {
    conversation.end();
    throw error;
  }
  return conversation;
}

/** Sends text (with @mentions of { id, name }) and waits for a bot message containing `expected`. */
/** An irreversible command: the bot first says what will happen (请确认…), then acts on the person's 确认. */
async function sayConfirmed(conversation, text, expected, mentions = []) {
  await say(conversation, text, '请确认', mentions);
  return say(conversation, '确认', expected);
}

async function say(conversation, text, expected, mentions = []) {
  const activity = {
    type: 'message',
    text: [text, ...mentions.map((m) => `<at>${m.name}</at>`)].filter(Boolean).join(' '),
    locale: 'zh-CN',
    from: { id: conversation.userId, role: 'user' },
    entities: mentions.map((m) => ({ type: 'mention', mentioned: { id: m.id, name: m.name }, text: `<at>${m.name}</at>` })),
  };
  const id = await new Promise((resolve, reject) => {
    conversation.directLine.postActivity(activity).subscribe({ next: resolve, error: reject });
  });
  const { reply } = await conversation.expectReplies(id, {
    userId: conversation.userId,
    timeoutMs: REPLY_TIMEOUT_MS,
    expectations: { reply: (a) => a.type === 'message' && JSON.stringify([a.text, a.attachments]).includes(expected) },
  });
  return { id, reply };
}

// Their ids are the directory's, filled in by setUpMeeting.
const SECRETARY = { id: null, name: '周秘书' };
const LEAD = { id: null, name: '张主任' };
const MEMBERS = [{ id: null, name: '李四' }, { id: null, name: '王五' }];

/**
 * Everyone is put in the directory of people (the secretary as an organiser); the secretary is invited from the
 * command line, sets up a meeting in her web chat (directlinejs can @mention directory people; the dialog is the
 * same as in Teams) and asks for 邀请链接. Resolves with { secretary, links: { userId: code } }.
 */
async function setUpMeeting(bot) {
  await addToDirectory(bot, SECRETARY, ['--unit', '党政办', '--role', 'organiser']);
  for (const person of [LEAD, ...MEMBERS]) await addToDirectory(bot, person);
  const secretary = await openChatFromCommandLine(bot, SECRETARY);
  await answerNewMeeting(secretary, { theme: '深入学习贯彻新思想', place: '第一会议室', lead: LEAD, members: MEMBERS });
  const { reply } = await say(secretary, '邀请链接', '邀请链接');
  const links = {};
  for (const match of reply.text.matchAll(/· (\S+?)[：:] *(http\S+)/g)) {
    const person = [LEAD, ...MEMBERS, SECRETARY].find((p) => p.name === match[1]);
    if (person) links[person.id] = codeOf(match[2]);
  }
  return { secretary, links, linkText: reply.text };
}

/** The person's own chat, opened with his invitation link from the meeting's set-up (as the chat page does). */
async function openInvitedChat(bot, meeting, person) {
  const { token } = await tokenFor(bot.baseUrl, meeting.links[person.id]);
  return openChat(bot, { token, userId: person.id });
}

/** The lead confirms the meeting in his own chat, overriding the readiness gate with a recorded reason. */
async function confirmMeetingByLeadsOverride(bot, meeting) {
  const lead = await openInvitedChat(bot, meeting, LEAD);
  await sayConfirmed(lead, '确认会议 强制 端到端测试', '理由已记录');
  lead.end();
}

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** The instant `ms` on the meeting's (default, Asia/Shanghai) wall clock, as people type it: 11月26日16:05. */
function shanghaiWallClock(ms) {
  const local = new Date(ms + SHANGHAI_OFFSET_MS);
  const pad = (n) => String(n).padStart(2, '0');
  return `${local.getUTCMonth() + 1}月${local.getUTCDate()}日${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** The Asia/Shanghai calendar day of the instant `ms`, as 2026-11-26. */
const shanghaiDay = (ms) => new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

/** The person's own chat, opened with an invitation the command line makes for him (he must be in the directory). */
async function openChatFromCommandLine(bot, person) {
  const [invitation] = await inviteFromCommandLine(bot, ['--person', person.id]);
  const { token } = await tokenFor(bot.baseUrl, invitation.code);
  return openChat(bot, { token, userId: person.id });
}

/**
 * The secretary answers the new meeting dialog in her chat: a 专题民主生活会 forty days ahead at 9 a.m. in the default
 * zone, the lead and members picked by @mention, no supervisors; she confirms once the read-back names `confirmedName`
 * (by default the first member).
 */
async function answerNewMeeting(secretary, { theme, place, lead, members, confirmedName = members[0].name }) {
  const day = new Date(Date.now() + 40 * 24 * 3600 * 1000);
  await say(secretary, '新建会议', '专题民主生活会');
  await say(secretary, '专题民主生活会', '主题');
  await say(secretary, theme, '时间');
  await say(secretary, `${day.getFullYear()}年${day.getMonth() + 1}月${day.getDate()}日 上午9点`, '地点');
  await say(secretary, place, '时区');
  await say(secretary, '默认', '主要负责同志');
  await say(secretary, '', '班子成员', [lead]);
  await say(secretary, '', '部门', members);
  await say(secretary, '跳过', '督导组');
  await say(secretary, '跳过', '确认');
  await say(secretary, '是', confirmedName);
}

/** A token for `claims` signed with the service's key file, e.g. one that expired an hour ago. */
function signWithServiceKey(bot, claims) {
  const key = Buffer.from(fs.readFileSync(path.join(bot.dataDir, 'directline.key'), 'utf8').trim(), 'base64');
  const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${b64({ alg: 'HS256', kid: 'directline', typ: 'JWT' })}.${b64(claims)}`;
  return `${unsigned}.${crypto.createHmac('sha256', key).update(unsigned).digest('base64url')}`;
}

const claimsOf = (token) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

module.exports = {
  inviteFromCommandLine, runCommandLine, addToDirectory, codeOf, tokenFor, openChat, openInvitedChat, openChatFromCommandLine, answerNewMeeting, say, sayConfirmed, setUpMeeting, confirmMeetingByLeadsOverride,
  shanghaiWallClock, shanghaiDay, signWithServiceKey, claimsOf, post, get, domainOf,
  SECRETARY, LEAD, MEMBERS, REPLY_TIMEOUT_MS,
};
