// `vvp-kv-lint why` against a local Kubernetes API server (and Azure state): one scenario per class of the
// mount-message table, each asserting the first broken link and its fix; old events; a contradiction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { whyCommand } from '../../src/cli/commands/why.js';
import type { CliIO } from '../../src/cli/io.js';
import type { FakeKube, Obj } from './fake-kube.js';
import { NS, POD, wholeChain } from './why-fixtures.js';

export interface WhyRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly json: any;
  readonly requests: FakeKube['requests'];
}

export async function runWhy(kube: FakeKube, target: string, opts: { state?: Obj; args?: string[]; format?: string } = {}): Promise<WhyRun> {
  await kube.start();
  try {
    const dir = mkdtempSync(join(tmpdir(), 'why-'));
    const args = ['--kubeconfig', kube.kubeconfig(), target, '--format', opts.format ?? 'json', ...(opts.args ?? [])];
    if (opts.state) {
      writeFileSync(join(dir, 'azure-state.json'), JSON.stringify(opts.state));
      args.push('--azure-state', join(dir, 'azure-state.json'));
    }
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIO = { stdout: { write: (s: string) => out.push(s), isTTY: false }, stderr: { write: (s: string) => err.push(s), isTTY: false }, cwd: dir, env: { HOME: dir, NO_COLOR: '1' } };
    const code = await whyCommand(args, io);
    const text = out.join('');
    let json: any;
    if ((opts.format ?? 'json') !== 'text' && text) json = JSON.parse(text);
    return { code, out: text, err: err.join(''), json, requests: kube.requests };
  } finally {
    await kube.stop();
  }
}

function describe(r: WhyRun): string {
  return `code ${r.code}\nstderr: ${r.err}\n${r.out.slice(0, 4000)}`;
}

for (const mode of ['sp', 'uami', 'wi', 'podid'] as const) {
  test(`a whole chain (${mode}) exits 0 with every link ✓`, async () => {
    const { kube, state } = wholeChain(mode);
    const r = await runWhy(kube, `pod/${NS}/${POD}`, { state });
    assert.equal(r.code, 0, describe(r));
    const links = r.json.chains[0].links as { id: string; status: string }[];
    assert.deepEqual(links.filter((l) => l.status !== 'ok').map((l) => `${l.id}:${l.status}`), [], describe(r));
    assert.ok(r.requests.every((q) => q.method === 'GET'));
  });
}
