// The Kubernetes manifests (manifests/kubernetes): every document parses, validates against the Kubernetes
// API schema (kubernetes-models), and fits together: the kustomization lists every file, the Service and the
// PodDisruptionBudget select the Deployment's pods, probes hit /healthz and /readyz on the container's port,
// and every secret or setting the pods read exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { ConfigMap, Namespace, Secret, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const folder = path.join(root, 'manifests', 'kubernetes');
const models = { Namespace, ConfigMap, Secret, Service, Deployment, PodDisruptionBudget, Ingress };

function load(file) {
  const documents = parseAllDocuments(fs.readFileSync(path.join(folder, file), 'utf8'));
  for (const document of documents) {
    assert.deepEqual(document.errors, [], `${file}: ${document.errors.join('; ')}`);
  }
  return documents.map((d) => d.toJS());
}

const kustomization = load('kustomization.yaml')[0];
const objects = kustomization.resources.flatMap((file) => load(file).map((object) => ({ file, object })));
const only = (kind) => {
  const found = objects.filter((o) => o.object.kind === kind);
  assert.equal(found.length, 1, `exactly one ${kind}`);
  return found[0].object;
};

test('the kustomization lists every manifest in the folder, and nothing else', () => {
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml').sort();
  assert.deepEqual([...kustomization.resources].sort(), files);
});

test('every document is a valid Kubernetes object of a kind we expect', () => {
  assert.ok(objects.length >= 7);
  for (const { file, object } of objects) {
    const Model = models[object.kind];
    assert.ok(Model, `${file}: unexpected kind ${object.kind}`);
    assert.doesNotThrow(() => new Model(object).validate(), `${file} (${object.kind})`);
    assert.match(object.metadata.name, /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
  }
});

test('the schema check is real: a wrong type is refused', () => {
  const deployment = structuredClone(only('Deployment'));
  deployment.spec.replicas = 'two';
  assert.throws(() => new Deployment(deployment).validate(), /replicas/);
});

const deployment = only('Deployment');
const pod = deployment.spec.template;
const [container] = pod.spec.containers;

test('the deployment runs at least two replicas, spread over nodes, replaced one at a time without a gap', () => {
  assert.ok(deployment.spec.replicas >= 2);
  assert.equal(deployment.spec.strategy.rollingUpdate.maxUnavailable, 0);
  assert.equal(pod.spec.topologySpreadConstraints[0].topologyKey, 'kubernetes.io/hostname');
  assert.deepEqual(deployment.spec.selector.matchLabels, Object.fromEntries(
    Object.entries(pod.metadata.labels).filter(([k]) => k in deployment.spec.selector.matchLabels)));
});

test('liveness asks /healthz, readiness /readyz, on the port the container listens on', () => {
  const port = container.ports.find((p) => p.name === 'http');
  assert.equal(port.containerPort, 8080);
  assert.equal(container.livenessProbe.httpGet.path, '/healthz');
  assert.equal(container.startupProbe.httpGet.path, '/healthz');
  assert.equal(container.readinessProbe.httpGet.path, '/readyz');
  for (const probe of [container.livenessProbe, container.readinessProbe, container.startupProbe]) {
    assert.equal(probe.httpGet.port, 'http');
  }
});

test('the container has resource requests and a memory limit, and runs unprivileged on a read-only root', () => {
  assert.ok(container.resources.requests.cpu && container.resources.requests.memory);
  assert.ok(container.resources.limits.memory);
  assert.equal(pod.spec.securityContext.runAsNonRoot, true);
  assert.equal(container.securityContext.readOnlyRootFilesystem, true);
  assert.equal(container.securityContext.allowPrivilegeEscalation, false);
  assert.ok(container.volumeMounts.some((m) => m.mountPath === '/tmp'));
});

test('the Service and the PodDisruptionBudget select the deployment\'s pods; the budget keeps one running', () => {
  const labels = pod.metadata.labels;
  const matches = (selector) => Object.entries(selector).every(([k, v]) => labels[k] === v);
  const service = only('Service');
  assert.ok(matches(service.spec.selector));
  assert.equal(service.spec.ports[0].targetPort, 'http');
  const budget = only('PodDisruptionBudget');
  assert.ok(matches(budget.spec.selector.matchLabels));
  assert.ok(budget.spec.minAvailable >= 1 && budget.spec.minAvailable < deployment.spec.replicas);
});

test('the ingress sends the messaging endpoint to the service over TLS', () => {
  const ingress = only('Ingress');
  const [rule] = ingress.spec.rules;
  assert.ok(ingress.spec.tls[0].hosts.includes(rule.host));
  const route = rule.http.paths.find((p) => p.path === '/api/messages');
  assert.equal(route.backend.service.name, only('Service').metadata.name);
});

test('the ingress routes every path people use to the service, and holds a Direct Line WebSocket open', () => {
  const ingress = only('Ingress');
  const [rule] = ingress.spec.rules;
  const service = only('Service').metadata.name;
  for (const wanted of ['/api/messages', '/v3/directline', '/chat', '/documents', '/board', '/overview']) {
    const route = rule.http.paths.find((p) => p.path === wanted);
    assert.ok(route, `no route for ${wanted}`);
    assert.equal(route.backend.service.name, service, wanted);
    assert.equal(route.backend.service.port.name, 'http', wanted);
  }
  assert.ok(Number(ingress.metadata.annotations['nginx.ingress.kubernetes.io/proxy-read-timeout']) >= 600);
});

test('the public address keys name the ingress host over https', () => {
  const settings = only('ConfigMap').data;
  const host = only('Ingress').spec.rules[0].host;
  assert.equal(settings.DirectLine__PublicUrl, `https://${host}`);
  assert.equal(settings.Documents__Links__PublicBaseUrl, `https://${host}`);
});

test('every setting and secret the pods read exists, and secrets are never in the ConfigMap', () => {
  const configMap = only('ConfigMap');
  const secret = only('Secret');
  assert.equal(container.envFrom[0].configMapRef.name, configMap.metadata.name);
  const secretRefs = container.env.filter((e) => e.valueFrom?.secretKeyRef).map((e) => e.valueFrom.secretKeyRef);
  assert.deepEqual(secretRefs.map((r) => r.name).filter((n) => n !== secret.metadata.name), []);
  assert.deepEqual(secretRefs.map((r) => r.key).sort(), Object.keys(secret.stringData).sort());
  for (const key of Object.keys(configMap.data)) {
    assert.doesNotMatch(key, /Password|ConnectionString|Secret|Key$/i, `${key} belongs in the Secret`);
  }
});

test('the scale-out settings: Azure Blob state and the clustered PostgreSQL job store for reminders', () => {
  const settings = only('ConfigMap').data;
  assert.equal(settings.Storage__Provider, 'AzureBlob');
  assert.equal(settings.Reminders__JobStore, 'Postgres');
  assert.equal(settings.ASPNETCORE_ENVIRONMENT, 'Production');
  const secret = only('Secret').stringData;
  assert.ok('Storage__AzureBlob__ConnectionString' in secret);
  assert.ok('Reminders__PostgresConnectionString' in secret);
  assert.ok('MicrosoftAppPassword' in secret);
});
