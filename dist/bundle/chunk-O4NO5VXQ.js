import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  RULE_MODULES,
  interpolate
} from "./chunk-3SNA73N5.js";
import {
  deriveViews
} from "./chunk-MNRA6QIC.js";
import {
  RULE_META
} from "./chunk-SXM5CZVV.js";

// dist/src/engine/run.js
import { createHash } from "node:crypto";
var ALL_RULE_META = RULE_META;
function declaredKinds(modules = RULE_MODULES) {
  return new Set(modules.flatMap((m) => m.definition.kinds));
}
function runRules(inventory, opts = {}) {
  const phase = opts.phase ?? "inventory";
  const modules = (opts.rules ?? RULE_MODULES).filter((m) => (m.definition.phase ?? "inventory") === phase);
  const allMetas = opts.metas ?? RULE_META;
  const metas = new Map(allMetas.map((m) => [m.id, m]));
  const findings = [];
  const notifications = [];
  const seen = /* @__PURE__ */ new Set();
  const views = opts.views ?? deriveViews(inventory);
  const shared = /* @__PURE__ */ new Map();
  const once = (compute) => {
    if (!shared.has(compute))
      shared.set(compute, compute({ inventory, views }));
    return shared.get(compute);
  };
  for (const mod of modules) {
    const meta = metas.get(mod.id);
    if (!meta)
      continue;
    const configured = opts.ruleLevels?.[mod.id];
    if (configured === "off")
      continue;
    const def = mod.definition;
    const ctx = {
      inventory,
      views,
      options: opts.ruleOptions ?? {},
      directives: opts.directives ?? [],
      once,
      report(r) {
        const template = def.messages[r.messageId];
        if (template === void 0)
          throw new TypeError(`rule ${mod.id} reported messageId "${r.messageId}", which is not in its messages`);
        if (r.fix && !def.fixable)
          throw new TypeError(`rule ${mod.id} reported a fix but does not declare fixable: true`);
        if (r.object?.partial && !setsScalar(r.object.body, r.path))
          return;
        if (!r.location && r.object?.source.kind === "file" && opts.reportFiles && !opts.reportFiles.has(r.object.source.file.relPath))
          return;
        const location = r.location ?? r.object?.locator.locate(r.path, r.target);
        if (!location)
          return;
        if (!inScope(location, opts.reportFiles))
          return;
        const text = interpolate(template, r.data, `rule ${mod.id}, message ${r.messageId}`);
        const message = finishSentence(text);
        const dedupKey = `${mod.id}\0${locationKey(location)}\0${message}`;
        if (seen.has(dedupKey))
          return;
        seen.add(dedupKey);
        const related = (r.related ?? []).map((rel) => ({
          location: rel.location ?? rel.object.locator.locate(rel.path, rel.target),
          message: finishSentence(rel.message)
        }));
        let fix;
        if (location.kind === "file" && r.fix) {
          try {
            fix = r.fix();
          } catch {
            fix = void 0;
          }
        }
        findings.push({
          ruleId: mod.id,
          messageId: r.messageId,
          ...r.data ? { data: r.data } : {},
          level: configured ?? r.level ?? meta.level,
          message,
          location,
          related,
          objectFingerprint: objectFingerprint(mod.id, r, location, text),
          ...fix ? { fix } : {}
        });
      }
    };
    try {
      def.create(ctx);
    } catch (err) {
      notifications.push({ id: "rule-failed", level: "error", message: `rule ${mod.id} failed: ${err.message}`, incomplete: true });
    }
  }
  findings.sort(compareFindings);
  return { findings, notifications, rules: allMetas };
}
function setsScalar(body, path) {
  let v = body;
  for (const seg of path) {
    if (v === null || typeof v !== "object")
      return false;
    if (!Object.hasOwn(v, seg))
      return false;
    v = v[seg];
  }
  return v === null || typeof v !== "object";
}
function inScope(loc, files) {
  return loc.kind !== "file" || !files || files.has(loc.file.relPath);
}
function locationKey(loc) {
  return loc.kind === "file" ? `${loc.file.relPath}:${loc.span.start}:${loc.span.end}` : `${loc.fullyQualifiedName}:${loc.path.join(".")}`;
}
function finishSentence(s) {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
function objectFingerprint(ruleId, r, loc, text) {
  if (r.identity !== void 0)
    return createHash("sha256").update(`${ruleId}|${r.identity}`).digest("hex").slice(0, 32);
  const o = r.object;
  const where = loc.kind === "file" ? loc.file.relPath : loc.fullyQualifiedName;
  const identity = o ? `${o.kind ?? o.hint ?? "?"}/${o.namespace ?? ""}/${o.name ?? ""}@${where}` : `${where}|${text}`;
  const key = `${ruleId}|${identity}|${r.path.join(".")}|${r.discriminator ?? ""}`;
  return createHash("sha256").update(key).digest("hex").slice(0, 32);
}
function compareFindings(a, b) {
  const la = a.location;
  const lb = b.location;
  if (la.kind !== lb.kind)
    return la.kind === "file" ? -1 : 1;
  if (la.kind === "file" && lb.kind === "file") {
    if (la.file.relPath !== lb.file.relPath)
      return la.file.relPath < lb.file.relPath ? -1 : 1;
    if (la.span.start !== lb.span.start)
      return la.span.start - lb.span.start;
  } else if (la.kind === "logical" && lb.kind === "logical") {
    if (la.fullyQualifiedName !== lb.fullyQualifiedName)
      return la.fullyQualifiedName < lb.fullyQualifiedName ? -1 : 1;
  }
  if (a.ruleId !== b.ruleId)
    return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export {
  ALL_RULE_META,
  declaredKinds,
  runRules,
  compareFindings
};
