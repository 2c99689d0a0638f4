import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  RULE_META
} from "./chunk-SXM5CZVV.js";
import {
  similarIds
} from "./chunk-IBGBM3B2.js";
import {
  readRegularFileSync,
  require_ucs2length
} from "./chunk-SIHJ7R43.js";
import {
  lineColumn,
  safeParseMessage,
  yamlLocator
} from "./chunk-JZALQHEK.js";
import {
  require_dist
} from "./chunk-IQHK5HTI.js";
import {
  __toESM
} from "./chunk-36LOSZW6.js";

// dist/src/config/load.js
import { existsSync } from "node:fs";
var import_yaml = __toESM(require_dist(), 1);
import { dirname, isAbsolute, join, resolve, relative } from "node:path";

// dist/src/generated/validate-config.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validate_config_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://vvp-kv-lint.dev/schemas/config.schema.json", "title": "vvp-kv-lint configuration (.vvp-kv-lint.yaml)", "type": "object", "additionalProperties": false, "properties": { "include": { "description": "Globs (relative to the config file) of files to read; default **/*.{yaml,yml,json}.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "exclude": { "description": "Globs of files never read, for context or for reporting.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "vvpVersion": { "description": "Ververica Platform version, X.Y or X.Y.Z.", "type": "string", "pattern": "^\\d+\\.\\d+(\\.\\d+)?$" }, "helmReleaseNamespace": { "description": "Namespace of the VVP Helm release, for all values files (a string) or per values file by glob.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "object", "additionalProperties": { "type": "string", "minLength": 1 } }] }, "namespaceDefaults": { "description": "Namespace for objects without metadata.namespace, by file glob (first match wins).", "type": "object", "additionalProperties": { "type": "string", "minLength": 1 } }, "rules": { "description": "Per-rule level override or off.", "type": "object", "propertyNames": { "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "additionalProperties": { "enum": ["off", "error", "warning", "note"] } }, "failLevel": { "enum": ["error", "warning", "note", "none"] }, "maxFileSize": { "description": "Files larger than this many bytes are reported, not parsed (default 10 MiB).", "type": "integer", "minimum": 1 }, "reportUnusedDisables": { "type": "boolean" }, "baseline": { "type": "string", "minLength": 1 }, "failOnIncomplete": { "description": "Exit 2 when any requested input could not be read (strict CI gates); default false: partial reads are reported as incomplete.", "type": "boolean" }, "maxWarnings": { "description": "Exit 1 when there are more than this many warnings (like --max-warnings).", "type": "integer", "minimum": 0 }, "objectExpiryWarningDays": { "description": "kv-object-expired warns when a mounted Key Vault object expires within this many days (default 30; 0: only expired objects).", "type": "integer", "minimum": 0 } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length.default.default;
var pattern0 = new RegExp("^\\d+\\.\\d+(\\.\\d+)?$", "u");
var pattern1 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data0 = data.include;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func3(data1) < 1) {
              const err1 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data2 = data.exclude;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func3(data3) < 1) {
              const err4 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.vvpVersion !== void 0) {
      let data4 = data.vvpVersion;
      if (typeof data4 === "string") {
        if (!pattern0.test(data4)) {
          const err7 = { instancePath: instancePath + "/vvpVersion", schemaPath: "#/properties/vvpVersion/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+(\\.\\d+)?$" }, message: 'must match pattern "^\\d+\\.\\d+(\\.\\d+)?$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/vvpVersion", schemaPath: "#/properties/vvpVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.helmReleaseNamespace !== void 0) {
      let data5 = data.helmReleaseNamespace;
      const _errs13 = errors;
      let valid5 = false;
      let passing0 = null;
      const _errs14 = errors;
      if (typeof data5 === "string") {
        if (func3(data5) < 1) {
          const err9 = { instancePath: instancePath + "/helmReleaseNamespace", schemaPath: "#/properties/helmReleaseNamespace/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/helmReleaseNamespace", schemaPath: "#/properties/helmReleaseNamespace/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs14 === errors;
      if (_valid0) {
        valid5 = true;
        passing0 = 0;
      }
      const _errs16 = errors;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          let data6 = data5[key1];
          if (typeof data6 === "string") {
            if (func3(data6) < 1) {
              const err11 = { instancePath: instancePath + "/helmReleaseNamespace/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/helmReleaseNamespace/oneOf/1/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/helmReleaseNamespace/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/helmReleaseNamespace/oneOf/1/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/helmReleaseNamespace", schemaPath: "#/properties/helmReleaseNamespace/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid0 = _errs16 === errors;
      if (_valid0 && valid5) {
        valid5 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid5 = true;
          passing0 = 1;
        }
      }
      if (!valid5) {
        const err14 = { instancePath: instancePath + "/helmReleaseNamespace", schemaPath: "#/properties/helmReleaseNamespace/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      } else {
        errors = _errs13;
        if (vErrors !== null) {
          if (_errs13) {
            vErrors.length = _errs13;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.namespaceDefaults !== void 0) {
      let data7 = data.namespaceDefaults;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          let data8 = data7[key2];
          if (typeof data8 === "string") {
            if (func3(data8) < 1) {
              const err15 = { instancePath: instancePath + "/namespaceDefaults/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/namespaceDefaults/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/namespaceDefaults/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/namespaceDefaults/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/namespaceDefaults", schemaPath: "#/properties/namespaceDefaults/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data9 = data.rules;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key3 in data9) {
          const _errs28 = errors;
          if (typeof key3 === "string") {
            if (!pattern1.test(key3)) {
              const err18 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          var valid8 = _errs28 === errors;
          if (!valid8) {
            const err19 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        for (const key4 in data9) {
          let data10 = data9[key4];
          if (!(data10 === "off" || data10 === "error" || data10 === "warning" || data10 === "note")) {
            const err20 = { instancePath: instancePath + "/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.failLevel !== void 0) {
      let data11 = data.failLevel;
      if (!(data11 === "error" || data11 === "warning" || data11 === "note" || data11 === "none")) {
        const err22 = { instancePath: instancePath + "/failLevel", schemaPath: "#/properties/failLevel/enum", keyword: "enum", params: { allowedValues: schema11.properties.failLevel.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.maxFileSize !== void 0) {
      let data12 = data.maxFileSize;
      if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
        const err23 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (typeof data12 == "number" && isFinite(data12)) {
        if (data12 < 1 || isNaN(data12)) {
          const err24 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
    }
    if (data.reportUnusedDisables !== void 0) {
      if (typeof data.reportUnusedDisables !== "boolean") {
        const err25 = { instancePath: instancePath + "/reportUnusedDisables", schemaPath: "#/properties/reportUnusedDisables/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.baseline !== void 0) {
      let data14 = data.baseline;
      if (typeof data14 === "string") {
        if (func3(data14) < 1) {
          const err26 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.failOnIncomplete !== void 0) {
      if (typeof data.failOnIncomplete !== "boolean") {
        const err28 = { instancePath: instancePath + "/failOnIncomplete", schemaPath: "#/properties/failOnIncomplete/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.maxWarnings !== void 0) {
      let data16 = data.maxWarnings;
      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
        const err29 = { instancePath: instancePath + "/maxWarnings", schemaPath: "#/properties/maxWarnings/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (typeof data16 == "number" && isFinite(data16)) {
        if (data16 < 0 || isNaN(data16)) {
          const err30 = { instancePath: instancePath + "/maxWarnings", schemaPath: "#/properties/maxWarnings/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
    }
    if (data.objectExpiryWarningDays !== void 0) {
      let data17 = data.objectExpiryWarningDays;
      if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
        const err31 = { instancePath: instancePath + "/objectExpiryWarningDays", schemaPath: "#/properties/objectExpiryWarningDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (typeof data17 == "number" && isFinite(data17)) {
        if (data17 < 0 || isNaN(data17)) {
          const err32 = { instancePath: instancePath + "/objectExpiryWarningDays", schemaPath: "#/properties/objectExpiryWarningDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// dist/src/config/load.js
var validateConfig = validate_config_default;
var CONFIG_NAMES = [".vvp-kv-lint.yaml", ".vvp-kv-lint.yml"];
var ConfigError = class extends Error {
  code = "CONFIG_INVALID";
  constructor(message, options) {
    super(message, options);
    this.name = "ConfigError";
  }
};
function findConfig(start, stopAt) {
  let dir = resolve(start);
  const boundary = stopAt !== void 0 && isInside(dir, resolve(stopAt)) ? resolve(stopAt) : void 0;
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate))
        return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir || dir === boundary)
      return void 0;
    dir = parent;
  }
}
function isInside(dir, root) {
  const rel = relative(root, dir);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function loadConfig(explicit, cwd, stopAt) {
  const path = explicit ? resolve(cwd, explicit) : findConfig(cwd, stopAt);
  if (!path)
    return { config: {}, path: void 0, dir: cwd };
  let text;
  try {
    text = readRegularFileSync(path);
  } catch (err) {
    throw new ConfigError(`cannot read config file ${path}: ${err.message}`, { cause: err });
  }
  const shown = relative(cwd, path) || path;
  const doc = (0, import_yaml.parseDocument)(text, { prettyErrors: false, logLevel: "error" });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const { line, column } = lineColumn(text, e.pos[0]);
    throw new ConfigError(`${shown}:${line}:${column}: invalid YAML: ${safeParseMessage(e.message)}`);
  }
  const value = doc.toJS() ?? {};
  if (!validateConfig(value)) {
    const file = { absPath: path, relPath: shown, text };
    const locator = yamlLocator(file, doc.contents);
    const messages = (validateConfig.errors ?? []).slice(0, 5).map((e) => {
      const segs = e.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
      let what = e.message ?? "is invalid";
      let target = "value";
      if (e.keyword === "additionalProperties") {
        const extra = String(e.params.additionalProperty);
        segs.push(extra);
        target = "key";
        what = `unknown key "${extra}"${segs.length === 1 ? ` (known keys: ${knownKeys()})` : ""}`;
      } else if (e.keyword === "enum") {
        what = `must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
      } else if (e.keyword === "propertyNames") {
        segs.push(String(e.params.propertyName));
        target = "key";
        what = "is not a rule id (lower-case words joined by hyphens)";
      }
      const loc = locator.locate(segs, target);
      const { line, column } = lineColumn(text, loc.kind === "file" ? loc.span.start : 0);
      return `${shown}:${line}:${column}: ${segs.length ? segs.join(".") + ": " : ""}${what}`;
    });
    throw new ConfigError([...new Set(messages)].join("\n"));
  }
  const config = value;
  const unknown = unknownRuleMessages(config, doc.contents, { absPath: path, relPath: shown, text });
  if (unknown.length)
    throw new ConfigError(unknown.join("\n"));
  return { config, path, dir: dirname(path) };
}
function unknownRuleMessages(config, contents, file) {
  const ids = RULE_META.map((m) => m.id);
  const known = new Set(ids);
  const out = [];
  const locator = yamlLocator(file, contents);
  for (const id of Object.keys(config.rules ?? {})) {
    if (known.has(id))
      continue;
    const loc = locator.locate(["rules", id], "key");
    const { line, column } = lineColumn(file.text, loc.kind === "file" ? loc.span.start : 0);
    const close = similarIds(id, ids);
    out.push(`${file.relPath}:${line}:${column}: rules.${id}: unknown rule id "${id}"${close.length ? ` (did you mean ${close.join(", ")}?)` : ""}; \`vvp-kv-lint rules\` lists them`);
  }
  return out;
}
function parseRuleFlags(values) {
  const ids = RULE_META.map((m) => m.id);
  const out = {};
  for (const v of values) {
    const m = /^([^:=\s]+)\s*[:=]\s*(\S+)$/.exec(v.trim());
    if (!m)
      return `--rule must look like ID:LEVEL (e.g. csi-mount-not-readonly:off), got "${v}"`;
    const [, id, level] = m;
    if (!ids.includes(id)) {
      const close = similarIds(id, ids);
      return `--rule ${v}: unknown rule id "${id}"${close.length ? ` (did you mean ${close.join(", ")}?)` : ""}`;
    }
    if (!["error", "warning", "note", "off"].includes(level))
      return `--rule ${v}: level must be error, warning, note or off`;
    out[id] = level;
  }
  return out;
}
function knownKeys() {
  return ["include", "exclude", "vvpVersion", "helmReleaseNamespace", "namespaceDefaults", "rules", "failLevel", "maxFileSize", "reportUnusedDisables", "baseline", "failOnIncomplete", "maxWarnings", "objectExpiryWarningDays"].join(", ");
}
function parseVvpVersion(v) {
  if (!v)
    return void 0;
  const m = /^(\d+)\.(\d+)(?:\.\d+)?$/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2])] : void 0;
}

export {
  ConfigError,
  loadConfig,
  parseRuleFlags,
  parseVvpVersion
};
