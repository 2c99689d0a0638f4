// `vvp-kv-lint snapshot --subscription ID [--subscription ID] --output FILE`: reads live ARM (GET only) and
// writes an Azure state file in the az-CLI shape `--azure-state` accepts, so a CI job without Azure
// credentials can lint against a snapshot taken elsewhere. Failed reads are listed under `incomplete` in the
// file (rules then stay silent about those parts) and make the exit code 1; nothing readable at all is 2.
import { replaceFileAtomically } from '../../atomic-write.js';
import { resolve } from 'node:path';
import { escapeJsonControls } from '../../report/escape.js';
import type { TokenCredential } from '@azure/core-auth';
import { parseArgs } from 'node:util';
import { EXIT, type CliIO } from '../io.js';
import { HELP_OPTION, renderOptions, type OptionTable } from '../option-table.js';
import { explainParseError } from '../args.js';

export const SNAPSHOT_OPTIONS = {
  subscription: { type: 'string', multiple: true, value: 'ID', help: 'subscription to read (required; also comma-separated)' },
  output: { type: 'string', short: 'o', value: 'FILE', help: "where to write the state file (required; '-' for stdout)" },
  'node-resource-group': { type: 'string', multiple: true, value: 'RG', help: 'also record the scale sets (node pools) of this resource group, for system-assigned identities' },
  root: {
    type: 'string',
    value: 'DIR',
    help: 'project root for the paths (as for lint)',
    defaultText: 'the directory of .vvp-kv-lint.yaml, else the git work tree, else the current directory',
  },
  'arm-endpoint': { type: 'string', value: 'URL', help: 'Azure Resource Manager endpoint (sovereign clouds)', defaultText: 'https://management.azure.com' },
  timeout: { type: 'string', value: 'SECONDS', help: 'per request', defaultText: '60' },
  'max-retries': { type: 'string', value: 'N', help: 'retries for throttling and server errors', defaultText: '3' },
  ...HELP_OPTION,
} as const satisfies OptionTable;

export const SNAPSHOT_USAGE = `Usage: vvp-kv-lint snapshot --subscription ID [--subscription ID ...] --output FILE [paths...]

Writes the Azure state the Azure rules need (key vaults, role assignments at and above each vault, the role
definitions they use, user-assigned identities and their federated credentials) to FILE, for
\`vvp-kv-lint --azure-state FILE\`. With paths (files, directories or globs, as for lint), also the secrets and
keys (names and attributes, never values) of the vaults their SecretProviderClasses name, and the versions of
the keys and certificates they pin. Read only. Credentials: DefaultAzureCredential (az login, environment,
workload or managed identity).

Options:
${renderOptions(SNAPSHOT_OPTIONS)}`;

/** Test seams: a credential instead of DefaultAzureCredential, and fast retries. */
export interface SnapshotDeps {
  readonly credential?: TokenCredential;
  readonly retryDelayMs?: number;
}

interface SnapshotArgs {
  subscriptions: string[];
  paths: string[];
  root?: string;
  output?: string;
  nodeResourceGroups: string[];
  endpoint?: string;
  timeoutMs?: number;
  maxRetries?: number;
  help?: boolean;
}

function parseSnapshotArgs(args: string[]): SnapshotArgs | string {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({ args, options: SNAPSHOT_OPTIONS, allowPositionals: true, strict: true }));
  } catch (err) {
    return explainParseError(err, SNAPSHOT_OPTIONS);
  }
  const out: SnapshotArgs = {
    subscriptions: (values.subscription ?? []).flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean),
    paths: positionals,
    nodeResourceGroups: values['node-resource-group'] ?? [],
    help: values.help,
  };
  if (values.output !== undefined) {
    if (!values.output) return '--output needs a file name';
    out.output = values.output;
  }
  if (values['node-resource-group']?.some((v) => !v)) return '--node-resource-group needs a resource group name';
  if (values.root !== undefined) {
    if (!values.root) return '--root needs a directory';
    out.root = values.root;
  }
  if (values['arm-endpoint'] !== undefined) {
    if (!/^https?:\/\//.test(values['arm-endpoint'])) return '--arm-endpoint needs a URL';
    out.endpoint = values['arm-endpoint'];
  }
  if (values.timeout !== undefined) {
    const n = Number(values.timeout);
    if (!Number.isFinite(n) || n <= 0) return '--timeout needs a positive number of seconds';
    out.timeoutMs = n * 1000;
  }
  if (values['max-retries'] !== undefined) {
    const n = Number(values['max-retries']);
    if (!Number.isInteger(n) || n < 0 || n > 10) return '--max-retries needs an integer from 0 to 10';
    out.maxRetries = n;
  }
  return out;
}

