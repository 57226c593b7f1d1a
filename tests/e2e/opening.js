'use strict';

// The openings the browser tests share, so each test file starts with its own scenario: the built service started,
// the secretary's web chat meeting set up, Chromium launched (and all of it stopped after); or the service started
// behind a real OpenID Connect provider (npm oidc-provider on loopback) for the sign-in pages.

const { before, after } = require('node:test');
const fs = require('node:fs');
const path = require('node:path');

const { launchChromium } = require('./browser');
const { startBot, findFreePort, HOST, RESULTS_DIR } = require('./harness');
const { setUpMeeting } = require('./webchannel');

/**
 * Registers the file's before and after hooks: the service (its log as test-results/<logName>), the meeting the
 * secretary sets up in her web chat (webchannel's setUpMeeting), then `prepare(scene)` for what the file needs before
 * the browser (its own chats and links), then headless Chromium. Returns the scene the hooks fill in:
 * { bot, meeting, browser }.
 */
function meetingInChromium(logName, { prepare, timeout = 180_000 } = {}) {
  const scene = { bot: null, meeting: null, browser: null };
  before(async () => {
    scene.bot = await startBot({ logName });
    scene.meeting = await setUpMeeting(scene.bot);
    if (prepare) await prepare(scene);
    scene.browser = await launchChromium();
  }, { timeout });
  after(async () => {
    scene.meeting?.secretary.end();
    await scene.browser?.close();
    await scene.bot?.stop();
  });
  return scene;
}

const SIGN_IN_CLIENT_ID = 'meetingbot-web';

/**
 * Starts an OpenID Connect provider whose accounts (login name -> claims) sign in with any password, and the service
 * signing people in through it by e-mail; `dataDir` is a data folder seeded beforehand. Resolves with { bot, stop }:
 * stop ends the service and the provider.
 */
async function startBotWithSignIn({ accounts, logName, dataDir }) {
  const [providerPort, botPort] = [await findFreePort(), await findFreePort()];
  const issuer = `http://${HOST}:${providerPort}`;
  const { default: Provider } = await import('oidc-provider');
  const provider = new Provider(issuer, {
    clients: [{
      client_id: SIGN_IN_CLIENT_ID,
      token_endpoint_auth_method: 'none',
      redirect_uris: [`http://${HOST}:${botPort}/chat/signin-oidc`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    }],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (ctx, id) => accounts[id] && { accountId: id, claims: () => accounts[id] },
    cookies: { keys: ['meetingbot-e2e-provider-cookie-key'] },
  });
  // The provider's development warnings (in-memory adapter, development keys, devInteractions) are expected here.
  provider.on('server_error', (ctx, error) => fs.appendFileSync(path.join(RESULTS_DIR, 'oidc-provider.log'), `${error.stack}\n`));
  const providerServer = provider.listen(providerPort, HOST);
  const stopProvider = () => new Promise((resolve) => providerServer.close(resolve));
  let bot;
  try {
    bot = await startBot({
      port: botPort,
      dataDir,
      logName,
      env: {
        SignIn__Authority: issuer,
        SignIn__ClientId: SIGN_IN_CLIENT_ID,
        SignIn__Claim: 'email',
        // A provider on this machine only: the service refuses http metadata for any other.
        SignIn__RequireHttpsMetadata: 'false',
      },
    });
  } catch (error) {
    await stopProvider();
    throw error;
  }
  return { bot, stop: async () => { await bot.stop(); await stopProvider(); } };
}

module.exports = { meetingInChromium, startBotWithSignIn };
