// The remediation entry points for commands (lint, audit, and `why`): findings (with the remedies the Azure
// rules computed from the state) → a de-duplicated, ordered plan → az commands, Bicep or Terraform. Nothing is
// ever executed. Loaded lazily by the CLI, only when a finding carries a remedy or --remediation is given.
import type { Finding, LintResult } from '../engine/types.js';
import { describeStep, findingRef, missingFor, planOne, planRemediation, type RemediationPlan } from './plan.js';
import { azBlock, renderAz } from './render-az.js';
import { renderBicep } from './render-bicep.js';
import { renderTerraform } from './render-terraform.js';
import type { RemediationFormat, RenderedRemediation } from '../model/remedy.js';

export type { RemediationFormat, RenderedRemediation, Remedy, RemedyStep } from '../model/remedy.js';
export { REMEDIATION_FORMATS } from '../model/remedy.js';
export { planRemediation, type RemediationPlan } from './plan.js';

/** One line of comment text: a state path with a newline must not end the comment. */
function oneLine(s: string | undefined): string | undefined {
  return s?.replace(/[\r\n]+/g, ' ');
}

export function renderPlan(plan: RemediationPlan, format: RemediationFormat, origin?: string): string {
  const o = oneLine(origin);
  switch (format) {
    case 'az':
      return renderAz(plan, o);
    case 'bicep':
      return renderBicep(plan, o);
    case 'terraform':
      return renderTerraform(plan, o);
  }
}

/** Findings → one script or file in the format: what `--remediation FORMAT` writes. */
export function remediate(findings: readonly Finding[], format: RemediationFormat, origin?: string): string {
  return renderPlan(planRemediation(findings), format, origin);
}

/** A finding's own remedy in all three forms (reports show it under the finding). */
export function renderFindingRemediation(f: Finding): RenderedRemediation | undefined {
  if (!f.remedy || f.remedy.steps.length === 0) return undefined;
  // Under its own finding a block need not say which finding it fixes.
  const own = planOne(f.remedy, findingRef(f));
  const plan = { blocks: own.blocks.map((b) => ({ ...b, fixes: [] })) };
  const az = plan.blocks.map((b) => azBlock(b)).join('\n\n');
  const body = (text: string): string =>
    text
      .split('\n')
      .filter((l) => !/^(#!|set -euo|# vvp-kv-lint remediation|# Review before|\/\/ vvp-kv-lint remediation|\/\/ Review before)/.test(l))
      .join('\n')
      .trim();
  const missing = plan.blocks.flatMap((b) => missingFor(b.step));
  return {
    summary: plan.blocks.map((b) => describeStep(b.step)).join('; then '),
    az,
    bicep: body(renderBicep(plan)),
    terraform: body(renderTerraform(plan)),
    ...(f.remedy.alternative ? { alternative: f.remedy.alternative } : {}),
    missing: [...new Set(missing)],
  };
}

/** The result with each remedy rendered onto its finding (`remediation`), for the reporters. */
export function attachRemediation(result: LintResult): LintResult {
  if (!result.findings.some((f) => f.remedy)) return result;
  return {
    ...result,
    findings: result.findings.map((f) => {
      const r = renderFindingRemediation(f);
      return r ? { ...f, remediation: r } : f;
    }),
  };
}
