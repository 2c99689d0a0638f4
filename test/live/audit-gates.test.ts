// The audit's promises on the gate and the deadline, as a user runs it (the CLI as a process, KUBECONFIG files):
// `--fail-on-incomplete` over several clusters exits 2 when one could not be audited or was read only in part (and
// the clusters that were audited are still reported); a kubeconfig exec plugin that never answers is killed at
// --timeout instead of hanging the audit; one that answers at once still authenticates the reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, spawnCli } from '../support/spawn-cli.js';
import { FakeKube } from './fake-kube.js';
import { healthyCluster } from './cluster-fixtures.js';
import { shq } from '../../src/remediation/render-az.js';

test('audit --context a --context b --fail-on-incomplete: exit 2 when a cluster failed or was read in part', async () => {
  const prod = healthyCluster().kube;
  const partial = healthyCluster().kube.fault({ path: /\/serviceaccounts$/, status: 403 });
  const gone = new FakeKube();
  await Promise.all([prod.start(), partial.start(), gone.start()]);
  const files = { prod: prod.kubeconfig('prod'), partial: partial.kubeconfig('partial'), gone: gone.kubeconfig('gone') };
  await gone.stop();
  const home = mkdtempSync(join(tmpdir(), 'gates-home-'));
  const env = { KUBECONFIG: Object.values(files).join(delimiter), HOME: home };
  try {
    // The deadline is not under test here (the unreachable cluster refuses at once): a generous one, so a loaded
    // machine cannot turn a slow healthy read into "not audited".
    const audit = (...contexts: string[]) => (extra: string[]) =>
      spawnCli(['audit', ...contexts.flatMap((c) => ['--context', c]), '-A', '--timeout', '90', '--format', 'json', ...extra], { cwd: home, env, timeoutMs: 120_000 });

    // Without the gate an unreachable cluster is only its own notification: the audited one decides (clean: 0).
    const withGone = audit('prod', 'gone');
    const lenient = await withGone([]);
    assert.equal(lenient.code, 0, describe(lenient));
    const strict = await withGone(['--fail-on-incomplete']);
    assert.equal(strict.code, 2, describe(strict));
    assert.match(strict.stderr, /incomplete: 1 not audited of 2 clusters; exit 2 because of --fail-on-incomplete/, describe(strict));
    assert.deepEqual(JSON.parse(strict.stdout).clusters.map((c: { context: string; audited: boolean }) => [c.context, c.audited]), [['prod', true], ['gone', false]]);

    // A cluster read in part (403 on one kind) is audited and reported, and the gate still fails the fleet.
    const withPartial = audit('prod', 'partial');
    assert.equal((await withPartial([])).code, 0);
    const partialStrict = await withPartial(['--fail-on-incomplete']);
    assert.equal(partialStrict.code, 2, describe(partialStrict));
    assert.match(partialStrict.stderr, /incomplete: 1 read in part \(partial\) of 2 clusters/, describe(partialStrict));
    const clusters = JSON.parse(partialStrict.stdout).clusters as { context: string; audited: boolean; report: { notifications: { incomplete: boolean }[] } | null }[];
    assert.deepEqual(clusters.map((c) => [c.context, c.audited]), [['prod', true], ['partial', true]]);
    assert.ok(clusters[1]!.report!.notifications.some((n) => n.incomplete), 'the partial cluster keeps its report and says what is missing');

    // Every cluster complete: the gate lets it pass.
    const clean = await audit('prod', 'prod')(['--fail-on-incomplete']);
    assert.equal(clean.code, 0, describe(clean));
  } finally {
    await Promise.all([prod.stop(), partial.stop()]);
    rmSync(home, { recursive: true, force: true });
  }
});

/**
 * A kubeconfig whose user authenticates through an exec plugin: /bin/sh running `script` (a shell, not node: the
 * expiring plugin below runs once per read, and a node start is about 0.15 s of CPU where sh takes a millisecond).
 */
function execKubeconfig(dir: string, server: string, script: string): string {
  const file = join(dir, 'config');
  writeFileSync(
    file,
    [
      'apiVersion: v1',
      'kind: Config',
      'current-context: exec',
      'clusters:',
      '- name: exec-cluster',
      '  cluster:',
      `    server: ${server}`,
      'users:',
      '- name: exec-user',
      '  user:',
      '    exec:',
      '      apiVersion: client.authentication.k8s.io/v1beta1',
      '      command: /bin/sh',
      `      args: ["-c", ${JSON.stringify(script)}]`,
      '      interactiveMode: Never',
      'contexts:',
      '- name: exec',
      '  context:',
      '    cluster: exec-cluster',
      '    user: exec-user',
      '',
    ].join('\n'),
  );
  return file;
}

/** What the test exec plugins print: an ExecCredential whose token every read must carry. */
const EXEC_CREDENTIAL = JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1beta1', kind: 'ExecCredential', status: { token: 'exec-token-not-a-secret' } });

/** A shell command that prints `text` exactly (no newline added). */
const print = (text: string): string => `printf '%s' ${shq(text)}`;

