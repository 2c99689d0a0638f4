import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  lineMasker
} from "./chunk-66VMUO7N.js";
import {
  EXIT
} from "./chunk-OVBIPZTM.js";
import {
  require_dist
} from "./chunk-IQHK5HTI.js";
import {
  __toESM
} from "./chunk-36LOSZW6.js";

// dist/src/engine/fix.js
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync, renameSync, statSync, writeFileSync, unlinkSync, chmodSync, realpathSync } from "node:fs";
import { basename, dirname, join } from "node:path";
var DEFAULT_MAX_PASSES = 10;
var INPUT_ERROR_RULES = /* @__PURE__ */ new Set(["yaml-parse-error", "yaml-duplicate-key"]);
async function fixProject(initial, opts) {
  const maxPasses = opts.maxPasses ?? DEFAULT_MAX_PASSES;
  const files = /* @__PURE__ */ new Map();
  const frozen = /* @__PURE__ */ new Set();
  const notifications = [];
  let result = initial;
  let passes = 0;
  let pending = 0;
  for (; ; ) {
    const plans = planFixes(result.findings, frozen);
    pending = [...plans.values()].reduce((n, p) => n + p.deferred, 0);
    const changing = [...plans.values()].filter((p) => p.text !== p.file.text);
    if (!changing.length)
      break;
    if (passes >= maxPasses) {
      pending += changing.reduce((n, p) => n + p.applied.length, 0);
      break;
    }
    passes++;
    const before = /* @__PURE__ */ new Map();
    for (const p of changing) {
      const rec = files.get(p.file.relPath) ?? { relPath: p.file.relPath, absPath: p.file.absPath, original: p.file.text, fixed: p.file.text, applied: [] };
      if (opts.write) {
        const why = writeFixed(p.file, p.text);
        if (why) {
          frozen.add(p.file.relPath);
          notifications.push({ id: "fix-skipped", level: "warning", message: `${p.file.relPath} was not fixed: ${why}`, file: p.file.relPath });
          continue;
        }
      }
      before.set(p.file.relPath, p.file.text);
      rec.fixed = p.text;
      rec.applied.push(...p.applied);
      files.set(p.file.relPath, rec);
    }
    if (!before.size)
      break;
    const overlay = () => new Map([...files.values()].map((f) => [f.relPath, f.fixed]));
    const relint = () => opts.write ? opts.relint() : opts.relint(overlay());
    const previous = result;
    result = await relint();
    const reverted = [...before.keys()].filter((rel) => inputErrors(result, rel) > inputErrors(previous, rel));
    if (reverted.length) {
      for (const rel of reverted) {
        const rec = files.get(rel);
        const restore = before.get(rel);
        if (opts.write)
          writeFixed({ absPath: rec.absPath, relPath: rel, text: rec.fixed }, restore);
        rec.fixed = restore;
        frozen.add(rel);
        notifications.push({ id: "fix-reverted", level: "warning", message: `fixes to ${rel} were undone: they made the file fail to parse`, file: rel });
      }
      result = await relint();
    }
  }
  const changed = [...files.values()].filter((f) => f.fixed !== f.original);
  return { files: changed, result, passes, pending, notifications };
}
function planFixes(findings, frozen = /* @__PURE__ */ new Set()) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.fix || f.location.kind !== "file" || f.suppressions?.length || !f.fix.edits.length)
      continue;
    const file = f.location.file;
    if (frozen.has(file.relPath))
      continue;
    const entry = byFile.get(file.relPath) ?? { file, items: [] };
    entry.items.push({ ruleId: f.ruleId, fix: f.fix });
    byFile.set(file.relPath, entry);
  }
  const plans = /* @__PURE__ */ new Map();
  for (const [rel, { file, items }] of byFile) {
    items.sort((a, b) => firstStart(a.fix) - firstStart(b.fix));
    const accepted = [];
    const applied = [];
    let deferred = 0;
    let text = file.text;
    const json = /\.json$/i.test(rel);
    const baseErrors = parseErrors(file.text, json);
    for (const { ruleId, fix } of items) {
      const edits = [...fix.edits].sort(byPosition);
      if (!edits.every((e) => e.span.start >= 0 && e.span.end <= file.text.length && e.span.start <= e.span.end) || overlapsWithin(edits))
        continue;
      if (edits.every((e) => accepted.some((a) => sameEdit(a, e)))) {
        applied.push({ ruleId, description: fix.description });
        continue;
      }
      if (edits.some((e) => accepted.some((a) => conflicts(a, e)))) {
        deferred++;
        continue;
      }
      const candidate = applyEdits(file.text, [...accepted, ...edits]);
      if (parseErrors(candidate, json) > baseErrors) {
        deferred++;
        continue;
      }
      accepted.push(...edits);
      applied.push({ ruleId, description: fix.description });
      text = candidate;
    }
    plans.set(rel, { file, text, applied, deferred });
  }
  return plans;
}
function applyEdits(text, edits) {
  const sorted = [...edits].sort(byPosition);
  let out = "";
  let pos = 0;
  for (const e of sorted) {
    if (e.span.start < pos)
      throw new Error("overlapping edits");
    out += text.slice(pos, e.span.start) + e.text;
    pos = e.span.end;
  }
  return out + text.slice(pos);
}
function byPosition(a, b) {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}
function firstStart(f) {
  return Math.min(...f.edits.map((e) => e.span.start));
}
function sameEdit(a, b) {
  return a.span.start === b.span.start && a.span.end === b.span.end && a.text === b.text;
}
function conflicts(a, b) {
  if (a.span.start < b.span.end && b.span.start < a.span.end)
    return true;
  const aEmpty = a.span.start === a.span.end;
  const bEmpty = b.span.start === b.span.end;
  if (aEmpty && bEmpty)
    return a.span.start === b.span.start;
  if (aEmpty)
    return b.span.start < a.span.start && a.span.start < b.span.end;
  if (bEmpty)
    return a.span.start < b.span.start && b.span.start < a.span.end;
  return false;
}
function overlapsWithin(sorted) {
  for (let i = 1; i < sorted.length; i++)
    if (conflicts(sorted[i - 1], sorted[i]))
      return true;
  return false;
}
function parseErrors(text, json) {
  let n = 0;
  try {
    const docs = (0, import_yaml.parseAllDocuments)(text, { prettyErrors: false, logLevel: "error" });
    for (const d of Array.isArray(docs) ? docs : [])
      n += d.errors.length;
  } catch {
    n += 1e3;
  }
  if (json) {
    try {
      JSON.parse(text);
    } catch {
      n += 1;
    }
  }
  return n;
}
function inputErrors(result, relPath) {
  return result.findings.filter((f) => INPUT_ERROR_RULES.has(f.ruleId) && f.location.kind === "file" && f.location.file.relPath === relPath).length;
}
function writeFixed(file, text) {
  let target;
  let bytes;
  try {
    target = realpathSync(file.absPath);
    bytes = readFileSync(target);
  } catch (err) {
    return `cannot read it (${err.code ?? "EIO"})`;
  }
  const bom = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  const onDisk = bytes.subarray(bom ? 3 : 0).toString("utf8");
  if (onDisk !== file.text)
    return "it changed on disk while being linted";
  const tmp = join(dirname(target), `.${basename(target)}.vvp-kv-lint-${process.pid}.tmp`);
  try {
    const mode = statSync(target).mode & 4095;
    writeFileSync(tmp, bom ? Buffer.concat([Buffer.from([239, 187, 191]), Buffer.from(text, "utf8")]) : text, { mode });
    chmodSync(tmp, mode);
    renameSync(tmp, target);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
    }
    return `cannot write it (${err.code ?? "EIO"})`;
  }
  return void 0;
}

