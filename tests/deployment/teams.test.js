// The Teams app (manifests/teams): the manifest and its English localization file against the schemas that
// @microsoft/app-manifest ships, the icons Teams requires, and the app package the pack script builds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import appManifest from '@microsoft/app-manifest';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const teams = path.join(root, 'manifests', 'teams');
const { fill, pack } = require(path.join(teams, 'pack.js'));
const icons = require(path.join(teams, 'icons.js'));
const { AppManifestUtils, TeamsManifestConverter } = appManifest;

const BOT_ID = '5e0a7c1d-2b9f-4d83-a6e4-91c3f0b8d27a';
const DOMAIN = 'meetingbot-abc123.azurewebsites.net';
const template = fs.readFileSync(path.join(teams, 'manifest.json'), 'utf8');
const manifest = JSON.parse(template);
const version = manifest.manifestVersion;
const schemaFolder = path.dirname(require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`));
const manifestSchema = JSON.parse(fs.readFileSync(path.join(schemaFolder, 'MicrosoftTeams.schema.json'), 'utf8'));
const localizationSchema = JSON.parse(fs.readFileSync(path.join(schemaFolder, 'MicrosoftTeams.Localization.schema.json'), 'utf8'));

function latestShippedVersion() {
  const folder = path.dirname(schemaFolder);
  return fs.readdirSync(folder).filter((v) => /^v\d+\.\d+$/.test(v)).map((v) => v.slice(1))
    .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])).at(-1);
}

test('the manifest uses the newest released schema the package ships, and says so in $schema', () => {
  assert.equal(version, latestShippedVersion());
  assert.equal(manifest.$schema, `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
});

test('the filled manifest is valid against the Teams schema and converts to the typed manifest', async () => {
  const filled = JSON.parse(fill(template, BOT_ID, DOMAIN));
  const failures = await AppManifestUtils.validateAgainstSchema(filled, manifestSchema);
  assert.deepEqual(failures, []);
  const typed = TeamsManifestConverter.jsonToManifest(JSON.stringify(filled));
  assert.equal(typed.bots[0].botId, BOT_ID);
});

test('the schema check is real: a broken manifest is refused', async () => {
  const broken = JSON.parse(fill(template, BOT_ID, DOMAIN));
  broken.bots[0].scopes.push('everywhere');
  broken.bots[0].commandLists[0].commands.push(...broken.bots[0].commandLists[1].commands);
  delete broken.developer.privacyUrl;
  const failures = await AppManifestUtils.validateAgainstSchema(broken, manifestSchema);
  assert.ok(failures.some((f) => f.includes('/bots/0/scopes')), failures.join('\n'));
  assert.ok(failures.some((f) => f.includes('/bots/0/commandLists/0/commands')), failures.join('\n'));
  assert.ok(failures.some((f) => f.includes('privacyUrl')), failures.join('\n'));
});

test('a bot in personal, team and group chats, receiving files, with a command list per scope', () => {
  const [bot] = manifest.bots;
  assert.equal(manifest.bots.length, 1);
  assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
  assert.equal(bot.supportsFiles, true);
  assert.deepEqual(bot.commandLists.map((l) => l.scopes).flat().sort(), ['groupChat', 'personal', 'team']);
  for (const list of bot.commandLists) {
    assert.ok(list.commands.length > 0 && list.commands.length <= 12);
  }
});

test('the app asks for resource-specific consent to read the group messages addressed to its dialogs', () => {
  // Granted by a team's owner (or a chat's member) where the tenant allows it: answers in a group set-up then need no @.
  const rsc = manifest.authorization.permissions.resourceSpecific;
  assert.deepEqual(rsc.map((p) => `${p.name}:${p.type}`).sort(), ['ChannelMessage.Read.Group:Application', 'ChatMessage.Read.Chat:Application']);
  // RSC needs webApplicationInfo: the app's Entra id (the bot's), and a resource that RSC does not use but must be set.
  assert.equal(manifest.webApplicationInfo.id, '${{BOT_ID}}');
  assert.ok(manifest.webApplicationInfo.resource.length > 0);
});

