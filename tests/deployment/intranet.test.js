// The intranet deployment (manifests/intranet): the compose file parses and runs two MeetingBot instances on one
// PostgreSQL (state, documents, clustered reminders) behind Debian's nginx; the nginx configuration routes every path
// people use to both instances, passes the WebSocket upgrade on /v3/directline, and — where nginx is installed —
// passes `nginx -t`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const folder = path.join(root, 'manifests', 'intranet');
const compose = parse(fs.readFileSync(path.join(folder, 'compose.yaml'), 'utf8'), { merge: true });
const nginxConf = fs.readFileSync(path.join(folder, 'meetingbot.nginx.conf'), 'utf8');
const instances = Object.entries(compose.services).filter(([, s]) => s.image === 'meetingbot:local');

test('two MeetingBot instances, built from the repository\'s Dockerfile, on one PostgreSQL', () => {
  assert.deepEqual(instances.map(([name]) => name).sort(), ['meetingbot-1', 'meetingbot-2']);
  const postgres = compose.services.postgres;
  assert.match(postgres.image, /^postgres:/);
  assert.ok(postgres.healthcheck.test.join(' ').includes('pg_isready'));
  for (const [name, service] of instances) {
    assert.equal(service.build.dockerfile, 'Dockerfile', name);
    assert.ok(fs.existsSync(path.join(folder, service.build.context, service.build.dockerfile)), name);
    assert.equal(service.depends_on.postgres.condition, 'service_healthy', name);
  }
});

test('both instances share state, documents, reminders, signing keys and public address', () => {
  const [[, first], [, second]] = instances;
  assert.deepEqual(first.environment, second.environment);
  const env = first.environment;
  assert.equal(env.Storage__Provider, 'Postgres');
  assert.match(env.Storage__Postgres__ConnectionString, /^Host=postgres;Database=meetingbot;Username=meetingbot;Password=\$\{POSTGRES_PASSWORD/);
  assert.equal(env.Documents__Provider, undefined, 'documents follow Storage:Provider into PostgreSQL');
  assert.equal(env.Reminders__JobStore, 'Postgres');
  assert.equal(env.ASPNETCORE_ENVIRONMENT, 'Production');
  assert.match(env.DirectLine__PublicUrl, /^\$\{PUBLIC_URL/);
  assert.match(env.Documents__Links__PublicBaseUrl, /^\$\{PUBLIC_URL/);
  assert.match(env.DirectLine__SigningKey, /^\$\{DIRECTLINE_SIGNING_KEY:\?/);
  assert.match(env.Documents__Links__SigningKey, /^\$\{DOCUMENT_LINKS_SIGNING_KEY:\?/);
  assert.ok(first.volumes.some((v) => v.startsWith('shared:') && env.SignIn__KeyRingPath.startsWith(v.split(':')[1])));
});

test('every variable the compose file reads is in example.env', () => {
  const example = fs.readFileSync(path.join(folder, 'example.env'), 'utf8');
  const defined = new Set(example.split('\n').filter((l) => /^[A-Z_]+=/.test(l)).map((l) => l.split('=')[0]));
  const used = new Set([...fs.readFileSync(path.join(folder, 'compose.yaml'), 'utf8').matchAll(/\$\{([A-Z_]+)/g)].map((m) => m[1]));
  assert.deepEqual([...used].filter((name) => !defined.has(name)), []);
});

test('nginx is Debian\'s package with the repository\'s configuration, published on the host', () => {
  const nginx = compose.services.nginx;
  const dockerfile = fs.readFileSync(path.join(folder, nginx.build.context, nginx.build.dockerfile), 'utf8');
  assert.match(dockerfile, /^FROM debian:/m);
  assert.match(dockerfile, /apt-get install -y --no-install-recommends nginx/);
  assert.match(dockerfile, /COPY meetingbot\.nginx\.conf \/etc\/nginx\/conf\.d\//);
  assert.ok(nginx.ports.some((p) => String(p).endsWith(':80')));
});

test('nginx balances over both instances and routes every path people use, with the WebSocket upgrade', () => {
  const upstream = nginxConf.match(/upstream meetingbot \{([^}]*)\}/)[1];
  for (const [name] of instances) {
    assert.match(upstream, new RegExp(`server ${name}:8080`));
  }
  for (const location of ['= /api/messages', '/v3/directline/', '/chat', '/documents/', '/board', '/overview']) {
    assert.ok(nginxConf.includes(`location ${location} {`), `no location ${location}`);
  }
  assert.match(nginxConf, /proxy_set_header Upgrade \$http_upgrade;/);
  assert.match(nginxConf, /proxy_set_header Connection \$connection_upgrade;/);
  assert.match(nginxConf, /map \$http_upgrade \$connection_upgrade \{\s*default upgrade;/);
  assert.match(nginxConf, /proxy_http_version 1\.1;/);
  const directLine = nginxConf.match(/location \/v3\/directline\/ \{([^}]*)\}/)[1];
  assert.match(directLine, /proxy_read_timeout 3600s;/);
});

test('nginx -t accepts the configuration', (t) => {
  const nginx = spawnSync('nginx', ['-v']);
  if (nginx.error) {
    t.skip('nginx is not installed here (Debian: apt-get install nginx); the configuration was checked by the tests above only');
    return;
  }
  // The compose service names resolve inside compose only: here they are loopback, in a scratch prefix.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'meetingbot-nginx-'));
  try {
    const site = nginxConf.replace(/server (meetingbot-\d):8080/g, (_, name) => `server 127.0.0.${name.endsWith('1') ? 1 : 2}:8080`)
      .replace('listen 80;', 'listen 127.0.0.1:8080;');
    fs.writeFileSync(path.join(scratch, 'site.conf'), site);
    fs.writeFileSync(path.join(scratch, 'nginx.conf'),
      `pid ${scratch}/nginx.pid;\nerror_log ${scratch}/error.log;\nevents {}\nhttp {\n  access_log off;\n` +
      // Not the package's /var/lib/nginx, which only root may write.
      ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((p) => `  ${p}_temp_path ${scratch}/${p};\n`).join('') +
      `  include ${scratch}/site.conf;\n}\n`);
    const checked = spawnSync('nginx', ['-t', '-p', scratch, '-c', path.join(scratch, 'nginx.conf')], { encoding: 'utf8' });
    assert.equal(checked.status, 0, checked.stderr);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});
