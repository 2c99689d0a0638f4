// A source the user asked for (--vvp-url, --azure, audit's cluster) that yielded nothing: a tool error (exit 2),
// never a clean run. Partial reads are not this: they stay notifications and make the summary say "incomplete".
export class SourceError extends Error {
  readonly code = 'SOURCE_FAILED';
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}

/** Packages a live source needs that an `npm install --omit=optional` left out. */
export const OPTIONAL_PACKAGES = {
  azure: ['@azure/identity', '@azure/arm-keyvault', '@azure/arm-authorization', '@azure/arm-msi', '@azure/core-rest-pipeline'],
  kube: ['@kubernetes/client-node'],
} as const;

/** True for the error Node throws when an import names a package that is not installed. */
export function isMissingModule(err: unknown): boolean {
  const code = (err as { code?: string })?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

/** "--azure needs … : npm install …": what to install instead of Node's raw module error. */
export function missingPackagesError(what: string, packages: readonly string[], err: unknown): SourceError {
  const named = /['"](@[^'"/]+\/[^'"/]+|[^'"/.][^'"/]*)['"]/.exec((err as Error)?.message ?? '')?.[1];
  return new SourceError(
    `${what} needs the optional package${packages.length === 1 ? '' : 's'} ${packages.join(', ')}${named ? ` (${named} is not installed)` : ''}; ` +
      `they are left out by \`npm install --omit=optional\`. Install them: npm install ${packages.join(' ')}`,
  );
}
