'use strict';

// The superior committee's view (/overview) in headless Chromium, signed in through a real OpenID Connect provider
// (npm oidc-provider on loopback): two units of a county (a town committee and a branch under another town) each set
// up their meeting in the web chat; the county's overseer (组织部) signs in and sees both, at phone size (390×844) and
// desk size (1280×860), sorts and filters without a script, opens a unit's own page and exports the .xlsx; the
// overseer of the other town sees only his branch. Screenshots land in test-results/overview-*.png.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const { launchChromium } = require('./browser');
const { RESULTS_DIR } = require('./harness');
const { startBotWithSignIn } = require('./opening');
const { addToDirectory, openChatFromCommandLine, answerNewMeeting, say } = require('./webchannel');

const WAIT_MS = 30_000;
const TEST_TIMEOUT = { timeout: 120_000 };

const ACCOUNTS = {
  zhou: { sub: 'zhou', email: 'zhou@county.example.org', email_verified: true, name: '周组织' },
  xi: { sub: 'xi', email: 'xi@county.example.org', email_verified: true, name: '西镇组织委员' },
};
const UNITS = [
  { unit: '某县/东镇党委', theme: '东镇党委领导班子专题民主生活会', secretary: { name: '东镇秘书' }, lead: { name: '东镇书记' },
    members: [{ name: '东镇委员甲' }, { name: '东镇委员乙' }], reportUpward: true },
  { unit: '某县/西镇党委/西村支部', theme: '西村支部专题组织生活会', secretary: { name: '西村秘书' }, lead: { name: '西村书记' },
    members: [{ name: '西村委员甲' }, { name: '西村委员乙' }], reportUpward: false },
];

let bot;
let stopServices;
let browser;
const chats = [];

/** The unit's secretary sets up its meeting in her web chat, as in the other web chat tests; the unit is hers. */
async function setUpUnitMeeting(u) {
  await addToDirectory(bot, u.secretary, ['--unit', u.unit, '--role', 'organiser']);
  for (const person of [u.lead, ...u.members]) await addToDirectory(bot, person, ['--unit', u.unit]);
  const secretary = await openChatFromCommandLine(bot, u.secretary);
  chats.push(secretary);
  await answerNewMeeting(secretary, { theme: u.theme, place: '第一会议室', lead: u.lead, members: u.members });
  if (u.reportUpward) {
    // The date and theme reported to the county today (上报), then handed in.
    const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
    await say(secretary, `提交 上报 ${today} 县委组织部`, '县委组织部');
    await say(secretary, '提交', '');
  }
}

before(async () => {
  ({ bot, stop: stopServices } = await startBotWithSignIn({ accounts: ACCOUNTS, logName: 'bot-overview-browser.log' }));
  await addToDirectory(bot, { name: '周组织' }, ['--unit', '某县', '--email', ACCOUNTS.zhou.email, '--role', 'overseer', '--title', '组织部部长']);
  await addToDirectory(bot, { name: '西镇组织委员' }, ['--unit', '某县/西镇党委', '--email', ACCOUNTS.xi.email, '--role', 'overseer']);
  for (const u of UNITS) await setUpUnitMeeting(u);
  browser = await launchChromium();
}, { timeout: 300_000 });

after(async () => {
  for (const chat of chats) chat.end();
  await browser?.close();
  await stopServices?.();
});

const shot = (page, name) => page.screenshot({ path: path.join(RESULTS_DIR, `overview-${name}.png`), fullPage: true });
const bodyText = (page) => page.locator('body').innerText().then((t) => t.replace(/\s+/g, ' '));

async function context(viewport) {
  const ctx = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor: 1,
    isMobile: viewport.isMobile, hasTouch: viewport.isMobile, locale: 'zh-CN', acceptDownloads: true });
  await ctx.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return ctx;
}

