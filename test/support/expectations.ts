// Inline expectations in fixture files: a comment `# expect: <rule-id>@<column>` (several separated by spaces)
// on the line where the finding must start. A fixture case passes when the findings are exactly the expectations.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import fg from 'fast-glob';

export interface Expected {
  readonly file: string;
  readonly ruleId: string;
  readonly line: number;
  readonly column: number;
}

const MARKER = /#\s*expect:\s*(.+?)\s*$/;

export function readExpectations(caseDir: string): Expected[] {
  const out: Expected[] = [];
  for (const abs of fg.sync(['**/*.yaml', '**/*.yml', '**/*.json'], { cwd: caseDir, absolute: true, dot: true })) {
    const file = relative(caseDir, abs).split('\\').join('/');
    readFileSync(abs, 'utf8').split('\n').forEach((text, i) => {
      const m = MARKER.exec(text);
      if (!m) return;
      for (const token of m[1]!.trim().split(/\s+/)) {
        const [ruleId, col] = token.split('@');
        if (!ruleId || !col) throw new Error(`${file}:${i + 1}: bad expect marker "${token}" (want rule-id@column)`);
        out.push({ file, ruleId, line: i + 1, column: Number(col) });
      }
    });
  }
  return out.sort(compare);
}

export function compare(a: Expected, b: Expected): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

/** Findings of a JSON report as Expected rows, for deep-equal comparison. */
export function actualFromJson(json: string): Expected[] {
  const report = JSON.parse(json) as { findings: { ruleId: string; file?: string; startLine?: number; startColumn?: number; suppressed?: boolean }[] };
  return report.findings
    .filter((f) => typeof f.file === 'string' && !f.suppressed)
    .map((f) => ({ file: f.file!, ruleId: f.ruleId, line: f.startLine!, column: f.startColumn! }))
    .sort(compare);
}
