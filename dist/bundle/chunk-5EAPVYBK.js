import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);

// dist/src/report/summary.js
function isSuppressed(f) {
  return f.suppressions !== void 0 && f.suppressions.length > 0;
}
function isActive(f) {
  return !isSuppressed(f) && f.baselineState !== "absent";
}
function summarize(result) {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  let suppressed = 0;
  for (const f of result.findings) {
    if (isSuppressed(f))
      suppressed++;
    else if (f.baselineState === "absent")
      continue;
    else if (f.level === "error")
      errors++;
    else if (f.level === "warning")
      warnings++;
    else
      notes++;
  }
  return { errors, warnings, notes, suppressed };
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function sentence(text) {
  const t = text.trimEnd();
  return /[.?!]$/.test(t) ? t : `${t}.`;
}
function failedReads(result) {
  const byId = /* @__PURE__ */ new Map();
  let count = 0;
  for (const n of result.notifications) {
    if (!n.incomplete && n.level !== "error")
      continue;
    count++;
    byId.set(n.id, (byId.get(n.id) ?? 0) + 1);
  }
  return { count, detail: [...byId].map(([id, n]) => n === 1 ? id : `${n}\xD7 ${id}`).join(", ") };
}
function fixableCount(result) {
  return result.findings.filter((f) => isActive(f) && f.fix !== void 0).length;
}

// dist/src/report/sarif-rules.js
var INFORMATION_URI = "https://github.com/vvp-kv-lint/vvp-kv-lint";
var DOCS_BASE = `${INFORMATION_URI}/blob/main/docs/rules/`;
var MAX_DESCRIPTION = 1024;
var MAX_TAGS = 10;
function ruleHelpUri(id) {
  return `${DOCS_BASE}${encodeURIComponent(id)}.md`;
}
function ruleName(id) {
  return id.split(/[^A-Za-z0-9]+/).filter((p) => p !== "").map((p) => p[0].toUpperCase() + p.slice(1)).join("");
}
function description(text) {
  const s = sentence(text.replace(/\s+/g, " ").trim());
  return s.length <= MAX_DESCRIPTION ? s : `${s.slice(0, MAX_DESCRIPTION - 1).trimEnd()}\u2026`;
}
function reportingDescriptor(meta) {
  const helpUri = ruleHelpUri(meta.id);
  const properties = { tags: [...meta.tags].slice(0, MAX_TAGS), precision: "very-high" };
  if (meta.securitySeverity !== void 0)
    properties["security-severity"] = meta.securitySeverity;
  const markdown = meta.help.trim() !== "" ? meta.help.trim() : `${sentence(meta.fullDescription)}

**How to fix:** ${sentence(meta.remediation)}`;
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: description(meta.shortDescription) },
    fullDescription: { text: description(meta.fullDescription) },
    help: {
      text: `${sentence(meta.fullDescription)}

How to fix: ${sentence(meta.remediation)}

Documentation: ${helpUri}`,
      markdown: `${markdown}

[Rule documentation](${helpUri})`
    },
    helpUri,
    defaultConfiguration: { level: meta.level },
    properties
  };
}
function unknownRule(id) {
  return {
    id,
    group: "unknown",
    level: "warning",
    shortDescription: `Rule ${id}.`,
    fullDescription: `Rule ${id} has no metadata in this build.`,
    remediation: "See the rule documentation.",
    help: "",
    tags: []
  };
}

export {
  isSuppressed,
  isActive,
  summarize,
  plural,
  sentence,
  failedReads,
  fixableCount,
  INFORMATION_URI,
  ruleHelpUri,
  reportingDescriptor,
  unknownRule
};