// dist/src/engine/fix-diff.js
function unifiedDiff(relPath, before, after, opts = {}) {
  if (before === after)
    return "";
  const context = opts.context ?? 3;
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  let out = `--- a/${relPath}
+++ b/${relPath}
`;
  let i = 0;
  while (i < ops.length) {
    while (i < ops.length && ops[i].kind === " ")
      i++;
    if (i >= ops.length)
      break;
    let start = Math.max(0, i - context);
    let end = i;
    for (; ; ) {
      while (end < ops.length && ops[end].kind !== " ")
        end++;
      let eq = end;
      while (eq < ops.length && ops[eq].kind === " ")
        eq++;
      if (eq < ops.length && eq - end <= 2 * context)
        end = eq;
      else {
        end = Math.min(ops.length, end + context);
        break;
      }
    }
    const hunk = ops.slice(start, end);
    const aStart = ops[start].a;
    const bStart = ops[start].b;
    const aLen = hunk.filter((o) => o.kind !== "+").length;
    const bLen = hunk.filter((o) => o.kind !== "-").length;
    out += `@@ -${range(aStart, aLen)} +${range(bStart, bLen)} @@
`;
    for (const o of hunk) {
      const line = o.kind === "+" ? opts.showAfter?.(o.b, b[o.b]) ?? b[o.b] : opts.showBefore?.(o.a, a[o.a]) ?? a[o.a];
      out += o.kind + line;
      if (!line.endsWith("\n"))
        out += "\n\\ No newline at end of file\n";
    }
    i = end;
    start = end;
  }
  return out;
}
function range(start, len) {
  const first = len === 0 ? start : start + 1;
  return len === 1 ? `${first}` : `${first},${len}`;
}
function splitLines(text) {
  const lines = [];
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf("\n", pos);
    const end = nl < 0 ? text.length : nl + 1;
    lines.push(text.slice(pos, end));
    pos = end;
  }
  return lines;
}
function diffLines(a, b) {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre])
    pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf])
    suf++;
  const A = a.slice(pre, a.length - suf);
  const B = b.slice(pre, b.length - suf);
  const n = A.length;
  const m = B.length;
  const max = n + m;
  const v = /* @__PURE__ */ new Map([[1, 0]]);
  const trace = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x2 = k === -d || k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1) ? v.get(k + 1) : v.get(k - 1) + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && A[x2] === B[y2]) {
        x2++;
        y2++;
      }
      v.set(k, x2);
      if (x2 >= n && y2 >= m)
        break outer;
    }
  }
  const mid = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || k !== d && (vd.get(k - 1) ?? -1) < (vd.get(k + 1) ?? -1) ? k + 1 : k - 1;
    const prevX = vd.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      mid.push({ kind: " ", a: pre + x, b: pre + y });
    }
    if (d > 0) {
      if (x === prevX)
        mid.push({ kind: "+", a: pre + x, b: pre + prevY });
      else
        mid.push({ kind: "-", a: pre + prevX, b: pre + y });
    }
    x = prevX;
    y = prevY;
  }
  mid.reverse();
  const ops = [];
  for (let i = 0; i < pre; i++)
    ops.push({ kind: " ", a: i, b: i });
  ops.push(...mid);
  for (let i = 0; i < suf; i++)
    ops.push({ kind: " ", a: a.length - suf + i, b: b.length - suf + i });
  return ops;
}

