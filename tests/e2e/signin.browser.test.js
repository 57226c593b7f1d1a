'use strict';

// Sign-in to /chat with a real OpenID Connect provider (npm oidc-provider on loopback, its devInteractions login
// form), in headless Chromium: a person in the directory lands in their own 1:1 chat and is answered; a person who
// is not in it gets a page naming the administrators; a callback whose state or nonce was tampered with is refused.
// Also the page for an expired invitation link, and the /chat headers. Screenshots (phone size) in test-results/.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { launchChromium } = require('./browser');
const { RESULTS_DIR } = require('./harness');
const { startBotWithSignIn } = require('./opening');
const { inviteFromCommandLine, addToDirectory, signWithServiceKey, claimsOf } = require('./webchannel');

const WAIT_MS = 30_000;
const TEST_TIMEOUT = { timeout: 90_000 };

// The provider's accounts: login name -> claims. Li is in the directory (his e-mail there is written in other case);
// Zhao is not.
const ACCOUNTS = {
  li: { sub: 'li', email: 'li.si@example.org', email_verified: true, name: '李四' },
  zhao: { sub: 'zhao', email: 'zhao.liu@example.org', email_verified: true, name: '赵六' },
};
const ADMIN = { id: 'u-admin-7f3a', name: '王敏', unit: '党政办', title: '主任', roles: ['Administrator'], identities: [] };
const LI = { id: 'u-li-19c2', name: '李四', unit: '组织办', email: 'Li.Si@Example.org', roles: [], identities: [] };

let bot;
let stopServices;
let browser;

/**
 * Writes the directory of people into the bot's SQLite file before it starts (the service's storage format: one
 * JSON document under people/directory). The sqlite3 command-line shell does it; scripts/install-test-deps.sh
 * installs it.
 */
function seedDirectory(dataDir, people) {
  const json = JSON.stringify({ schemaVersion: 1, version: 1, people }).replace(/'/g, "''");
  execFileSync('sqlite3', [path.join(dataDir, 'meetingbot.db')], {
    input: 'CREATE TABLE IF NOT EXISTS documents (key TEXT NOT NULL PRIMARY KEY, body TEXT NOT NULL, etag TEXT NOT NULL, ' +
      'updated TEXT NOT NULL) WITHOUT ROWID;\n' +
      `INSERT INTO documents (key, body, etag, updated) VALUES ('people/directory', '${json}', '"seed"', '2026-01-01T00:00:00Z');\n`,
  });
}

const personalConversationOf = (userId) => `p-${crypto.createHash('sha256').update(userId).digest('hex').slice(0, 24)}`;

before(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meetingbot-signin-'));
  seedDirectory(dataDir, [ADMIN, LI]);
  ({ bot, stop: stopServices } = await startBotWithSignIn({ accounts: ACCOUNTS, logName: 'bot-signin-browser.log', dataDir }));
  browser = await launchChromium();
}, { timeout: 180_000 });

after(async () => {
  await browser?.close();
  await stopServices?.();
});