/** Opens /overview, follows its sign-in link through the provider's login form, and lands back on /overview. */
async function signInToOverview(page, login) {
  await page.goto(`${bot.baseUrl}/overview`);
  assert.match(await bodyText(page), /请先用单位账号登录/);
  await page.locator('a[href*="/chat/signin?back=overview"]').click();
  await page.locator('input[name="login"]').waitFor({ timeout: WAIT_MS });
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
  const consent = page.locator('input[name="prompt"][value="consent"]');
  const landed = page.waitForURL((url) => url.pathname === '/overview', { timeout: WAIT_MS });
  const step = await Promise.race([landed.then(() => 'back'), consent.waitFor({ state: 'attached', timeout: WAIT_MS }).then(() => 'consent')]);
  if (step === 'consent') {
    await page.locator('button[type="submit"]').click();
    await landed;
  }
  await page.locator('h1').waitFor({ timeout: WAIT_MS });
}

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844, isMobile: true },
  { name: 'desk', width: 1280, height: 860, isMobile: false },
];

for (const viewport of VIEWPORTS) {
  test(`the county's overseer sees every unit below, at ${viewport.name} size`, TEST_TIMEOUT, async () => {
    const ctx = await context(viewport);
    const page = await ctx.newPage();
    await signInToOverview(page, 'zhou');

    const text = await bodyText(page);
    assert.match(text, /各单位专题民主生活会进度/);
    for (const u of UNITS) {
      assert.ok(text.includes(u.unit), `${u.unit} is listed`);
      assert.ok(text.includes(u.theme), `${u.theme} is listed`);
    }
    assert.match(text, /提前\d+天，要求10天，按时/, 'the town reported its date and theme in time');
    assert.match(text, /未上报（应提前10天）/, 'the branch has not reported yet');
    assert.equal(await page.locator('script').count(), 0, 'no script on the page');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `nothing is wider than the window (${overflow}px too wide)`);
    await shot(page, viewport.name);

    // Sort by the report upward and filter by status: plain links.
    await page.locator('th a', { hasText: '报告上级' }).first().click().catch(() => page.goto(`${bot.baseUrl}/overview?sort=reported`));
    await page.locator('nav.filters a', { hasText: '筹备中' }).click();
    assert.match(page.url(), /status=preparing/);
    assert.equal(await page.locator('tbody tr').count(), 2);
    await page.locator('nav.filters a', { hasText: '已召开' }).click();
    assert.match(await bodyText(page), /没有符合条件的会议/);
    await page.locator('nav.filters a', { hasText: '全部' }).click();

    if (viewport.name === 'desk') {
      const download = page.waitForEvent('download', { timeout: WAIT_MS });
      await page.locator('a.export').click();
      const file = await download;
      const saved = path.join(RESULTS_DIR, 'overview-export.xlsx');
      await file.saveAs(saved);
      assert.equal(fs.readFileSync(saved).subarray(0, 2).toString('latin1'), 'PK', 'an .xlsx (a zip) was downloaded');

      await page.locator('td a', { hasText: UNITS[0].unit }).click();
      const unitText = await bodyText(page);
      assert.match(unitText, /县委组织部/);
      assert.match(unitText, /专题报告经督导组审核并报送上级后在此显示/);
      assert.ok(!unitText.includes(UNITS[1].theme), 'the unit page shows that unit only');
      await shot(page, 'unit');
    }
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no content security policy violation');
    await ctx.close();
  });
}

test('the overseer of another town sees his branch only, at phone size', TEST_TIMEOUT, async () => {
  const ctx = await context(VIEWPORTS[0]);
  const page = await ctx.newPage();
  await signInToOverview(page, 'xi');

  const text = await bodyText(page);
  assert.ok(text.includes(UNITS[1].theme), 'his branch is listed');
  assert.ok(!text.includes(UNITS[0].theme) && !text.includes('东镇'), 'nothing of the other town');
  await shot(page, 'other-town-phone');

  const refused = await page.goto(`${bot.baseUrl}/overview/unit?path=${encodeURIComponent(UNITS[0].unit)}`);
  assert.equal(refused.status(), 403);
  assert.ok(!(await bodyText(page)).includes(UNITS[0].theme));
  await ctx.close();
});
