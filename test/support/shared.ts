// Tests that read /work/shared-style reference material beside the clone (../shared: the rule catalog, real-world
// manifests). Without it they cannot run, and that must never pass unnoticed: the skip says so on stderr, and with
// VVP_KV_LINT_REQUIRE_SHARED=1 (CI lays ../shared out) a missing directory fails instead of skipping.
import { existsSync } from 'node:fs';

/** A `skip` option for node:test: false when `path` exists, else a reason (announced loudly). */
export function skipUnlessShared(path: string, what: string): string | false {
  if (existsSync(path)) return false;
  if (process.env['VVP_KV_LINT_REQUIRE_SHARED'] === '1') return false; // the test runs and fails on the missing input
  const reason = `${what} not found at ${path} (../shared is absent beside the clone)`;
  process.stderr.write(`\n*** WARNING: SKIPPED: ${reason}; set VVP_KV_LINT_REQUIRE_SHARED=1 to make this a failure ***\n\n`);
  return reason;
}
