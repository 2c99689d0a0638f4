import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  ALL_RULE_META,
  compareFindings,
  declaredKinds,
  runRules
} from "./chunk-O4NO5VXQ.js";
import {
  deriveViews
} from "./chunk-MNRA6QIC.js";
import {
  redactorFor
} from "./chunk-66VMUO7N.js";
import {
  Inventory,
  TOOL_VERSION,
  cacheDirectory,
  loadProject
} from "./chunk-SANQURRP.js";
import {
  loadConfig,
  parseVvpVersion
} from "./chunk-ESD7XBSS.js";
import {
  similarIds
} from "./chunk-IBGBM3B2.js";
import {
  readRegularFileSync,
  require_ucs2length
} from "./chunk-SIHJ7R43.js";
import {
  jsonErrorPosition,
  lineColumn,
  lineIndex,
  lineStarts
} from "./chunk-JZALQHEK.js";
import {
  require_dist
} from "./chunk-IQHK5HTI.js";
import {
  isRecord
} from "./chunk-EOPA2HFE.js";
import {
  __toESM
} from "./chunk-36LOSZW6.js";

// dist/src/engine/lint.js
import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// dist/src/engine/suppressions.js
var import_yaml = __toESM(require_dist(), 1);
var ANNOTATION_PREFIX = "vvp-kv-lint.io/ignore-";
var MARKER = "vvp-kv-lint-disable";
var DIRECTIVE = /^#\s*vvp-kv-lint-(disable-next-line|disable)(?=\s|$)(.*)$/s;
var UNTIL = /(?:^|\s)until=(\S*)/;
function applySuppressions(findings, inventory, opts) {
  const directives = collectDirectives(inventory, opts);
  if (directives.length === 0)
    return [...findings];
  const today = opts.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const used = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    if (f.suppressions?.length) {
      out.push(f);
      continue;
    }
    const matches = directives.filter((d) => !d.malformed && d.ruleIds.includes(f.ruleId) && d.covers(f.location));
    for (const d of matches) {
      if (d.reason !== "")
        (used.get(d) ?? used.set(d, /* @__PURE__ */ new Set()).get(d)).add(f.ruleId);
    }
    const active = matches.filter((d) => d.reason !== "" && !(d.until !== void 0 && today > d.until));
    if (active.length > 0) {
      out.push({ ...f, suppressions: active.map((d) => ({ kind: "inSource", justification: d.reason })) });
      continue;
    }
    const expired = matches.find((d) => d.reason !== "" && d.until !== void 0 && today > d.until);
    if (expired) {
      out.push({
        ...f,
        message: `${f.message} A suppression of this finding expired on ${expired.until} (reason given: ${expired.reason}).`,
        related: [...f.related, { location: expired.location, message: `Suppression expired on ${expired.until}.` }]
      });
      continue;
    }
    out.push(f);
  }
  const verdicts = [];
  for (const d of directives) {
    const base = { where: describeDirective(d), kind: d.kind, ruleIds: d.ruleIds, location: d.location, identity: d.identity };
    if (d.malformed) {
      verdicts.push({ ...base, verdict: "malformed", detail: d.malformed, unusedIds: [] });
      continue;
    }
    if (d.reason === "") {
      verdicts.push({ ...base, verdict: "no-reason", detail: "", unusedIds: [] });
      continue;
    }
    if (!opts.reportUnused)
      continue;
    const hit = used.get(d);
    const unused = d.ruleIds.filter((id) => !hit?.has(id));
    if (unused.length > 0)
      verdicts.push({ ...base, verdict: "unused", detail: "", unusedIds: unused });
  }
  if (verdicts.length) {
    const judged = runRules(inventory, { phase: "suppressions", directives: verdicts, ruleLevels: opts.ruleLevels, ...opts.views ? { views: opts.views } : {} });
    out.push(...judged.findings);
  }
  return out.sort(compareFindings);
}
function describeDirective(d) {
  if (d.kind === "annotation")
    return `annotation ${ANNOTATION_PREFIX}${d.ruleIds[0] ?? ""}`;
  const ids = d.ruleIds.length ? ` ${d.ruleIds.join(", ")}` : "";
  return `suppression "${d.kind === "file" ? MARKER : `${MARKER}-next-line`}${ids}"`;
}
function collectDirectives(inventory, opts) {
  const out = [];
  const known = new Set(opts.knownRuleIds);
  for (const file of inventory.files.values()) {
    if (opts.reportFiles && !opts.reportFiles.has(file.relPath))
      continue;
    if (!file.text.includes(MARKER))
      continue;
    out.push(...commentDirectives(file, opts.knownRuleIds, known));
  }
  for (const o of inventory.objects) {
    if (o.source.kind === "file" && opts.reportFiles && !opts.reportFiles.has(o.source.file.relPath))
      continue;
    out.push(...annotationDirectives(o, opts.knownRuleIds, known));
  }
  return out;
}
function yamlComments(text) {
  const out = [];
  const visit = (n) => {
    if (Array.isArray(n)) {
      for (const x of n)
        visit(x);
    } else if (n !== null && typeof n === "object") {
      const t = n;
      if (t.type === "comment" && typeof t.offset === "number" && typeof t.source === "string") {
        out.push({ offset: t.offset, source: t.source });
        return;
      }
      for (const v of Object.values(n))
        if (v !== null && typeof v === "object")
          visit(v);
    }
  };
  try {
    for (const token of new import_yaml.Parser().parse(text))
      visit(token);
  } catch {
  }
  return out.sort((a, b) => a.offset - b.offset);
}
function commentDirectives(file, ids, known) {
  const out = [];
  const starts = lineStarts(file.text);
  for (const c of yamlComments(file.text)) {
    const m = DIRECTIVE.exec(c.source);
    if (!m)
      continue;
    const kind = m[1] === "disable-next-line" ? "next-line" : "file";
    const parsed = parseDirectiveText(m[2], ids, known);
    const span = { start: c.offset, end: c.offset + c.source.length };
    const location = { kind: "file", file, span, exact: true };
    const identity = `${file.relPath}|${kind}|${parsed.ruleIds.join(",")}|${parsed.reason}|${parsed.until ?? ""}`;
    if (kind === "file") {
      out.push({ kind, ...parsed, location, identity, covers: (loc) => loc.kind === "file" && loc.file.relPath === file.relPath });
    } else {
      const target = nextContentLine(file.text, starts, lineIndex(starts, c.offset));
      let malformed = parsed.malformed;
      if (target === void 0 && !malformed)
        malformed = "there is no line after it";
      out.push({
        kind,
        ...parsed,
        ...malformed ? { malformed } : {},
        location,
        identity,
        covers: (loc) => loc.kind === "file" && loc.file.relPath === file.relPath && lineIndex(starts, loc.span.start) === target
      });
    }
  }
  return out;
}
function parseDirectiveText(rest, ids, known) {
  const sep2 = /(?:^|\s)--(?:\s|$)/.exec(rest);
  let head = sep2 ? rest.slice(0, sep2.index) : rest;
  let reason = sep2 ? rest.slice(sep2.index + sep2[0].length) : "";
  let until;
  for (const part of ["head", "reason"]) {
    const text = part === "head" ? head : reason;
    const m = UNTIL.exec(text);
    if (!m)
      continue;
    until = m[1];
    const cleaned = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).trim();
    if (part === "head")
      head = cleaned;
    else
      reason = cleaned;
  }
  const ruleIds = head.split(/[\s,]+/).filter((s) => s !== "");
  reason = reason.replace(/\s+/g, " ").trim();
  const out = { ruleIds, reason };
  if (until !== void 0)
    out.until = until;
  const problem = validate(ruleIds, until, ids, known);
  if (problem)
    out.malformed = problem;
  return out;
}
function validate(ruleIds, until, ids, known) {
  if (ruleIds.length === 0)
    return "it names no rule id";
  for (const id of ruleIds) {
    if (!known.has(id)) {
      const close = similarIds(id, ids);
      return `"${id}" is not a rule id${close.length ? ` (did you mean ${close.map((c) => `"${c}"`).join(" or ")}?)` : ""}`;
    }
  }
  if (until !== void 0 && !isDate(until))
    return `until=${until} is not a date (want YYYY-MM-DD)`;
  return void 0;
}
function isDate(s) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s))
    return false;
  const d = /* @__PURE__ */ new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
