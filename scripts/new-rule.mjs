// Scaffolds a rule: `npm run new-rule -- <id> --group <group>` writes every file a rule needs, each with a
// TODO(new-rule) that fails until it is filled in (the rule's tests check that none is left), and registers the id
// in rules/published-ids.json. CONTRIBUTING.md says what each file is. Nothing is overwritten.
//
//   rules/<id>.yaml                          metadata: level, descriptions, remediation, tags
//   src/rules/<id>.ts                        the check
//   docs/rules-src/<id>.md                   why it matters, an Incorrect and a Correct example (both linted)
//   docs/rules/<id>.md                       generated from the two above (node scripts/gen-docs.mjs)
//   test/fixtures/rules/<id>/fail-basic/     a project the rule must flag (`# expect: <id>@<column>` markers)
//   test/fixtures/rules/<id>/pass-basic/     a project the rule must accept
//   test/rules/tester/<id>.ts           RuleTester cases: exact positions, fix output
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GROUPS = ['input', 'spc', 'csi', 'identity', 'vvp', 'azure', 'cluster'];
const USAGE = `usage: npm run new-rule -- <rule-id> --group <${GROUPS.join('|')}>`;

function fail(message) {
  console.error(`new-rule: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
let id;
let group;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--group') group = args[++i];
  else if (a.startsWith('--group=')) group = a.slice(8);
  else if (a === '-h' || a === '--help') {
    console.log(USAGE);
    process.exit(0);
  } else if (a.startsWith('-')) fail(`unknown option ${a}\n${USAGE}`);
  else if (id === undefined) id = a;
  else fail(`one rule id at a time (got ${id} and ${a})\n${USAGE}`);
}
if (!id) fail(USAGE);
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail(`rule id "${id}" must be lowercase words joined by single hyphens (like csi-mount-path-overlap)`);
if (!group) fail(`--group is required\n${USAGE}`);
if (!GROUPS.includes(group)) fail(`unknown group "${group}" (one of ${GROUPS.join(', ')})`);
const publishedPath = join(root, 'rules/published-ids.json');
const published = JSON.parse(readFileSync(publishedPath, 'utf8'));
if (published.ids[id]) fail(`${id} is already a published rule id (rules/published-ids.json); ids are never reused`);

const T = 'TODO(new-rule)';
const files = new Map();

files.set(`rules/${id}.yaml`, `# Rule ${id}: metadata only; the check is src/rules/${id}.ts.
id: ${id}
group: ${group}
level: error # ${T}: error (the mount fails), warning (it works, but not as meant) or note (advice)
shortDescription: "${T}: what is wrong, in one line and without a final period"
fullDescription: "${T}: what fails at runtime and why, and what the rule looks at."
remediation: "${T}: how to fix it, as an instruction."
tags:
- ${group}
`);

files.set(`src/rules/${id}.ts`, `// ${id}: ${T}: one line saying what this rule reports.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';

export default defineRule({
  // Every kind the rule reads (src/model/kinds.ts): the loader keeps only declared kinds, so others stay invisible.
  kinds: [...POD_SOURCE_KINDS, 'SecretProviderClass'],
  // Message templates by id; {{name}} is filled from the report's data. ${T}: name and word the message(s).
  messages: {
    todo: '${T}: secrets volume {{volume}} of {{description}} is wrong because ...',
  },
  // fixable: true,       // when reports carry fix: () => ({ description, edits }) (src/rules/support/fix.ts helps)
  // requires: ['azure'], // when the rule needs Azure state, a cluster or the VVP API (then no file fixtures)
  create(ctx) {
    // ctx.subjects: what can be reported on (pod sources, secrets volumes, objects by class); look other objects
    // up in ctx.inventory and ctx.views. Report at the field that is wrong; the engine turns the path into a region.
    for (const { src, vol } of ctx.subjects.secretsVolumes) {
      // src: the pod source (kind, object, namespace, containers and their mounts, labels); vol: the volume (name,
      // path, csi, spcName). ${T}: decide whether this volume is wrong.
      const wrong = false;
      if (wrong) ctx.report({ object: src.object, path: [...vol.path, 'name'], messageId: 'todo', data: { volume: vol.name ?? '', description: src.description } });
    }
  },
});
`);

const spc = `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: kv-app
  namespace: jobs
spec:
  provider: azure
  parameters:
    clientID: 00000000-0000-0000-0000-000000000001
    keyvaultName: kv-app
    tenantID: 00000000-0000-0000-0000-000000000002
    objects: |
      array:
        - |
          objectName: db-password
          objectType: secret
`;
const deployment = (marker) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  namespace: jobs
spec:
  selector:
    matchLabels:
      app: app
  template:
    metadata:
      labels:
        app: app
        azure.workload.identity/use: "true"
    spec:
      serviceAccountName: app
      containers:
        - name: app
          image: registry.example/app:1.0
          volumeMounts:
            - name: secrets
              mountPath: /mnt/secrets
              readOnly: true
      volumes:
        - name: secrets${marker}
          csi:
            driver: secrets-store.csi.k8s.io
            readOnly: true
            volumeAttributes:
              secretProviderClass: kv-app
`;
const serviceAccount = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: app
  namespace: jobs
  annotations:
    azure.workload.identity/client-id: 00000000-0000-0000-0000-000000000001
`;

files.set(`docs/rules-src/${id}.md`, `## Why it matters

${T}: what the user sees when this goes wrong (the pod event, the provider's error, the missing file) and why.

## Incorrect

${T}: an example that produces the finding; the line that must be reported carries \`# ✗ ${id}\`. Examples are
linted by test/workflow/rule-docs.test.ts: exactly the marked findings, no others.

\`\`\`yaml path=spc.yaml
${spc}\`\`\`

\`\`\`yaml path=deployment.yaml
${deployment(` # ✗ ${id}`)}\`\`\`

\`\`\`yaml path=serviceaccount.yaml
${serviceAccount}\`\`\`

## Correct

${T}: the same example, fixed.

\`\`\`yaml path=spc.yaml
${spc}\`\`\`

\`\`\`yaml path=deployment.yaml
${deployment('')}\`\`\`

\`\`\`yaml path=serviceaccount.yaml
${serviceAccount}\`\`\`
`);

files.set(`test/fixtures/rules/${id}/fail-basic/spc.yaml`, spc);
files.set(`test/fixtures/rules/${id}/fail-basic/serviceaccount.yaml`, serviceAccount);
files.set(`test/fixtures/rules/${id}/fail-basic/deployment.yaml`, `# ${T}: make this project wrong in the way ${id} reports, and end each finding's line with a
# marker like the one on the volume below (rule-id@column: the 1-based column where the finding starts).
# Every other finding fails the case.
${deployment(` # expect: ${id}@11`)}`);
files.set(`test/fixtures/rules/${id}/pass-basic/spc.yaml`, spc);
files.set(`test/fixtures/rules/${id}/pass-basic/serviceaccount.yaml`, serviceAccount);
files.set(`test/fixtures/rules/${id}/pass-basic/deployment.yaml`, `# ${T}: a project close to fail-basic that ${id} must accept (no finding of any rule).
${deployment('')}`);

const camel = id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
files.set(`test/rules/tester/${id}.ts`, `// RuleTester cases for ${id}: exact positions (line, column, end), message ids and data, fix output.
// Run them: node scripts/run-tests.mjs ${id}   (also runs the rule's fixture cases and documentation examples)
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { assertNoScaffoldTodos } from '../../support/scaffold-todos.js';

const spc = \`${spc}\`;

const ${camel}Deployment = (volumeName: string): string => \`${deployment('').replace('- name: secrets\n          csi', '- name: ${volumeName}\n          csi').replace('- name: secrets\n              mountPath', '- name: ${volumeName}\n              mountPath')}\`;

testRule('${id}', {
  valid: [
    // ${T}: inputs the rule must accept, each different (duplicates fail).
    { name: 'TODO(new-rule): a correct project', files: { 'spc.yaml': spc, 'deployment.yaml': ${camel}Deployment('secrets') } },
  ],
  invalid: [
    {
      name: 'TODO(new-rule): what is wrong here',
      // ${T}: an input the rule must flag, and every finding it must produce with its exact region.
      files: { 'spc.yaml': spc, 'deployment.yaml': ${camel}Deployment('secrets') },
      errors: [{ messageId: 'todo', data: { volume: 'secrets' }, file: 'deployment.yaml', line: 25, column: 17, endLine: 25, endColumn: 24 }],
      // output: '...',  // a fixable rule states the text after its fixes (or null when this case has none)
    },
  ],
}, test);

test('${id}: every scaffold TODO is filled in', () => assertNoScaffoldTodos('${id}'));
`);

for (const rel of files.keys()) if (existsSync(join(root, rel))) fail(`${rel} already exists; nothing was written`);
for (const [rel, text] of files) {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}
published.ids = Object.fromEntries(Object.entries({ ...published.ids, [id]: { group, meaning: `${T}: when ${id} fires, in one line` } }).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(publishedPath, `${JSON.stringify(published, null, 2)}\n`);

// The generated page, so that the build's parity check passes from the start.
const docs = spawnSync(process.execPath, [join(root, 'scripts/gen-docs.mjs')], { encoding: 'utf8' });
if (docs.status !== 0) console.error(`new-rule: node scripts/gen-docs.mjs failed:\n${docs.stderr}`);

console.log(`new-rule: wrote ${files.size + 1} files for ${id} and added it to rules/published-ids.json:`);
for (const rel of [...files.keys(), `docs/rules/${id}.md`]) console.log(`  ${rel}`);
console.log(`
Next: replace every ${T} (grep -rn '${T}' rules src docs test), then
  npm run build                          # generate (checks every rule file agrees), compile, type check, bundle
  node scripts/run-tests.mjs ${id}       # the RuleTester cases, fixture cases and doc examples of this rule
and after editing docs/rules-src/${id}.md or rules/${id}.yaml: node scripts/gen-docs.mjs
Commit the rebuilt dist/bundle/ with the rule (npm test fails while it differs from a fresh build).`);