export async function snapshotCommand(args: string[], io: CliIO, deps: SnapshotDeps = {}): Promise<number> {
  const parsed = parseSnapshotArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(`vvp-kv-lint snapshot: ${parsed}\n\n${SNAPSHOT_USAGE}`);
    return EXIT.ERROR;
  }
  if (parsed.help) {
    io.stdout.write(SNAPSHOT_USAGE);
    return EXIT.OK;
  }
  if (parsed.subscriptions.length === 0 || !parsed.output) {
    io.stderr.write(`vvp-kv-lint snapshot: ${parsed.subscriptions.length === 0 ? '--subscription' : '--output'} is required\n\n${SNAPSHOT_USAGE}`);
    return EXIT.ERROR;
  }
  // Lazy: the Azure SDKs load only for this command and live lints.
  const { readArm } = await import('../../azure/arm-source.js');
  let vaultContents;
  if (parsed.paths.length > 0) {
    // The same selection a live lint of these paths makes, so a lint against the snapshot sees what it would live.
    const [{ lint }, { contentsWanted }] = await Promise.all([import('../../engine/lint.js'), import('../../azure/vault-contents.js')]);
    try {
      const { inventory } = await lint({ cwd: io.cwd, targets: parsed.paths, baselinePath: false, ...(parsed.root ? { root: parsed.root } : {}) });
      vaultContents = contentsWanted(inventory);
    } catch (err) {
      io.stderr.write(`vvp-kv-lint snapshot: cannot read ${parsed.paths.join(' ')}: ${(err as Error).message.split('\n')[0]}\n`);
      return EXIT.ERROR;
    }
  }
  let result;
  try {
    result = await readArm({
      subscriptions: parsed.subscriptions,
      endpoint: parsed.endpoint,
      credential: deps.credential,
      timeoutMs: parsed.timeoutMs,
      maxRetries: parsed.maxRetries,
      retryDelayMs: deps.retryDelayMs,
      nodeResourceGroups: parsed.nodeResourceGroups,
      vaultContents,
    });
  } catch (err) {
    io.stderr.write(`vvp-kv-lint snapshot: cannot read Azure: ${(err as Error).message.split('\n')[0]}\n`);
    return EXIT.ERROR;
  }
  for (const n of result.notifications) io.stderr.write(`${n.level}: ${n.message}\n`);
  const text = escapeJsonControls(JSON.stringify(result.raw, null, 2)) + '\n';
  if (parsed.output === '-') {
    io.stdout.write(text);
  } else {
    const target = resolve(io.cwd, parsed.output);
    try {
      // Never `${target}.tmp`: a predictable name beside the output is a link an attacker can plant
      // (src/atomic-write.ts). A failed run leaves neither half a state file nor a temporary one.
      replaceFileAtomically(target, Buffer.from(text, 'utf8'), 0o644);
    } catch (err) {
      io.stderr.write(`vvp-kv-lint snapshot: cannot write ${parsed.output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      return EXIT.ERROR;
    }
  }
  const { raw } = result;
  const readNothing = (raw.incomplete?.subscriptions?.length ?? 0) === parsed.subscriptions.length && raw.vaults?.length === 0;
  const summary = `${raw.vaults?.length ?? 0} vaults, ${raw.roleAssignments?.length ?? 0} role assignments, ${raw.roleDefinitions?.length ?? 0} custom role definitions, ${raw.identities?.length ?? 0} identities, ${raw.federatedCredentials?.length ?? 0} federated credentials${raw.contentVaults ? `, ${raw.secrets?.length ?? 0} secrets and ${raw.keys?.length ?? 0} keys of ${raw.contentVaults.length} vault${raw.contentVaults.length === 1 ? '' : 's'}` : ''}`;
  if (parsed.output !== '-') io.stderr.write(`wrote ${parsed.output}: ${summary}${raw.incomplete ? ' (incomplete: see warnings)' : ''}\n`);
  // Without paths no vault objects are listed: a lint against this file cannot run the kv-object-* checks (it says
  // so in a check-skipped note); say it here too, where the paths can still be given.
  if (parsed.paths.length === 0) io.stderr.write('note: no paths given, so no vault objects were listed: kv-object-* checks will not run against this file; give the paths to lint (snapshot … k8s/)\n');
  if (readNothing) return EXIT.ERROR;
  return raw.incomplete ? EXIT.FINDINGS : EXIT.OK;
}