function annotationDirectives(o, ids, known) {
  const metadata = o.body["metadata"];
  const annotations = isRecord(metadata) ? metadata["annotations"] : void 0;
  if (!isRecord(annotations))
    return [];
  const out = [];
  for (const [key, value] of Object.entries(annotations)) {
    if (!key.startsWith(ANNOTATION_PREFIX))
      continue;
    const ruleId = key.slice(ANNOTATION_PREFIX.length);
    const raw = typeof value === "string" ? value : value === null || value === void 0 ? "" : String(value);
    const m = UNTIL.exec(raw);
    const until = m ? m[1] : void 0;
    const reason = (m ? raw.slice(0, m.index) + raw.slice(m.index + m[0].length) : raw).replace(/\s+/g, " ").trim();
    const malformed = validate([ruleId], until, ids, known);
    const location = o.locator.locate(["metadata", "annotations", key], "key");
    const home = o.locator.locate([]);
    const identity = `${home.kind === "file" ? home.file.relPath : home.fullyQualifiedName}|${o.kind ?? ""}/${o.namespace ?? ""}/${o.name ?? ""}|annotation|${ruleId}|${reason}|${until ?? ""}`;
    out.push({
      kind: "annotation",
      ruleIds: [ruleId],
      reason,
      ...until !== void 0 ? { until } : {},
      ...malformed ? { malformed } : {},
      location,
      identity,
      covers: objectCover(o, home)
    });
  }
  return out;
}
function objectCover(o, home) {
  if (home.kind === "logical")
    return (loc) => loc.kind === "logical" && loc.fullyQualifiedName === home.fullyQualifiedName;
  const range = o.yamlNode?.range;
  const start = range ? range[0] : home.span.start;
  const end = range ? range[2] : home.span.end;
  const rel = home.file.relPath;
  return (loc) => loc.kind === "file" && loc.file.relPath === rel && loc.span.start >= start && loc.span.start <= end;
}
function nextContentLine(text, starts, line) {
  for (let i = line + 1; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : text.length;
    const content = text.slice(starts[i], end).trim();
    if (content !== "" && !content.startsWith("#"))
      return i;
  }
  return void 0;
}

