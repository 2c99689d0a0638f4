// The options of `why`, in --help order; a module of its own so the help reads them without loading the reader.
import { HELP_OPTION, type OptionTable } from '../option-table.js';
import { OUTPUT_OPTIONS, SOURCE_OPTIONS } from '../options.js';
import { REMEDIATION_OPTIONS } from '../remediation.js';

// The VVP namespace of a `vvp/…` target is in the target itself.
const { 'vvp-namespace': _vvpNamespace, ...WHY_SOURCES } = SOURCE_OPTIONS;

export const WHY_OPTIONS = {
  kubeconfig: {
    type: 'string',
    value: 'FILE',
    help: 'kubeconfig (http:// servers such as `kubectl proxy` work as with kubectl)',
    defaultText: 'KUBECONFIG, else ~/.kube/config',
  },
  context: { type: 'string', value: 'NAME', help: 'kubeconfig context', defaultText: 'current-context' },
  timeout: { type: 'string', value: '60s', help: 'overall deadline of the reads (cluster, and --azure)' },
  format: { ...OUTPUT_OPTIONS.format, value: 'text|json|sarif' },
  output: OUTPUT_OPTIONS.output,
  color: OUTPUT_OPTIONS.color,
  'no-color': OUTPUT_OPTIONS['no-color'],
  category: OUTPUT_OPTIONS.category,
  ...WHY_SOURCES,
  ...REMEDIATION_OPTIONS,
  'vvp-url': { ...SOURCE_OPTIONS['vvp-url'], help: 'VVP API, to find the pods of a vvp/<namespace>/<deployment> target' },
  ...HELP_OPTION,
} as const satisfies OptionTable;

export const WHY_FORMATS = ['text', 'json', 'sarif'] as const;
