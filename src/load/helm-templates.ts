// Which files are Helm chart templates, skipped because they are not YAML until `helm template` renders them.
// Only real ones: a file under `templates/` of a chart (a directory holding Chart.yaml), whose YAML content (not a
// comment) holds template syntax. Anything else is linted: a `templates/` directory outside a chart, or a `{{` in a
// comment, must not hide a broken manifest from the gate.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Tells whether a project-relative path lies under `templates/` of a chart directory (one with Chart.yaml on
 * disk, at any depth above: templates may sit in subdirectories). Chart.yaml lookups are cached per directory.
 */
export class ChartTemplates {
  private readonly charts = new Map<string, boolean>();

  constructor(private readonly root: string) {}

  isUnderChart(rel: string): boolean {
    if (!rel.includes('templates/')) return false;
    const parts = rel.split('/');
    for (let i = 0; i < parts.length - 1; i++) {
      if (parts[i] !== 'templates') continue;
      const chartDir = parts.slice(0, i).join('/');
      if (this.isChart(chartDir)) return true;
    }
    return false;
  }

  private isChart(dir: string): boolean {
    let known = this.charts.get(dir);
    if (known === undefined) this.charts.set(dir, (known = existsSync(join(this.root, dir, 'Chart.yaml'))));
    return known;
  }
}

/**
 * True when `{{` appears in the YAML content of `text`, not only in comments. A comment starts at `#` at the start
 * of a line or after a blank, outside a quoted string on that line (a `{{` inside quotes is content: `"{{ .X }}"`).
 */
export function hasTemplateSyntax(text: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf('{{', from);
    if (at < 0) return false;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (!inComment(text, lineStart, at)) return true;
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) return false;
    from = lineEnd + 1;
  }
}

/** Whether position `at` of a line (starting at `lineStart`) lies after a comment's `#`. */
function inComment(text: string, lineStart: number, at: number): boolean {
  let quote = 0;
  for (let i = lineStart; i < at; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === 92 && quote === 34) i++; // backslash escape in a double-quoted string
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 34 || c === 39) quote = c;
    else if (c === 35 && (i === lineStart || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) return true;
  }
  return false;
}
