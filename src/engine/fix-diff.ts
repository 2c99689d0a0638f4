// Unified diff of a fixed file (what --fix-dry-run prints), in the form `git apply` and `patch -p1` accept.
// Lines keep their own endings, so a CRLF file's diff carries CRLF lines, as GNU diff prints them.

export interface DiffOptions {
  readonly context?: number;
  /** Rewrites a printed line of `before` / `after` (index, line): hides secret values (see engine/redact.ts). */
  readonly showBefore?: (index: number, line: string) => string;
  readonly showAfter?: (index: number, line: string) => string;
}

/** A unified diff from `before` to `after`, or '' when they are equal. */
export function unifiedDiff(relPath: string, before: string, after: string, opts: DiffOptions = {}): string {
  if (before === after) return '';
  const context = opts.context ?? 3;
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  let out = `--- a/${relPath}\n+++ b/${relPath}\n`;
  // Group changes into hunks with `context` lines around them.
  let i = 0;
  while (i < ops.length) {
    while (i < ops.length && ops[i]!.kind === ' ') i++;
    if (i >= ops.length) break;
    let start = Math.max(0, i - context);
    let end = i;
    // Extend while the next change is within 2*context equal lines.
    for (;;) {
      while (end < ops.length && ops[end]!.kind !== ' ') end++;
      let eq = end;
      while (eq < ops.length && ops[eq]!.kind === ' ') eq++;
      if (eq < ops.length && eq - end <= 2 * context) end = eq;
      else {
        end = Math.min(ops.length, end + context);
        break;
      }
    }
    const hunk = ops.slice(start, end);
    const aStart = ops[start]!.a;
    const bStart = ops[start]!.b;
    const aLen = hunk.filter((o) => o.kind !== '+').length;
    const bLen = hunk.filter((o) => o.kind !== '-').length;
    out += `@@ -${range(aStart, aLen)} +${range(bStart, bLen)} @@\n`;
    for (const o of hunk) {
      const line = o.kind === '+' ? (opts.showAfter?.(o.b, b[o.b]!) ?? b[o.b]!) : (opts.showBefore?.(o.a, a[o.a]!) ?? a[o.a]!);
      out += o.kind + line;
      if (!line.endsWith('\n')) out += '\n\\ No newline at end of file\n';
    }
    i = end;
    start = end;
  }
  return out;
}

/** Hunk ranges are 1-based; an empty range names the line before it. */
function range(start: number, len: number): string {
  const first = len === 0 ? start : start + 1;
  return len === 1 ? `${first}` : `${first},${len}`;
}

function splitLines(text: string): string[] {
  const lines: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl + 1;
    lines.push(text.slice(pos, end));
    pos = end;
  }
  return lines;
}

interface Op {
  readonly kind: ' ' | '-' | '+';
  /** Index in `a` (for ' ' and '-') or the position in `a` where an insertion goes. */
  readonly a: number;
  readonly b: number;
}

/** Myers' O((N+M)D) line diff; fixes change few lines, so D is small even in large files. */
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  // Common prefix and suffix first: they are most of a fixed file.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const A = a.slice(pre, a.length - suf);
  const B = b.slice(pre, b.length - suf);
  const n = A.length;
  const m = B.length;
  const max = n + m;
  const v = new Map<number, number>([[1, 0]]);
  const trace: Map<number, number>[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1)) ? v.get(k + 1)! : v.get(k - 1)! + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) {
        x++;
        y++;
      }
      v.set(k, x);
      if (x >= n && y >= m) break outer;
    }
  }
  // Backtrack from (n, m).
  const mid: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && (vd.get(k - 1) ?? -1) < (vd.get(k + 1) ?? -1)) ? k + 1 : k - 1;
    const prevX = vd.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      mid.push({ kind: ' ', a: pre + x, b: pre + y });
    }
    if (d > 0) {
      if (x === prevX) mid.push({ kind: '+', a: pre + x, b: pre + prevY });
      else mid.push({ kind: '-', a: pre + prevX, b: pre + y });
    }
    x = prevX;
    y = prevY;
  }
  mid.reverse();
  const ops: Op[] = [];
  for (let i = 0; i < pre; i++) ops.push({ kind: ' ', a: i, b: i });
  ops.push(...mid);
  for (let i = 0; i < suf; i++) ops.push({ kind: ' ', a: a.length - suf + i, b: b.length - suf + i });
  return ops;
}