/** A phone-sized page that records every content security policy violation in window.__csp. */
async function phone(locale = 'zh-CN') {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`));
  });
  return context.newPage();
}

const shot = (page, name) => page.screenshot({ path: path.join(RESULTS_DIR, `signin-${name}.png`) });
const bodyText = (page) => page.locator('body').innerText().then((t) => t.replace(/\s+/g, ' '));

/** From /chat, follow the sign-in link to the provider's login form; resolves once the form shows. */
async function toLoginForm(page) {
  await page.goto(`${bot.baseUrl}/chat`);
  const link = page.locator('#signin-link');
  await link.waitFor({ state: 'visible', timeout: WAIT_MS });
  await link.click();
  await page.locator('input[name="login"]').waitFor({ timeout: WAIT_MS });
}

const CALLBACK = () => `${bot.baseUrl}/chat/signin-oidc`;
const callbackResponse = (page) => page.waitForResponse((r) => r.url().startsWith(CALLBACK()), { timeout: WAIT_MS });

/**
 * Fills the provider's login form and answers its consent step when it asks. `arrived` settles when the provider
 * has sent the browser back to the service (by default: the callback's response).
 */
async function logIn(page, login, arrived = callbackResponse(page)) {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
  const consent = page.locator('input[name="prompt"][value="consent"]');
  const step = await Promise.race([arrived.then(() => 'back'), consent.waitFor({ state: 'attached', timeout: WAIT_MS }).then(() => 'consent')]);
  if (step === 'consent') {
    await page.locator('button[type="submit"]').click();
  }
  return arrived;
}

test('a person in the directory signs in, lands in his own 1:1 chat and is answered', TEST_TIMEOUT, async () => {
  const page = await phone();
  await page.goto(`${bot.baseUrl}/chat`);
  await page.locator('#signin-link').waitFor({ state: 'visible', timeout: WAIT_MS });
  assert.match(await bodyText(page), /请使用单位账号登录/);
  await shot(page, 'landing');
  await page.locator('#signin-link').click();
  await page.locator('input[name="login"]').waitFor({ timeout: WAIT_MS });

  const token = page.waitForResponse((r) => r.url().includes('/v3/directline/tokens/generate'), { timeout: WAIT_MS });
  await logIn(page, 'li');
  const generated = await (await token).json();
  assert.equal(generated.conversationId, personalConversationOf(LI.id), 'his own 1:1 conversation');
  assert.equal(claimsOf(generated.token).sub, LI.id);
  await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: WAIT_MS });
  assert.match(await page.locator('#who').innerText(), /李四 · 私聊/);

  // The welcome shows once Web Chat is connected; a message typed before that may be lost.
  await page.waitForFunction(() => document.querySelector('#webchat').innerText.includes('欢迎'), null, { timeout: WAIT_MS });
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.fill('我的任务');
  await box.press('Enter');
  await page.waitForFunction(() => document.querySelector('#webchat').innerText.includes('这里还没有会议'), null, { timeout: WAIT_MS })
    .catch(async (error) => { throw new Error(`no answer to 我的任务. The page shows:\n${await bodyText(page)}\n${bot.describe()}\n${error.message}`); });
  await shot(page, 'chat');
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'Web Chat runs under the page\'s content security policy');

  // The session is the cookie's: another page of the same browser opens the chat without signing in again.
  const again = await page.context().newPage();
  await again.goto(`${bot.baseUrl}/chat`);
  await again.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: WAIT_MS });
  await page.context().close();
});

test('a person without a directory entry is refused with a page that names the administrators', TEST_TIMEOUT, async () => {
  const page = await phone();
  await toLoginForm(page);
  const callback = await logIn(page, 'zhao');
  assert.equal(callback.status(), 403);

  const text = await bodyText(page);
  assert.match(text, /您还不在会议助手的人员名录中/);
  assert.match(text, /email: zhao\.liu@example\.org/);
  assert.match(text, /请联系管理员王敏（党政办·主任）/);
  await shot(page, 'refused');

  // No session was made: the chat page offers sign-in again.
  await page.goto(`${bot.baseUrl}/chat`);
  await page.locator('#signin-link').waitFor({ state: 'visible', timeout: WAIT_MS });
  assert.equal((await page.context().cookies()).filter((c) => c.name === 'meetingbot.signin').length, 0);
  await page.context().close();
});

test('a callback whose state was altered is refused and signs no one in', TEST_TIMEOUT, async () => {
  const page = await phone();
  await page.goto(`${bot.baseUrl}/chat`);
  // The provider's answer is changed on its way back in (Chromium's Fetch domain sees the request the redirect makes):
  // one character of its state differs from the state the service issued.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: `${CALLBACK()}*`, requestStage: 'Request' }] });
  cdp.on('Fetch.requestPaused', ({ requestId, request }) => {
    const url = new URL(request.url);
    const state = url.searchParams.get('state');
    const middle = Math.floor(state.length / 2);
    url.searchParams.set('state', state.slice(0, middle) + (state[middle] === 'A' ? 'B' : 'A') + state.slice(middle + 1));
    cdp.send('Fetch.continueRequest', { requestId, url: url.href }).catch(() => {});
  });
  await page.locator('#signin-link').click();
  await page.locator('input[name="login"]').waitFor({ timeout: WAIT_MS });
  const response = await logIn(page, 'li');

  assert.equal(response.status(), 400);
  assert.match(await bodyText(page), /登录没有完成/);
  assert.equal((await page.context().cookies()).filter((c) => c.name === 'meetingbot.signin').length, 0);
  await page.context().close();
});

test('a callback whose nonce is not the one this browser was given is refused', TEST_TIMEOUT, async () => {
  // Another browser starts its own sign-in; its nonce cookie replaces this browser's before the provider answers.
  const other = await phone();
  await toLoginForm(other);
  const isNonce = (c) => c.name.startsWith('.AspNetCore.OpenIdConnect.Nonce.');
  const otherNonce = (await other.context().cookies()).find(isNonce);
  assert.ok(otherNonce, 'the sign-in set a nonce cookie');

  const page = await phone();
  await toLoginForm(page);
  await page.context().clearCookies({ name: /^\.AspNetCore\.OpenIdConnect\.Nonce\./ });
  await page.context().addCookies([otherNonce]);
  const callback = await logIn(page, 'li');

  assert.equal(callback.status(), 400);
  assert.match(await bodyText(page), /登录没有完成/);
  assert.equal((await page.context().cookies()).filter((c) => c.name === 'meetingbot.signin').length, 0);
  await other.context().close();
  await page.context().close();
});

test('an expired invitation link shows a page that says so and whom to ask, in Chinese or English', TEST_TIMEOUT, async () => {
  const person = await addToDirectory(bot, { name: '钱七' });
  const [invitation] = await inviteFromCommandLine(bot, ['--person', person.id]);
  const { jti, iat } = claimsOf(invitation.code);
  // The same invitation's code as it was when it ran out, an hour ago (signed with the service's key).
  const exp = Math.floor(Date.now() / 1000) - 3600;
  const expired = signWithServiceKey(bot, { iss: 'meetingbot/directline', aud: 'meetingbot/invitation', jti, iat: iat - 3600 * 24 * 15, exp });
  const beijing = new Date(exp * 1000 + 8 * 3600 * 1000);
  const pad = (n) => String(n).padStart(2, '0');
  const endedAt = `${beijing.getUTCFullYear()}年${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日 ${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}`;

  const page = await phone();
  const response = await page.goto(`${bot.baseUrl}/chat?invite=${encodeURIComponent(expired)}`);
  assert.equal(response.status(), 410);
  const text = await bodyText(page);
  assert.match(text, /邀请链接已过期/);
  assert.ok(text.includes(`已于${endedAt}到期`), `the page tells when the link ran out (${endedAt}): ${text}`);
  assert.match(text, /请联系会议秘书/);
  assert.match(text, /使用单位账号登录/);
  assert.equal(await page.locator('#webchat').count(), 0, 'no broken chat');
  await shot(page, 'expired');

  const tampered = await page.goto(`${bot.baseUrl}/chat?invite=${encodeURIComponent(`${invitation.code.slice(0, -4)}AAAA`)}`);
  assert.equal(tampered.status(), 404);
  assert.match(await bodyText(page), /邀请链接无效/);
  await page.context().close();

  const english = await phone('en-GB');
  await english.goto(`${bot.baseUrl}/chat?invite=${encodeURIComponent(expired)}`);
  assert.match(await bodyText(english), /This invitation link has expired/);
  await english.context().close();

  // The link itself still works: the page is the chat.
  const working = await phone();
  await working.goto(`${bot.baseUrl}/chat?invite=${encodeURIComponent(invitation.code)}`);
  await working.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: WAIT_MS });
  await working.context().close();
});

test('/chat and its files carry the security headers', TEST_TIMEOUT, async () => {
  for (const file of ['/chat', '/chat/webchat.js', '/chat/chat.js']) {
    const response = await fetch(`${bot.baseUrl}${file}`);
    assert.equal(response.status, 200, file);
    const csp = response.headers.get('content-security-policy');
    assert.match(csp, /frame-ancestors 'none'/, file);
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline/, file);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', file);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer', file);
    assert.match(response.headers.get('cache-control'), file === '/chat' ? /no-store/ : /no-cache|no-store/, file);
  }
});
