'use strict';

// Test harness for the MeetingBot end-to-end tests.
//
//   test client (botframework-directlinejs, polling)
//        │  Direct Line 3.0 REST
//        ▼
//   offline-directline (in this process, 127.0.0.1:<odlPort>)
//        │  POST /api/messages          ▲ POST /v3/conversations/... (bot replies)
//        ▼                              │
//   MeetingBot.dll (child process, 127.0.0.1:<botPort>)
//
// Everything listens on 127.0.0.1 only. Logs go to test-results/.

// botframework-directlinejs is a browser library: under Node it needs these globals,
// and they must exist before it is used.
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');

const express = require('express');
const { getRouter } = require('offline-directline');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const HOST = '127.0.0.1';
const RESULTS_DIR = path.join(__dirname, 'test-results');
const DEFAULT_DLL = path.resolve(
  __dirname, '..', '..', 'src', 'MeetingBot', 'bin', 'Release', 'net10.0', 'MeetingBot.dll');
const HEALTH_TIMEOUT_MS = 60_000;

/** Asks the OS for a free TCP port on 127.0.0.1 (listen on port 0, then close). */
function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function tailOfFile(file, maxChars = 4000) {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.length > maxChars ? `…${text.slice(-maxChars)}` : text;
  } catch {
    return '(no log)';
  }
}

function openLog(name) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, name);
  return { file, stream: fs.createWriteStream(file, { flags: 'w' }) };
}

function closeStream(stream) {
  return new Promise((resolve) => stream.end(resolve));
}

// ---------------------------------------------------------------------------
// The bot (child process)
// ---------------------------------------------------------------------------

/**
 * Starts MeetingBot.dll. Options (all optional): port (reuse one, e.g. after a restart), dataDir (reuse a data
 * folder: the restart tests keep it with stop({ keepData: true })), env (extra environment variables), logName.
 */
