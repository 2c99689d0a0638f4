// Runs `vvp-kv-lint why` in-process against a fake API server (and an Azure state file), capturing its output.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { whyCommand } from '../../src/cli/commands/why.js';
import type { CliIO } from '../../src/cli/io.js';
import type { FakeKube, Obj } from './fake-kube.js';

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

