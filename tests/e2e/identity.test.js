'use strict';

// Who is who in the service's own web chat, through the real Direct Line endpoint and botframework-directlinejs:
// the attack that made a typed name an identity. A plain member set up a meeting of his own naming the real lead,
// sent 邀请链接 and got a link into the real lead's conversation. Now people come from the directory only.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');

const { startBot } = require('./harness');
const {
  inviteFromCommandLine, addToDirectory, codeOf, tokenFor, openChat, say, get, domainOf, claimsOf,
} = require('./webchannel');

const TEST_TIMEOUT = { timeout: 180_000 };
const ADMIN = { name: '赵管理员' };
const OFFICE = { name: '钱秘书' };
const LEAD = { name: '孙书记' };
const LI = { name: '李明' };
const WANG_OFFICE = { name: '王刚' };
const WANG_FINANCE = { name: '王刚' };
const IMPOSTOR = { name: '周成员' };
let bot;
const open = [];

before(async () => {
  bot = await startBot({ logName: 'bot-identity.log' });
  await addToDirectory(bot, ADMIN, ['--unit', '组织部', '--role', 'administrator']);
  await addToDirectory(bot, OFFICE, ['--unit', '党政办', '--role', 'organiser']);
  await addToDirectory(bot, LEAD, ['--unit', '镇党委']);
  await addToDirectory(bot, LI);
  await addToDirectory(bot, WANG_OFFICE, ['--unit', '党政办']);
  await addToDirectory(bot, WANG_FINANCE, ['--unit', '财政所']);
  await addToDirectory(bot, IMPOSTOR);
}, { timeout: 240_000 });

after(async () => {
  for (const chat of open) chat.end();
  await bot?.stop();
});

async function chatOf(person, code, room) {
  const { token, conversationId } = await tokenFor(bot.baseUrl, code, room);
  const chat = await openChat(bot, { token, userId: person.id });
  chat.token = token;
  chat.conversationId = conversationId;
  open.push(chat);
  return chat;
}

let links;

test('an organiser naming people by typing gets directory people: a shared name asked back, an unknown one refused', TEST_TIMEOUT, async () => {
  const [invitation] = await inviteFromCommandLine(bot, ['--person', OFFICE.id]);
  const office = await chatOf(OFFICE, invitation.code);
  const day = new Date(Date.now() + 40 * 24 * 3600 * 1000);
  await say(office, '新建会议', '专题民主生活会');
  await say(office, '专题民主生活会', '主题');
  await say(office, '以整风精神开展批评和自我批评', '时间');
  await say(office, `${day.getFullYear()}年${day.getMonth() + 1}月${day.getDate()}日 上午9点`, '地点');
  await say(office, '党委会议室', '时区');
  await say(office, '默认', '主要负责同志');
  const unknown = await say(office, '路人甲', '人员名录中没有');
  assert.match(unknown.reply.text, /管理员/);
  await say(office, LEAD.name, '班子成员');
  const asked = await say(office, `${LI.name}、${WANG_OFFICE.name}、${IMPOSTOR.name}`, '请回复序号');
  assert.match(asked.reply.text, /1\. 王刚（党政办）/);
  assert.match(asked.reply.text, /2\. 王刚（财政所）/);
  await say(office, '王刚（财政所）', '部门');
  await say(office, '跳过', '督导组');
  await say(office, '跳过', '确认');
  await say(office, '是', LI.name);
  const { reply } = await say(office, '邀请链接', '邀请链接');
  links = {};
  // A name the directory shares is listed with its unit (the link is that one person's credential).
  assert.match(reply.text, /· 王刚（财政所）：/);
  for (const match of reply.text.matchAll(/· (\S+?)[：:] *(http\S+)/g)) links[match[1].replace(/（[^）]*）$/, '')] = codeOf(match[2]);
  for (const person of [LEAD, LI, WANG_FINANCE, IMPOSTOR, OFFICE]) assert.ok(links[person.name], `no link for ${person.name}:\n${reply.text}`);
});

test('each link opens only its own person: the lead link is the lead, and reads no one else', TEST_TIMEOUT, async () => {
  const { token, conversationId } = await tokenFor(bot.baseUrl, links[LEAD.name]);
  assert.equal(claimsOf(token).sub, LEAD.id);
  const wang = await tokenFor(bot.baseUrl, links[WANG_FINANCE.name]);
  assert.equal(claimsOf(wang.token).sub, WANG_FINANCE.id);
  assert.notEqual(wang.conversationId, conversationId);
  assert.equal((await get(`${domainOf(bot.baseUrl)}/conversations/${conversationId}/activities`, wang.token)).status, 401);
  assert.equal((await get(`${domainOf(bot.baseUrl)}/conversations/${conversationId}/activities`, token)).status, 200);
});

test('a member who is no organiser cannot set up a meeting naming the real lead, nor get any link', TEST_TIMEOUT, async () => {
  const impostor = await chatOf(IMPOSTOR, links[IMPOSTOR.name]);
  const refused = await say(impostor, '新建会议', '只有会议组织者');
  assert.match(refused.reply.text, /赵管理员（组织部）/);
  const named = await say(impostor, LEAD.name, '');
  assert.doesNotMatch(JSON.stringify(named.reply.text), /班子成员/);
  const noLinks = await say(impostor, '邀请链接', '只有会议组织者');
  assert.doesNotMatch(noLinks.reply.text, /invite=/);
  const lead = await tokenFor(bot.baseUrl, links[LEAD.name]);
  assert.equal((await get(`${domainOf(bot.baseUrl)}/conversations/${lead.conversationId}/activities`, impostor.token)).status, 401);
  // Whatever is typed, no invitation of his opens anyone else's conversation.
  assert.equal(claimsOf(impostor.token).sub, IMPOSTOR.id);
});

test('a card submit carrying an item key of another meeting is refused', TEST_TIMEOUT, async () => {
  const impostor = await chatOf(IMPOSTOR, links[IMPOSTOR.name]);
  const key = 'meetings/another-meeting/submissions/criticism-outline/x/y';
  const id = await new Promise((resolve, reject) => {
    impostor.directLine.postActivity({
      type: 'message', locale: 'zh-CN', from: { id: IMPOSTOR.id, role: 'user' },
      value: { verb: 'review.approve', key, version: 1 },
    }).subscribe({ next: resolve, error: reject });
  });
  const { reply } = await impostor.expectReplies(id, {
    userId: IMPOSTOR.id,
    timeoutMs: 20_000,
    expectations: { reply: (a) => a.type === 'message' },
  });
  assert.doesNotMatch(reply.text, /已批准/);
  assert.match(reply.text, /没有找到|不存在|找不到/);
});