async function startBot({ port: wantedPort, dataDir: wantedDataDir, env: extraEnv = {}, logName = 'bot.log' } = {}) {
  const dll = process.env.MEETINGBOT_DLL ? path.resolve(process.env.MEETINGBOT_DLL) : DEFAULT_DLL;
  if (!fs.existsSync(dll)) {
    throw new Error(`MeetingBot.dll not found at ${dll}. Build the bot in Release first, ` +
      'or point MEETINGBOT_DLL at the built dll.');
  }

  const port = wantedPort ?? await findFreePort();
  const baseUrl = `http://${HOST}:${port}`;
  const dataDir = wantedDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'meetingbot-e2e-'));
  const log = openLog(logName);

  const env = {
    ...process.env,
    ASPNETCORE_ENVIRONMENT: 'Development',
    Storage__Provider: 'Sqlite',
    Storage__Sqlite__Path: path.join(dataDir, 'meetingbot.db'),
    DirectLine__PublicUrl: baseUrl,
    ...extraEnv,
  };
  // Auth must be off: no app id/password may leak in from the caller's environment.
  for (const key of Object.keys(env)) {
    if (/^MicrosoftApp/i.test(key)) delete env[key];
  }

  const args = [dll, '--urls', baseUrl];
  log.stream.write(`# dotnet ${args.join(' ')}\n# data dir: ${dataDir}\n`);

  // cwd = the dll's folder, so ASP.NET Core finds appsettings*.json as its content root.
  const child = spawn('dotnet', args, { cwd: path.dirname(dll), env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log.stream, { end: false });
  child.stderr.pipe(log.stream, { end: false });

  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => resolve({ error }));
  });
  let exitInfo = null;
  exited.then((info) => { exitInfo = info; });

  // Safety net: never leave the bot running if this process dies unexpectedly.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  async function stop({ keepData = false } = {}) {
    process.removeListener('exit', killOnExit);
    if (!exitInfo) {
      child.kill('SIGTERM');
      const forceKill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(forceKill);
    }
    await closeStream(log.stream);
    if (!keepData) fs.rmSync(dataDir, { recursive: true, force: true });
  }

  // Wait for GET /healthz to answer 200.
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  while (true) {
    if (exitInfo) {
      await stop();
      throw new Error(`The bot exited during start-up (${util.inspect(exitInfo)}). ` +
        `Log ${log.file}:\n${tailOfFile(log.file)}`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) break;
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = error.cause?.code ?? error.message;
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The bot did not answer 200 on ${baseUrl}/healthz within ${HEALTH_TIMEOUT_MS / 1000} s ` +
        `(last: ${lastProblem}). Log ${log.file}:\n${tailOfFile(log.file)}`);
    }
    await sleep(250);
  }

  function describe() {
    return exitInfo
      ? `The bot process has exited (${util.inspect(exitInfo)}); see ${log.file}`
      : `The bot process is running; its log is ${log.file}`;
  }

  return { baseUrl, port, dataDir, dll, env, messagingEndpoint: `${baseUrl}/api/messages`, logFile: log.file, describe, stop };
}

// ---------------------------------------------------------------------------
// offline-directline (in process)
// ---------------------------------------------------------------------------

async function startOfflineDirectLine(botUrl) {
  const log = openLog('offline-directline.log');
  const writeLog = (...args) => log.stream.write(`${util.format(...args)}\n`);

  // offline-directline logs with console.log/console.warn; send that to its log file
  // instead of mixing it into the TAP output. Restored in stop().
  const originalConsole = { log: console.log, warn: console.warn };
  console.log = writeLog;
  console.warn = writeLog;

  // offline-directline forwards to the bot with fetch() and no .catch(): if the bot is
  // unreachable that is an unhandled rejection, which would kill the test process.
  // Record it instead; the affected test then times out and reports these errors.
  const errors = [];
  const onUnhandledRejection = (reason) => {
    errors.push(reason);
    writeLog('unhandled rejection:', reason);
  };
  process.on('unhandledRejection', onUnhandledRejection);

  // Every request with the status it was answered with (the status of a client POST is
  // the status the bot answered offline-directline's forwarded activity with).
  const requests = [];
  const app = express();
  app.use((req, res, next) => {
    res.on('finish', () => {
      const entry = { method: req.method, path: req.path, status: res.statusCode };
      requests.push(entry);
      writeLog(`${entry.method} ${entry.path} -> ${entry.status}`);
    });
    next();
  });

  const server = await new Promise((resolve, reject) => {
    const s = app.listen(0, HOST, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address();
  const serviceUrl = `http://${HOST}:${port}`; // no trailing slash
  app.use(getRouter(serviceUrl, botUrl, true));
  writeLog(`offline-directline on ${serviceUrl}, forwarding to ${botUrl}`);

  async function stop() {
    await new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    process.removeListener('unhandledRejection', onUnhandledRejection);
    Object.assign(console, originalConsole);
    await closeStream(log.stream);
  }

  /** The bot-facing story so far: POSTs and the status each was answered with, forwarding errors. */
  function describe() {
    const posts = requests
      .filter((r) => r.method !== 'GET') // leave out the client's polling
      .slice(-8)
      .map((r) => `${r.method} ${r.path} -> ${r.status}`);
    const parts = [`offline-directline's last POSTs: ${posts.join('; ') || '(none)'}`];
    if (errors.length) parts.push(`forwarding errors: ${errors.map(String).join('; ')}`);
    return parts.join('. ');
  }

  return {
    serviceUrl,
    directLineDomain: `${serviceUrl}/directline`,
    logFile: log.file,
    requests,
    errors,
    describe,
    stop,
  };
}

// ---------------------------------------------------------------------------
// A Direct Line conversation, as Web Chat would hold it
// ---------------------------------------------------------------------------

/** Short, readable description of an activity for failure messages. */
function describeActivity(activity) {
  const summary = { type: activity.type, from: activity.from };
  if (activity.text !== undefined) summary.text = activity.text;
  if (activity.locale !== undefined) summary.locale = activity.locale;
  if (activity.attachments?.length) {
    summary.attachments = activity.attachments.map((a) => ({
      contentType: a.contentType,
      content: typeof a.content === 'string' ? a.content.slice(0, 300) : a.content,
    }));
  }
  const json = JSON.stringify(summary);
  return json.length > 1500 ? `${json.slice(0, 1500)}…` : json;
}

class Conversation {
  /** @param describeEnvironment () => string, context appended to every failure message */
  constructor(directLine, describeEnvironment) {
    this.directLine = directLine;
    this.describeEnvironment = describeEnvironment;
    /** Every activity seen on activity$, in transcript order (includes our own echoes). */
    this.transcript = [];
    this.streamError = null;
    this.subscription = directLine.activity$.subscribe({
      next: (activity) => this.transcript.push(activity),
      error: (error) => { this.streamError = error; },
    });
  }

  /** Resolves once connectionStatus$ reaches Online; rejects on FailedToConnect/Ended or timeout. */
  waitUntilOnline(timeoutMs) {
    return new Promise((resolve, reject) => {
      let subscription;
      const finish = (fn, value) => {
        clearTimeout(timer);
        // connectionStatus$ is a BehaviorSubject: it can call back before subscribe() returns.
        setImmediate(() => subscription?.unsubscribe());
        fn(value);
      };
      const timer = setTimeout(() => finish(reject, new Error(
        `connectionStatus$ did not reach Online within ${timeoutMs} ms ` +
        `(status ${ConnectionStatus[this.directLine.connectionStatus$.getValue()]}). ${this.diagnostics()}`)),
      timeoutMs);
      subscription = this.directLine.connectionStatus$.subscribe((status) => {
        if (status === ConnectionStatus.Online) finish(resolve, status);
        else if (status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.Ended) {
          finish(reject, new Error(`connectionStatus$ went to ${ConnectionStatus[status]}. ${this.diagnostics()}`));
        }
      });
    });
  }

  /** Posts a message as Web Chat would; resolves with the activity id Direct Line assigned. */
  async send({ text, locale, from }) {
    const activity = { type: 'message', text, locale, from: { ...from, role: 'user' }, textFormat: 'plain' };
    const id = await new Promise((resolve, reject) => {
      this.directLine.postActivity(activity).subscribe({ next: resolve, error: reject });
    }).catch((error) => {
      throw new Error(`postActivity failed (HTTP ${error.status ?? '?'}). ${this.diagnostics()}`);
    });
    // directlinejs reports a 5xx from the service as the id "retry" instead of an error.
    if (typeof id !== 'string' || id === 'retry') {
      throw new Error(`postActivity failed (got ${util.inspect(id)}). ${this.diagnostics()}`);
    }
    return id;
  }

  /** Activities that follow our activity `sentId` in the transcript and were not sent by `userId`. */
  repliesAfter(sentId, userId) {
    const index = this.transcript.findIndex((a) => a.id === sentId);
    if (index < 0) return [];
    return this.transcript.slice(index + 1).filter((a) => a.from?.id !== userId);
  }

  /**
   * Waits until, among the bot's replies to `sentId`, every named expectation is met by
   * some reply. Resolves with { name: matchingActivity }; on timeout throws an error that
   * lists the unmet expectations and everything the bot sent.
   */
  async expectReplies(sentId, { userId, timeoutMs, expectations }) {
    const deadline = Date.now() + timeoutMs;
    while (true) {
      const replies = this.repliesAfter(sentId, userId);
      const matches = {};
      const unmet = [];
      for (const [name, predicate] of Object.entries(expectations)) {
        const match = replies.find((activity) => {
          try { return predicate(activity); } catch { return false; }
        });
        if (match) matches[name] = match; else unmet.push(name);
      }
      if (unmet.length === 0) return matches;

      if (Date.now() > deadline || this.streamError) {
        const echoed = this.transcript.some((a) => a.id === sentId);
        const received = replies.length
          ? replies.map((a, i) => `  ${i + 1}. ${describeActivity(a)}`).join('\n')
          : '  (none)';
        throw new Error(
          `Timed out after ${timeoutMs} ms waiting for the bot's replies.\n` +
          `Unmet expectations:\n${unmet.map((name) => `  - ${name}`).join('\n')}\n` +
          `Bot activities received after our message (${echoed ? 'echo seen' : 'our own message was never echoed'}):\n` +
          `${received}\n${this.diagnostics()}`);
      }
      await sleep(100);
    }
  }

  diagnostics() {
    const parts = [this.describeEnvironment()];
    if (this.streamError) parts.push(`activity$ error: ${this.streamError}`);
    return parts.join('. ');
  }

  end() {
    this.subscription.unsubscribe();
    this.directLine.end();
  }
}

// ---------------------------------------------------------------------------
// Whole environment
// ---------------------------------------------------------------------------

/** Starts the bot and offline-directline. Call stop() when done (also safe after a failed start). */
async function startEnvironment() {
  const bot = await startBot();
  let odl;
  try {
    odl = await startOfflineDirectLine(bot.messagingEndpoint);
  } catch (error) {
    await bot.stop();
    throw error;
  }

  return {
    bot,
    odl,
    /** Starts a new Direct Line conversation (POST /directline/conversations) and waits for Online. */
    async openConversation({ timeoutMs = 20_000 } = {}) {
      const directLine = new DirectLine({
        secret: 'dummy', // a secret (not a token) so the client never tries to refresh it
        domain: odl.directLineDomain,
        webSocket: false,
        pollingInterval: 200,
      });
      const conversation = new Conversation(directLine, () => `${odl.describe()}. ${bot.describe()}`);
      try {
        await conversation.waitUntilOnline(timeoutMs);
      } catch (error) {
        conversation.end();
        throw error;
      }
      return conversation;
    },
    async stop() {
      try {
        await odl.stop();
      } finally {
        await bot.stop();
      }
    },
  };
}

module.exports = { startEnvironment, startBot, findFreePort, Conversation, ConnectionStatus, describeActivity, sleep, HOST, RESULTS_DIR };
