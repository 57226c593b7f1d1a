'use strict';

// Headless Chromium for the browser tests: Debian's chromium (never a browser download), driven by playwright-core,
// with the flags this machine needs (environment notes). playwright-core gives every launch a fresh throw-away
// profile (it refuses --user-data-dir in launch()).
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** A browser context the size of a phone (390×844, touch), in Chinese unless `options` says otherwise. */
function phoneContext(browser, options = {}) {
  return browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale: 'zh-CN', ...options });
}

module.exports = { launchChromium, phoneContext };