test('audit --timeout bounds a kubeconfig exec plugin that never answers; a prompt plugin still authenticates', async () => {
  const { kube } = healthyCluster();
  await kube.start();
  const dir = mkdtempSync(join(tmpdir(), 'gates-exec-'));
  try {
    const server = `http://127.0.0.1:${kube.port}`;
    // The plugin never answers (it writes its pid and waits; it gives up only after five minutes, so a failing run
    // leaves nothing forever): exit 2 with this message can only come from --timeout, and a CLI that waited for the
    // plugin would be killed at the spawn's deadline and fail on its exit code. No wall-clock bound, which a loaded
    // machine would stretch. The CLI must not leave the plugin running when it exits.
    const pidFile = join(dir, 'plugin.pid');
    const hanging = execKubeconfig(dir, server, `echo $$ > ${shq(pidFile)}; exec sleep 300`);
    const r = await spawnCli(['audit', '--kubeconfig', hanging, '-A', '--timeout', '3s', '--format', 'json'], { cwd: dir, timeoutMs: 120_000 });
    assert.equal(r.code, 2, describe(r));
    assert.match(r.stderr, /credentials of context "exec" could not be obtained: the --timeout deadline passed/, describe(r));
    const pid = Number(readFileSync(pidFile, 'utf8'));
    try {
      // Killed at the CLI's exit; reaped by init a moment later (the wait is a hang guard, not a bound).
      for (let i = 0; i < 300 && alive(pid); i++) await new Promise((res) => setTimeout(res, 100));
      assert.equal(alive(pid), false, 'the exec plugin the CLI gave up on is not left running');
    } finally {
      if (alive(pid)) process.kill(pid, 'SIGKILL');
    }

    // A plugin printing a credential without an expiry runs once for the whole audit, as kubectl runs it (the
    // client library alone ran it for every request: about 25 times).
    const runs = join(dir, 'prompt-runs.txt');
    const prompt = execKubeconfig(mkdtempSync(join(dir, 'ok-')), server, `printf x >> ${shq(runs)}; ${print(EXEC_CREDENTIAL)}`);
    const ok = await spawnCli(['audit', '--kubeconfig', prompt, '-A', '--timeout', '90s', '--format', 'json'], { cwd: dir, timeoutMs: 120_000 });
    assert.equal(ok.code, 0, describe(ok));
    assert.ok(kube.requests.length > 1 && kube.requests.every((q) => q.auth === 'Bearer exec-token-not-a-secret'), 'every read carried the plugin token');
    assert.equal(readFileSync(runs, 'utf8'), 'x', `the plugin ran once for ${kube.requests.length} reads`);

    // One whose credential has expired is run again: an expired token is never reused.
    const expiredRuns = join(dir, 'expired-runs.txt');
    const expiredCredential = JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1beta1', kind: 'ExecCredential', status: { token: 'exec-token-not-a-secret', expirationTimestamp: '2020-01-01T00:00:00Z' } });
    const expiring = execKubeconfig(mkdtempSync(join(dir, 'expired-')), server, `printf x >> ${shq(expiredRuns)}; ${print(expiredCredential)}`);
    const again = await spawnCli(['audit', '--kubeconfig', expiring, '-A', '--timeout', '90s', '--format', 'json'], { cwd: dir, timeoutMs: 120_000 });
    assert.equal(again.code, 0, describe(again));
    assert.ok(readFileSync(expiredRuns, 'utf8').length > 1, 'an expired credential is fetched again');
  } finally {
    await kube.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('audit over two contexts: the exec.env of one context never reaches the other context\'s plugin', async () => {
  const { kube } = healthyCluster();
  await kube.start();
  const dir = mkdtempSync(join(tmpdir(), 'gates-exec-env-'));
  try {
    const server = `http://127.0.0.1:${kube.port}`;
    const seen = join(dir, 'seen-by-b.txt');
    // Context a's plugin gets VVP_KV_LINT_PROBE from its exec.env; context b's plugin, run after it, records what it sees.
    const plugin = (script: string, env: string[]): string[] => [
      '    exec:',
      '      apiVersion: client.authentication.k8s.io/v1beta1',
      '      command: /bin/sh',
      `      args: ["-c", ${JSON.stringify(script)}]`,
      '      interactiveMode: Never',
      ...env,
    ];
    const file = join(dir, 'kubeconfig');
    writeFileSync(file, [
      'apiVersion: v1',
      'kind: Config',
      'current-context: a',
      'clusters:',
      '- name: c',
      '  cluster:',
      `    server: ${server}`,
      'users:',
      '- name: user-a',
      '  user:',
      ...plugin(print(EXEC_CREDENTIAL), ['      env:', '      - name: VVP_KV_LINT_PROBE', '        value: from-context-a']),
      '- name: user-b',
      '  user:',
      ...plugin(`printf '%s' "\${VVP_KV_LINT_PROBE-}" > ${shq(seen)}; ${print(EXEC_CREDENTIAL)}`, []),
      'contexts:',
      '- name: a',
      '  context: {cluster: c, user: user-a}',
      '- name: b',
      '  context: {cluster: c, user: user-b}',
      '',
    ].join('\n'));
    const r = await spawnCli(['audit', '--kubeconfig', file, '--context', 'a', '--context', 'b', '--max-parallel', '1', '-A', '--timeout', '90s', '--format', 'json'], { cwd: dir, timeoutMs: 120_000 });
    assert.equal(r.code, 0, describe(r));
    assert.equal(readFileSync(seen, 'utf8'), '', 'context b\'s plugin does not see context a\'s exec.env');
  } finally {
    await kube.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Running (a zombie no one has reaped yet is dead: a container's init may never reap it). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}