// dist/src/report/escape.js
var CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
var WITH_NEWLINES = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
function escapeControls(s, opts = {}) {
  return s.replace(opts.keepNewlines ? CONTROLS : WITH_NEWLINES, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 10)
      return "\\n";
    if (code === 13)
      return "\\r";
    return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// dist/src/cli/commands/fix-mode.js
function shown(text) {
  const mask = lineMasker(text);
  return (index, line) => {
    const masked = mask(index, line);
    const eol = /\r?\n$/.exec(masked)?.[0] ?? "";
    return escapeControls(masked.slice(0, masked.length - eol.length)) + eol;
  };
}
async function fixMode(initial, relint, io, opts) {
  const outcome = await fixProject(initial, { write: !opts.dryRun, relint });
  for (const n of outcome.notifications)
    io.stderr.write(`vvp-kv-lint: ${escapeControls(n.message)}
`);
  const count = outcome.files.reduce((n, f) => n + f.applied.length, 0);
  const files = outcome.files.length;
  const plural = (n, w) => `${n} ${w}${n === 1 ? "" : w.endsWith("x") ? "es" : "s"}`;
  if (opts.dryRun) {
    io.stdout.write(outcome.files.map((f) => unifiedDiff(escapeControls(f.relPath), f.original, f.fixed, { showBefore: shown(f.original), showAfter: shown(f.fixed) })).join(""));
    io.stderr.write(`vvp-kv-lint: --fix-dry-run: ${plural(count, "fix")} in ${plural(files, "file")} would be applied; nothing was written${outcome.pending ? ` (${plural(outcome.pending, "more fix")} may apply after these, run --fix)` : ""}
`);
    const silent = opts.reportToFile ? io : { ...io, stdout: { write: () => true } };
    return opts.emit(initial, silent);
  }
  if (files) {
    io.stderr.write(`vvp-kv-lint: fixed ${plural(count, "problem")} in ${plural(files, "file")}: ${outcome.files.map((f) => escapeControls(f.relPath)).join(", ")}
`);
  }
  if (outcome.pending)
    io.stderr.write(`vvp-kv-lint: ${plural(outcome.pending, "fix")} could not be applied within ${outcome.passes} passes
`);
  const code = opts.emit(outcome.result, io);
  if (files && io.env["PRE_COMMIT"] === "1" && code === EXIT.OK)
    return EXIT.FINDINGS;
  return code;
}

export {
  escapeControls,
  fixMode
};