// dist/src/generated/validate-baseline.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validate_baseline_default = validate10;
var func2 = import_ucs2length.default.default;
var pattern0 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tool === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.entries === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entries" }, message: "must have required property 'entries'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      if ("vvp-kv-lint" !== data.tool) {
        const err4 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/const", keyword: "const", params: { allowedValue: "vvp-kv-lint" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.toolVersion !== void 0) {
      let data2 = data.toolVersion;
      if (typeof data2 === "string") {
        if (func2(data2) > 100) {
          const err5 = { instancePath: instancePath + "/toolVersion", schemaPath: "#/properties/toolVersion/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/toolVersion", schemaPath: "#/properties/toolVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.entries !== void 0) {
      let data3 = data.entries;
      if (Array.isArray(data3)) {
        if (data3.length > 1e6) {
          const err7 = { instancePath: instancePath + "/entries", schemaPath: "#/properties/entries/maxItems", keyword: "maxItems", params: { limit: 1e6 }, message: "must NOT have more than 1000000 items" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.fingerprint === void 0) {
              const err8 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/required", keyword: "required", params: { missingProperty: "fingerprint" }, message: "must have required property 'fingerprint'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data4.ruleId === void 0) {
              const err9 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/required", keyword: "required", params: { missingProperty: "ruleId" }, message: "must have required property 'ruleId'" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data4.fingerprint !== void 0) {
              let data5 = data4.fingerprint;
              if (typeof data5 === "string") {
                if (func2(data5) > 1e3) {
                  const err10 = { instancePath: instancePath + "/entries/" + i0 + "/fingerprint", schemaPath: "#/properties/entries/items/properties/fingerprint/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
                if (func2(data5) < 1) {
                  const err11 = { instancePath: instancePath + "/entries/" + i0 + "/fingerprint", schemaPath: "#/properties/entries/items/properties/fingerprint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/entries/" + i0 + "/fingerprint", schemaPath: "#/properties/entries/items/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data4.ruleId !== void 0) {
              let data6 = data4.ruleId;
              if (typeof data6 === "string") {
                if (func2(data6) > 100) {
                  const err13 = { instancePath: instancePath + "/entries/" + i0 + "/ruleId", schemaPath: "#/properties/entries/items/properties/ruleId/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
                if (!pattern0.test(data6)) {
                  const err14 = { instancePath: instancePath + "/entries/" + i0 + "/ruleId", schemaPath: "#/properties/entries/items/properties/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/entries/" + i0 + "/ruleId", schemaPath: "#/properties/entries/items/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data4.where !== void 0) {
              let data7 = data4.where;
              if (typeof data7 === "string") {
                if (func2(data7) > 4096) {
                  const err16 = { instancePath: instancePath + "/entries/" + i0 + "/where", schemaPath: "#/properties/entries/items/properties/where/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/entries/" + i0 + "/where", schemaPath: "#/properties/entries/items/properties/where/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data4.message !== void 0) {
              let data8 = data4.message;
              if (typeof data8 === "string") {
                if (func2(data8) > 1e4) {
                  const err18 = { instancePath: instancePath + "/entries/" + i0 + "/message", schemaPath: "#/properties/entries/items/properties/message/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/entries/" + i0 + "/message", schemaPath: "#/properties/entries/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data4.count !== void 0) {
              let data9 = data4.count;
              if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                const err20 = { instancePath: instancePath + "/entries/" + i0 + "/count", schemaPath: "#/properties/entries/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              if (typeof data9 == "number" && isFinite(data9)) {
                if (data9 > 1e6 || isNaN(data9)) {
                  const err21 = { instancePath: instancePath + "/entries/" + i0 + "/count", schemaPath: "#/properties/entries/items/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (data9 < 1 || isNaN(data9)) {
                  const err22 = { instancePath: instancePath + "/entries/" + i0 + "/count", schemaPath: "#/properties/entries/items/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/entries", schemaPath: "#/properties/entries/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// dist/src/engine/baseline.js
var validateBaseline = validate_baseline_default;
var BASELINE_FORMAT_VERSION = 1;
var ABSENT_NOTIFICATION_ID = "baseline-absent";
var BaselineError = class extends Error {
  code = "BASELINE";
};
function createBaseline(result) {
  const byPrint = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    if (f.suppressions?.length || f.baselineState === "absent")
      continue;
    const prev = byPrint.get(f.objectFingerprint);
    if (prev)
      prev.count++;
    else
      byPrint.set(f.objectFingerprint, { fingerprint: f.objectFingerprint, ruleId: f.ruleId, where: where(f), message: f.message, count: 1 });
  }
  const entries = [...byPrint.values()].map(({ count, ...e }) => count > 1 ? { ...e, count } : e).sort((a, b) => cmp(a.ruleId, b.ruleId) || cmp(a.where, b.where) || cmp(a.fingerprint, b.fingerprint));
  return { version: BASELINE_FORMAT_VERSION, tool: "vvp-kv-lint", toolVersion: result.toolVersion, entries };
}
function serializeBaseline(b) {
  return `${JSON.stringify(b, null, 2)}
`;
}
function readBaseline(absPath) {
  let text;
  try {
    text = readRegularFileSync(absPath);
  } catch (err) {
    throw new BaselineError(`cannot read baseline ${absPath}: ${err.message}`);
  }
  return parseBaseline(text, absPath);
}
function parseBaseline(text, name) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new BaselineError(`${name}: not JSON (${jsonErrorPosition(err)})`);
  }
  const d = doc;
  if (d === null || typeof d !== "object" || Array.isArray(d) || d.tool !== "vvp-kv-lint" || !Array.isArray(d.entries)) {
    throw new BaselineError(`${name}: not a vvp-kv-lint baseline (write one with \`vvp-kv-lint baseline write ${name}\`)`);
  }
  if (d.version !== BASELINE_FORMAT_VERSION)
    throw new BaselineError(`${name}: baseline format version ${typeof d.version === "number" ? d.version : "(not a number)"} is not supported (expected ${BASELINE_FORMAT_VERSION})`);
  if (!validateBaseline(doc)) {
    const problems = (validateBaseline.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`);
    throw new BaselineError(`${name}: invalid baseline (schemas/baseline.schema.json): ${[...new Set(problems)].join("; ")}`);
  }
  return d;
}
function applyBaseline(findings, baseline) {
  const remaining = /* @__PURE__ */ new Map();
  for (const e of baseline.entries)
    remaining.set(e.fingerprint, (remaining.get(e.fingerprint) ?? 0) + (e.count ?? 1));
  const out = findings.map((f) => {
    if (f.suppressions?.length)
      return f;
    const left = remaining.get(f.objectFingerprint) ?? 0;
    if (left > 0) {
      remaining.set(f.objectFingerprint, left - 1);
      return { ...f, baselineState: "unchanged" };
    }
    return { ...f, baselineState: "new" };
  });
  const absent = [];
  for (const e of baseline.entries) {
    const left = remaining.get(e.fingerprint) ?? 0;
    if (left <= 0)
      continue;
    const n = Math.min(left, e.count ?? 1);
    remaining.set(e.fingerprint, left - n);
    const { count: _count, ...rest } = e;
    absent.push(n > 1 ? { ...rest, count: n } : rest);
  }
  return { findings: out, absent };
}
var ABSENT_LISTED = 10;
function absentNotification(absent, baselineName) {
  const total = absent.reduce((n, e) => n + (e.count ?? 1), 0);
  if (total === 0)
    return void 0;
  const listed = absent.slice(0, ABSENT_LISTED).map((e) => `${e.ruleId} at ${e.where}${(e.count ?? 1) > 1 ? ` (x${e.count})` : ""}`);
  const more = absent.length > ABSENT_LISTED ? `, and ${absent.length - ABSENT_LISTED} more` : "";
  return {
    id: ABSENT_NOTIFICATION_ID,
    level: "note",
    message: `${total} baseline finding${total === 1 ? "" : "s"} no longer occur${total === 1 ? "s" : ""} (fixed or moved to another object): ${listed.join("; ")}${more}. Refresh the baseline with \`vvp-kv-lint baseline write ${baselineName}\``
  };
}
function hideBaselined(result) {
  const findings = result.findings.filter((f) => f.baselineState !== "unchanged" || Boolean(f.suppressions?.length));
  return { result: { ...result, findings }, hidden: result.findings.length - findings.length };
}
function where(f) {
  const loc = f.location;
  if (loc.kind === "logical")
    return loc.path.length ? `${loc.displayName} ${loc.path.join(".")}` : loc.displayName;
  return `${loc.file.relPath}:${lineColumn(loc.file.text, loc.span.start).line}`;
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// dist/src/engine/lint.js
async function lint(opts) {
  const startTime = /* @__PURE__ */ new Date();
  const config = loadConfig(opts.configPath, opts.cwd, opts.root !== void 0 ? resolve(opts.cwd, opts.root) : void 0);
  const gitRoot = opts.root === void 0 && !config.path ? findGitRoot(opts.cwd) : void 0;
  const rootOrigin = opts.root !== void 0 ? "option" : config.path ? "config" : gitRoot !== void 0 ? "git" : "paths";
  const root = rootOrigin === "paths" ? boundedRoot(opts.cwd, opts.targets, opts.stdin?.filename) : resolve(opts.cwd, opts.root ?? (config.path ? config.dir : gitRoot));
  const c = opts.ruleOverrides && Object.keys(opts.ruleOverrides).length ? { ...config.config, rules: { ...config.config.rules, ...opts.ruleOverrides } } : config.config;
  let inventory;
  let reportFiles;
  let vvpVersion = parseVvpVersion(opts.vvpVersion ?? c.vvpVersion);
  if (opts.noFiles) {
    inventory = new Inventory();
  } else {
    const project = await loadProject({
      root,
      cwd: opts.cwd,
      targets: opts.targets,
      include: c.include,
      exclude: c.exclude,
      maxFileSize: c.maxFileSize,
      namespaceDefaults: c.namespaceDefaults,
      keepKinds: declaredKinds(),
      ...opts.overlay ? { overlay: opts.overlay } : {},
      stdin: opts.stdin,
      contextFromTargetsOnly: rootOrigin === "paths",
      cacheDir: cacheDirectory(root, opts.env ?? process.env)
    });
    inventory = project.inventory;
    reportFiles = project.reportFiles;
    if (!vvpVersion) {
      for (const chart of project.vvpCharts.values()) {
        vvpVersion = chartToVvpVersion(chart.version);
        if (vvpVersion)
          break;
      }
    }
    inventory.helmReleaseNamespace = c.helmReleaseNamespace;
  }
  if (opts.enrich)
    await opts.enrich(inventory, { root, config });
  const ruleOptions = { vvpVersion, ...c.objectExpiryWarningDays !== void 0 ? { objectExpiryWarningDays: c.objectExpiryWarningDays } : {} };
  const views = deriveViews(inventory);
  const out = runRules(inventory, { ruleLevels: c.rules, ruleOptions, reportFiles, views });
  const redactor = redactorFor(inventory, reportFiles);
  const notifications = [...inventory.notifications, ...out.notifications].map((n) => redactor.notification(n));
  let findings = applySuppressions(out.findings.map((f) => redactor.finding(f)), inventory, {
    knownRuleIds: ALL_RULE_META.map((m) => m.id),
    reportUnused: opts.reportUnusedDisables ?? c.reportUnusedDisables ?? opts.ci ?? false,
    reportFiles,
    ruleLevels: c.rules,
    views
  });
  const baselineFile = opts.baselinePath === false ? void 0 : opts.baselinePath !== void 0 ? resolve(opts.cwd, opts.baselinePath) : c.baseline !== void 0 ? resolve(config.dir, c.baseline) : void 0;
  if (baselineFile !== void 0 && opts.baselinePath === void 0 && !isInside(baselineFile, root)) {
    throw new BaselineError(`config baseline ${c.baseline} is outside the project ${root}; give it with --baseline to use it`);
  }
  if (baselineFile !== void 0) {
    const applied = applyBaseline(findings, readBaseline(baselineFile));
    findings = applied.findings;
    const absent = absentNotification(applied.absent, opts.baselinePath || c.baseline || baselineFile);
    if (absent)
      notifications.push(absent);
  }
  const result = {
    toolVersion: TOOL_VERSION,
    rules: out.rules,
    findings,
    notifications,
    root,
    ...repositoryRootOf(root),
    filesRead: inventory.files.size,
    ...reportFiles ? { filesLinted: countRead(reportFiles, inventory) } : {},
    documentsRead: inventory.documentCount,
    executionSuccessful: !notifications.some((n) => n.incomplete),
    startTime,
    endTime: /* @__PURE__ */ new Date(),
    commandLine: opts.commandLine ?? "vvp-kv-lint"
  };
  return { result, config, inventory, reportFiles, rootOrigin };
}
function countRead(reportFiles, inventory) {
  let n = 0;
  for (const f of reportFiles)
    if (inventory.files.has(f))
      n++;
  return n;
}
function chartToVvpVersion(chartVersion) {
  const m = /^(\d+)\.(\d+)/.exec(chartVersion);
  if (!m)
    return void 0;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (major === 4 && minor <= 3)
    return [2, minor];
  if (major === 5)
    return [2, minor + 4];
  return void 0;
}
function repositoryRootOf(root) {
  const top = findGitRoot(root);
  return top !== void 0 && top !== root ? { repositoryRoot: top } : {};
}
function isInside(path, root) {
  const rel = relative(root, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
function boundedRoot(cwd, targets, stdinFilename) {
  const common = commonDirectory(cwd, targets, stdinFilename);
  const base = resolve(cwd);
  return common === base || common.startsWith(base.endsWith(sep) ? base : base + sep) ? base : common;
}
function commonDirectory(cwd, targets, stdinFilename) {
  const dirs = targets.map((t) => {
    if (t === "-")
      return dirname(resolve(cwd, stdinFilename ?? "stdin.yaml"));
    const segments = t.split(/[\\/]/);
    const firstGlob = segments.findIndex((s) => /[*?[\]{}!]/.test(s));
    if (firstGlob >= 0)
      return resolve(cwd, segments.slice(0, firstGlob).join("/") || ".");
    const abs = resolve(cwd, t);
    try {
      return statSync(abs).isDirectory() ? abs : dirname(abs);
    } catch {
      return dirname(abs);
    }
  });
  if (!dirs.length)
    return resolve(cwd);
  let common = dirs[0];
  for (const d of dirs.slice(1)) {
    while (common !== dirname(common) && d !== common && !d.startsWith(common.endsWith(sep) ? common : common + sep))
      common = dirname(common);
  }
  return common;
}
function findGitRoot(start) {
  let dir = resolve(start);
  for (; ; ) {
    if (existsSync(join(dir, ".git")))
      return dir;
    const parent = dirname(dir);
    if (parent === dir)
      return void 0;
    dir = parent;
  }
}
var LEVEL_RANK = { note: 1, warning: 2, error: 3 };
function exceedsFailLevel(result, failLevel) {
  if (failLevel === "none")
    return false;
  const threshold = LEVEL_RANK[failLevel];
  return result.findings.some((f) => !f.suppressions?.length && f.baselineState !== "unchanged" && LEVEL_RANK[f.level] >= threshold);
}

export {
  createBaseline,
  serializeBaseline,
  hideBaselined,
  lint,
  chartToVvpVersion,
  commonDirectory,
  LEVEL_RANK,
  exceedsFailLevel
};
