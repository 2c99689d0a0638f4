// The options of `audit`, in --help order: the single-cluster table (audit.ts) and the fleet table
// (audit-fleet.ts: several --context, --all-contexts, --max-parallel). A module of their own so that the help
// (src/cli/command-help.ts) reads them without loading the cluster reader.
import { HELP_OPTION, type OptionTable } from '../option-table.js';
import { GATE_OPTIONS, OUTPUT_OPTIONS, PROJECT_OPTIONS, SOURCE_OPTIONS } from '../options.js';
import { REMEDIATION_OPTIONS } from '../remediation.js';

export const AUDIT_OPTIONS = {
  kubeconfig: {
    type: 'string',
    value: 'FILE',
    help: 'kubeconfig (http:// servers such as `kubectl proxy` and contexts without a user work as with kubectl)',
    defaultText: 'KUBECONFIG, else ~/.kube/config',
  },
  context: { type: 'string', value: 'NAME', help: 'kubeconfig context', defaultText: 'current-context' },
  namespace: { type: 'string', short: 'n', value: 'NS', help: 'one namespace' },
  'all-namespaces': { type: 'boolean', short: 'A', help: 'every namespace (the default)' },
  timeout: { type: 'string', value: '90s', help: 'overall deadline of the cluster read, kubeconfig exec plugins included (also bounds --azure)' },
  'with-repo': { type: 'string', value: 'DIR', help: 'also lint the repository in DIR, resolving references across both' },
  ...OUTPUT_OPTIONS,
  'sarif-live-findings': { ...OUTPUT_OPTIONS['sarif-live-findings'], defaultText: 'logical' },
  ...PROJECT_OPTIONS,
  config: { ...PROJECT_OPTIONS.config, help: 'config file (with --with-repo)' },
  ...SOURCE_OPTIONS,
  ...REMEDIATION_OPTIONS,
  ...GATE_OPTIONS,
  ...HELP_OPTION,
} as const satisfies OptionTable;

const { kubeconfig, context, ...rest } = AUDIT_OPTIONS;

/** Several clusters: --context repeats; the same options otherwise (audit --help shows this table). */
export const FLEET_OPTIONS = {
  kubeconfig,
  context: { ...context, multiple: true, help: 'kubeconfig context; several audit those clusters into one report' },
  'all-contexts': { type: 'boolean', help: 'audit every context of the kubeconfig' },
  'max-parallel': { type: 'string', value: 'N', help: 'clusters audited at a time', defaultText: '4' },
  ...rest,
} as const satisfies OptionTable;