test('the bot id and domain are placeholders in the template, filled by the pack script', () => {
  assert.equal(manifest.bots[0].botId, '${{BOT_ID}}');
  assert.ok(manifest.validDomains.includes('${{BOT_DOMAIN}}'));
  const filled = JSON.parse(fill(template, BOT_ID, DOMAIN));
  assert.equal(filled.bots[0].botId, BOT_ID);
  assert.ok(filled.validDomains.includes(DOMAIN));
  assert.equal(filled.developer.websiteUrl, `https://${DOMAIN}/`);
  assert.doesNotMatch(JSON.stringify(filled), /\$\{\{/);
});

test('the pack script refuses an id that is not a GUID and a domain with a scheme', () => {
  assert.throws(() => fill(template, 'meetingbot', DOMAIN), /GUID/);
  assert.throws(() => fill(template, BOT_ID, `https://${DOMAIN}/api/messages`), /host name/);
  const script = path.join(root, 'scripts', 'pack-teams-app.sh');
  const refused = spawnSync('bash', [script, 'not-a-guid', DOMAIN, path.join(os.tmpdir(), 'never.zip')], { encoding: 'utf8', env: { ...process.env, MICROSOFT_APP_ID: '', BOT_DOMAIN: '' } });
  assert.notEqual(refused.status, 0);
  assert.match(refused.stderr, /GUID/);
});

/**
 * The package's own validator compiles patterns as Unicode regular expressions, which the localization schema's
 * `activities.activityTypes\[\b(…)\b]` pattern is not (a lone `]`), so it throws before validating anything.
 * The same schema, draft-04 and formats as the package uses, with patterns compiled the way the schema means them.
 */
function validateLocalization(localization) {
  const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(localizationSchema);
  return validate(localization) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`);
}

test('the English localization file is valid against the localization schema and the manifest names it', async () => {
  const [english] = manifest.localizationInfo.additionalLanguages;
  assert.equal(manifest.localizationInfo.defaultLanguageTag, 'zh-CN');
  assert.equal(english.languageTag, 'en');
  const localization = JSON.parse(fs.readFileSync(path.join(teams, english.file), 'utf8'));
  assert.deepEqual(validateLocalization(localization), []);
  assert.ok(validateLocalization({ ...localization, 'bots[0].commandLists[0].commands[12].title': 'thirteenth' }).length > 0, 'the schema allows at most 12 commands a list');
  assert.ok(validateLocalization({ ...localization, 'description.short': 'x'.repeat(81) }).length > 0);
  assert.equal(localization.$schema, `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.Localization.schema.json`);
  // Every command of the manifest has an English title and description at its place in the lists.
  manifest.bots[0].commandLists.forEach((list, i) => list.commands.forEach((command, j) => {
    assert.ok(localization[`bots[0].commandLists[${i}].commands[${j}].title`], `${command.title} has no English title`);
    assert.ok(localization[`bots[0].commandLists[${i}].commands[${j}].description`], `${command.title} has no English description`);
  }));
});

function readPng(file) {
  return PNG.sync.read(fs.readFileSync(path.join(teams, file)));
}

test('the colour icon is 192×192 and the outline icon 32×32, white on transparent', () => {
  const color = readPng(manifest.icons.color);
  assert.deepEqual([color.width, color.height], [192, 192]);
  const outline = readPng(manifest.icons.outline);
  assert.deepEqual([outline.width, outline.height], [32, 32]);
  let white = 0;
  for (let i = 0; i < outline.data.length; i += 4) {
    const [r, g, b, a] = outline.data.subarray(i, i + 4);
    if (a === 0) continue;
    assert.deepEqual([r, g, b], [255, 255, 255], `pixel ${i / 4} of the outline icon is not white`);
    white++;
  }
  assert.ok(white > 0 && white < 32 * 32, 'the outline icon is neither empty nor a filled square');
});

test('the committed icons are exactly what icons.js draws', () => {
  for (const [file, image] of [[manifest.icons.color, icons.color()], [manifest.icons.outline, icons.outline()]]) {
    const committed = readPng(file);
    const drawn = Buffer.from(image.rows.flat(2));
    assert.ok(committed.data.equals(drawn), `${file} differs from icons.js: run node manifests/teams/icons.js`);
  }
});

test('scripts/pack-teams-app.sh writes a zip with the filled manifest, its localization file and icons at the root', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-app-'));
  const output = path.join(folder, 'meetingbot.zip');
  const printed = execFileSync('bash', [path.join(root, 'scripts', 'pack-teams-app.sh'), BOT_ID, DOMAIN, output], { encoding: 'utf8' });
  assert.equal(printed.trim(), output);

  const zip = new AdmZip(output);
  const names = zip.getEntries().map((e) => e.entryName);
  assert.deepEqual(names, ['manifest.json', 'en.json', 'color.png', 'outline.png']);
  const packed = JSON.parse(zip.readAsText('manifest.json'));
  assert.equal(packed.bots[0].botId, BOT_ID);
  assert.deepEqual(packed.validDomains, [DOMAIN, 'token.botframework.com']);
  assert.ok(zip.readFile('en.json').equals(fs.readFileSync(path.join(teams, 'en.json'))));
  assert.ok(zip.readFile('color.png').equals(fs.readFileSync(path.join(teams, 'color.png'))));
  assert.ok(zip.readFile('outline.png').equals(fs.readFileSync(path.join(teams, 'outline.png'))));
  fs.rmSync(folder, { recursive: true, force: true });
});

test('packing is repeatable: the same inputs give the same bytes', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-app-'));
  const first = fs.readFileSync(pack(teams, BOT_ID, DOMAIN, path.join(folder, 'a.zip')));
  const second = fs.readFileSync(pack(teams, BOT_ID, DOMAIN, path.join(folder, 'b.zip')));
  assert.ok(first.equals(second));
  fs.rmSync(folder, { recursive: true, force: true });
});
