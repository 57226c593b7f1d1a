'use strict';
// Builds the Teams app package: the manifest with the bot's app id and domain filled in, its localization
// file(s) and the two icons, zipped flat (Teams reads them from the zip's root). No dependencies.
//   node pack.js <bot-app-id> <bot-domain> [output.zip]
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { crc32 } = require('./icons.js');

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
// A host name only: the manifest wants no scheme, port or path in validDomains.
const HOST = /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;

/** The manifest text with the placeholders replaced; refuses what Teams would refuse later. */
function fill(template, botId, domain) {
  if (!GUID.test(botId ?? '')) {
    throw new Error(`The bot's app id must be the Entra app registration's GUID (MicrosoftAppId), got '${botId ?? ''}'.`);
  }
  if (!HOST.test(domain ?? '')) {
    throw new Error(`The bot's domain must be a host name such as meetingbot.azurewebsites.net, got '${domain ?? ''}'.`);
  }
  const filled = template.replaceAll('${{BOT_ID}}', botId.toLowerCase()).replaceAll('${{BOT_DOMAIN}}', domain.toLowerCase());
  const left = filled.match(/\$\{\{[A-Z_]+\}\}/);
  if (left) {
    throw new Error(`The manifest has a placeholder this script does not fill: ${left[0]}`);
  }
  return filled;
}

/** The files of the package, in order: manifest, localization files it names, icons it names. */
function entries(folder, botId, domain) {
  const manifestText = fill(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'), botId, domain);
  const manifest = JSON.parse(manifestText);
  const names = [
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
    ...(manifest.localizationInfo?.defaultLanguageFile ? [manifest.localizationInfo.defaultLanguageFile] : []),
    manifest.icons.color,
    manifest.icons.outline,
  ];
  return [
    { name: 'manifest.json', data: Buffer.from(manifestText, 'utf8') },
    ...names.map((name) => ({ name, data: fs.readFileSync(path.join(folder, name)) })),
  ];
}

/** A zip archive (deflate, fixed 1980-01-01 timestamps so the same input gives the same bytes). */
function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const compressed = zlib.deflateRawSync(file.data, { level: 9 });
    const crc = crc32(file.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(file.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function pack(folder, botId, domain, output) {
  const archive = zip(entries(folder, botId, domain));
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, archive);
  return output;
}

module.exports = { fill, entries, zip, pack };

if (require.main === module) {
  const [botId, domain, output] = process.argv.slice(2);
  try {
    const written = pack(__dirname, botId, domain, path.resolve(output ?? path.join(__dirname, 'build', 'meetingbot-teams.zip')));
    console.log(written);
  } catch (error) {
    console.error(error.message);
    console.error('usage: node pack.js <bot-app-id> <bot-domain> [output.zip]');
    process.exit(2);
  }
}
