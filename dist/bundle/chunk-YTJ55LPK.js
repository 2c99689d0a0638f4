import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  INFORMATION_URI,
  failedReads,
  fixableCount,
  isActive,
  isSuppressed,
  plural,
  reportingDescriptor,
  sentence,
  summarize,
  unknownRule
} from "./chunk-5EAPVYBK.js";
import {
  escapeControls,
  fixMode
} from "./chunk-5AM7KZQY.js";
import {
  exitCodeForError
} from "./chunk-Z3ZAT2ZE.js";
import {
  explainParseError
} from "./chunk-JY5FJ42G.js";
import {
  exceedsFailLevel,
  hideBaselined,
  lint
} from "./chunk-RVPLG47E.js";
import {
  printConfig
} from "./chunk-4FIGMFID.js";
import {
  EXIT,
  safeCommandLine
} from "./chunk-OVBIPZTM.js";
import {
  UsageError
} from "./chunk-VN7AAZE7.js";
import {
  parseRuleFlags
} from "./chunk-ESD7XBSS.js";
import {
  SourceError
} from "./chunk-N2TPPX43.js";
import {
  lineIndex,
  lineStarts
} from "./chunk-JZALQHEK.js";

// dist/src/cli/commands/lint.js
import { writeFileSync } from "node:fs";
import { resolve as resolve4 } from "node:path";
import { parseArgs } from "node:util";

// dist/src/report/field-path.js
var PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
function formatFieldPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number")
      out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment))
      out += out === "" ? segment : `.${segment}`;
    else
      out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

// dist/src/report/positions.js
function lineStarts2(file) {
  return lineStarts(file.text);
}
function clamp(offset, text) {
  if (!Number.isFinite(offset) || offset < 0)
    return 0;
  return Math.min(Math.trunc(offset), text.length);
}
function positionOf(file, offset) {
  const starts = lineStarts2(file);
  const at = clamp(offset, file.text);
  const idx = lineIndex(starts, at);
  return { line: idx + 1, column: at - starts[idx] + 1 };
}
function regionOf(file, span, mode = "display") {
  const text = file.text;
  const start = clamp(span.start, text);
  const end = Math.max(start, clamp(span.end, text));
  const s = positionOf(file, start);
  if (end === start) {
    return { startLine: s.line, startColumn: s.column, endLine: s.line, endColumn: mode === "display" ? s.column + 1 : s.column };
  }
  const e = positionOf(file, end);
  if (mode === "exact")
    return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
  let endLine = e.line;
  let endColumn = e.column;
  if (endColumn === 1 && endLine > s.line) {
    const terminator = text.charCodeAt(end - 1) === 10 && text.charCodeAt(end - 2) === 13 ? end - 2 : end - 1;
    const prev = positionOf(file, terminator);
    endLine = prev.line;
    endColumn = prev.column;
  }
  if (endLine === s.line && endColumn <= s.column)
    endColumn = s.column + 1;
  return { startLine: s.line, startColumn: s.column, endLine, endColumn };
}

// node_modules/chalk/source/vendor/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/chalk/source/vendor/supports-color/index.js
import process from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
var { env } = process;
var flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
  flagForceColor = 0;
} else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
  flagForceColor = 1;
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key) => key in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var supportsColor = {
  stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
  stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
var supports_color_default = supportsColor;

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}

// node_modules/chalk/source/index.js
var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default;
var GENERATOR = /* @__PURE__ */ Symbol("GENERATOR");
var STYLER = /* @__PURE__ */ Symbol("STYLER");
var IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY");
var levelMapping = [
  "ansi",
  "ansi",
  "ansi256",
  "ansi16m"
];
var styles2 = /* @__PURE__ */ Object.create(null);
var applyOptions = (object, options = {}) => {
  if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
    throw new Error("The `level` option should be an integer from 0 to 3");
  }
  const colorLevel = stdoutColor ? stdoutColor.level : 0;
  object.level = options.level === void 0 ? colorLevel : options.level;
};
var Chalk = class {
  constructor(options) {
    return chalkFactory(options);
  }
};
var chalkFactory = (options) => {
  const chalk2 = (...strings) => strings.join(" ");
  applyOptions(chalk2, options);
  Object.setPrototypeOf(chalk2, createChalk.prototype);
  return chalk2;
};
function createChalk(options) {
  return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansi_styles_default)) {
  styles2[styleName] = {
    get() {
      const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
      Object.defineProperty(this, styleName, { value: builder });
      return builder;
    }
  };
}
styles2.visible = {
  get() {
    const builder = createBuilder(this, this[STYLER], true);
    Object.defineProperty(this, "visible", { value: builder });
    return builder;
  }
};
var getModelAnsi = (model, level, type, ...arguments_) => {
  if (model === "rgb") {
    if (level === "ansi16m") {
      return ansi_styles_default[type].ansi16m(...arguments_);
    }
    if (level === "ansi256") {
      return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
    }
    return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
  }
  if (model === "hex") {
    return getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_));
  }
  return ansi_styles_default[type][model](...arguments_);
};
var usedModels = ["rgb", "hex", "ansi256"];
for (const model of usedModels) {
  styles2[model] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
}
var proto = Object.defineProperties(() => {
}, {
  ...styles2,
  level: {
    enumerable: true,
    get() {
      return this[GENERATOR].level;
    },
    set(level) {
      this[GENERATOR].level = level;
    }
  }
});
var createStyler = (open, close, parent) => {
  let openAll;
  let closeAll;
  if (parent === void 0) {
    openAll = open;
    closeAll = close;
  } else {
    openAll = parent.openAll + open;
    closeAll = close + parent.closeAll;
  }
  return {
    open,
    close,
    openAll,
    closeAll,
    parent
  };
};
var createBuilder = (self, _styler, _isEmpty) => {
  const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
  Object.setPrototypeOf(builder, proto);
  builder[GENERATOR] = self;
  builder[STYLER] = _styler;
  builder[IS_EMPTY] = _isEmpty;
  return builder;
};
var applyStyle = (self, string) => {
  if (self.level <= 0 || !string) {
    return self[IS_EMPTY] ? "" : string;
  }
  let styler = self[STYLER];
  if (styler === void 0) {
    return string;
  }
  const { openAll, closeAll } = styler;
  if (string.includes("\x1B")) {
    while (styler !== void 0) {
      string = stringReplaceAll(string, styler.close, styler.open);
      styler = styler.parent;
    }
  }
  const lfIndex = string.indexOf("\n");
  if (lfIndex !== -1) {
    string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
  }
  return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles2);
var chalk = createChalk();
var chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });

// dist/src/report/text.js
function formatText(result, options) {
  const c = new Chalk({ level: options.color ? options.colorLevel ?? 1 : 0 });
  const summary = summarize(result);
  const groups = groupFindings(result.findings.filter(isActive));
  const out = [];
  for (const group of groups)
    out.push(...renderGroup(group, c, options.width));
  if (result.notifications.length > 0)
    out.push(...renderNotifications(result, c));
  const problems = summary.errors + summary.warnings + summary.notes;
  if (out.length > 0 || problems > 0)
    out.push("");
  const failed = failedReads(result);
  const counts = readCounts(result);
  if (failed.count > 0) {
    out.push(c.bold(c.red(`\u2716 incomplete: ${plural(failed.count, "read")} failed (${failed.detail})`)));
  }
  if (problems === 0) {
    if (failed.count > 0)
      out.push(c.yellow(`  no problems found in what could be read (${counts})`));
    else
      out.push(c.green(`\u2714 No problems found (${counts})`));
  } else {
    const line = `\u2716 ${plural(problems, "problem")} (${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.notes, "note")})`;
    out.push(c.bold(summary.errors > 0 ? c.red(line) : c.yellow(line)));
  }
  const fixable = fixableCount(result);
  if (fixable > 0)
    out.push(c.dim(`  ${plural(fixable, "problem")} fixable with --fix (preview: --fix-dry-run)`));
  if (summary.suppressed > 0) {
    out.push(c.dim(`  ${plural(summary.suppressed, "suppressed finding")} not shown`));
  }
  return `${out.join("\n")}
`;
}
function readCounts(result) {
  const linted = result.filesLinted;
  if (linted === void 0)
    return `${plural(result.filesRead, "file")}, ${plural(result.documentsRead, "document")}`;
  const context = result.filesRead - linted;
  return `${plural(linted, "file")} linted${context > 0 ? `, ${context} more read for context` : ""}, ${plural(result.documentsRead, "document")}`;
}
function groupFindings(findings) {
  const files = /* @__PURE__ */ new Map();
  const live = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const loc = f.location;
    const map = loc.kind === "file" ? files : live;
    const title = escapeControls(loc.kind === "file" ? loc.file.relPath : loc.displayName);
    let group = map.get(title);
    if (group === void 0) {
      group = { title, live: loc.kind !== "file", ...loc.kind === "logical" && loc.uri ? { uri: escapeControls(loc.uri) } : {}, rows: [] };
      map.set(title, group);
    }
    group.rows.push(toRow(f));
  }
  const byTitle = (a, b) => a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
  const ordered = [...[...files.values()].sort(byTitle), ...[...live.values()].sort(byTitle)];
  for (const g of ordered)
    g.rows.sort(compareRows);
  return ordered;
}
function compareRows(a, b) {
  if (typeof a.sortKey === "number" && typeof b.sortKey === "number")
    return a.sortKey - b.sortKey;
  return String(a.sortKey) < String(b.sortKey) ? -1 : String(a.sortKey) > String(b.sortKey) ? 1 : 0;
}
function toRow(f) {
  const loc = f.location;
  const where = loc.kind === "file" ? lineCol(loc.file, loc.span.start) : escapeControls(formatFieldPath(loc.path)) || "(object)";
  return {
    where,
    level: f.level,
    message: oneLine(f.message).replace(/\.$/, ""),
    ruleId: escapeControls(f.ruleId),
    related: f.related.map((r) => `${describe(r.location)} ${oneLine(r.message)}`.trimEnd()),
    sortKey: loc.kind === "file" ? loc.span.start : where
  };
}
function lineCol(file, offset) {
  const p = positionOf(file, offset);
  return `${p.line}:${p.column}`;
}
function describe(loc) {
  if (loc.kind === "file")
    return `${escapeControls(loc.file.relPath)}:${lineCol(loc.file, loc.span.start)}`;
  const path = escapeControls(formatFieldPath(loc.path));
  const name = escapeControls(loc.displayName);
  return path === "" ? name : `${name} ${path}`;
}
function oneLine(s) {
  return escapeControls(s.replace(/\s*[\r\n]+\s*/g, " ").trim());
}
function renderGroup(group, c, width) {
  const rows = group.rows;
  const levelWidth = widest(rows.map((r) => r.level.length));
  let renderWhere;
  let whereWidth;
  if (group.live) {
    whereWidth = widest(rows.map((r) => r.where.length));
    renderWhere = (r) => c.dim(r.where.padEnd(whereWidth));
  } else {
    const parts = rows.map((r) => r.where.split(":"));
    const lw = widest(parts.map((p) => p[0].length));
    const cw = widest(parts.map((p) => p[1].length));
    whereWidth = lw + 1 + cw;
    renderWhere = (r) => {
      const [l, col] = r.where.split(":");
      return c.dim(`${l.padStart(lw)}:${col.padEnd(cw)}`);
    };
  }
  const fixed = 2 + whereWidth + 2 + levelWidth + 2;
  const fits = (r) => width === void 0 || fixed + r.message.length + 2 + r.ruleId.length <= width;
  const messageWidth = widest(rows.filter(fits).map((r) => r.message.length));
  const ruleWidth = widest(rows.filter(fits).map((r) => r.ruleId.length));
  const out = ["", c.underline(group.title)];
  if (group.uri)
    out.push(c.dim(`  \u2192 ${group.uri}`));
  for (const r of rows) {
    if (!fits(r)) {
      out.push(`  ${renderWhere(r)}  ${paintLevel(c, r.level, levelWidth)}  ${c.dim(r.ruleId)}`.trimEnd());
      for (const line of wrapWords(r.message, Math.max(20, width - 6)))
        out.push(`      ${line}`);
    } else if (width !== void 0 && fixed + messageWidth + 2 + ruleWidth > width) {
      out.push(`  ${renderWhere(r)}  ${paintLevel(c, r.level, levelWidth)}  ${r.message.padEnd(Math.max(r.message.length, width - fixed - 2 - r.ruleId.length))}  ${c.dim(r.ruleId)}`.trimEnd());
    } else {
      out.push(`  ${renderWhere(r)}  ${paintLevel(c, r.level, levelWidth)}  ${r.message.padEnd(messageWidth)}  ${c.dim(r.ruleId)}`.trimEnd());
    }
    for (const rel of r.related)
      out.push(`${" ".repeat(whereWidth + 4)}${c.dim(`\u21B3 ${rel}`)}`);
  }
  return out;
}
function paintLevel(c, level, width) {
  const padded = level.padEnd(width);
  return level === "error" ? c.red(padded) : level === "warning" ? c.yellow(padded) : c.blue(padded);
}
function renderNotifications(result, c) {
  const rows = result.notifications.map((n) => ({
    level: n.level,
    message: oneLine(n.file && !n.message.startsWith(n.file) ? `${n.file}: ${n.message}` : n.message).replace(/\.$/, ""),
    id: escapeControls(n.id)
  }));
  const levelWidth = widest(rows.map((r) => r.level.length));
  const messageWidth = widest(rows.map((r) => r.message.length));
  const out = ["", c.underline("Tool problems")];
  for (const r of rows) {
    out.push(`  ${paintLevel(c, r.level, levelWidth)}  ${r.message.padEnd(messageWidth)}  ${c.dim(r.id)}`.trimEnd());
  }
  return out;
}
function wrapWords(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line === "")
      line = word;
    else if (line.length + 1 + word.length <= width)
      line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "")
    lines.push(line);
  return lines;
}
function widest(lengths) {
  let max = 0;
  for (const n of lengths)
    if (n > max)
      max = n;
  return max;
}

// dist/src/report/uri.js
import { relative, resolve, sep } from "node:path";
function relativeUri(relPath) {
  return relPath.replace(/\\/g, "/").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function directoryUri(absPath, toFileUrl) {
  const href = toFileUrl(absPath).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function repositoryPath(result, relPath) {
  if (!result.repositoryRoot || result.repositoryRoot === result.root)
    return relPath;
  return relative(result.repositoryRoot, resolve(result.root, relPath)).split(sep).join("/");
}

// dist/src/report/github.js
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function formatGithub(result, _options = {}) {
  const lines = [];
  for (const f of result.findings)
    if (isActive(f))
      lines.push(findingCommand(f, result));
  for (const n of result.notifications) {
    const props = [];
    if (n.file !== void 0)
      props.push(["file", n.file]);
    props.push(["title", `vvp-kv-lint: ${n.id}`]);
    lines.push(command(COMMAND[n.level], props, n.message));
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
}
function findingCommand(f, result) {
  const loc = f.location;
  const props = [];
  let message = f.message;
  if (loc.kind === "file") {
    const r = regionOf(loc.file, loc.span);
    props.push(["file", repositoryPath(result, loc.file.relPath)], ["line", String(r.startLine)]);
    if (r.startLine === r.endLine)
      props.push(["col", String(r.startColumn)]);
    props.push(["endLine", String(r.endLine)]);
    if (r.startLine === r.endLine)
      props.push(["endColumn", String(r.endColumn)]);
    props.push(["title", f.ruleId]);
  } else {
    props.push(["title", `${f.ruleId} (${loc.displayName})`]);
    const path = formatFieldPath(loc.path);
    if (path !== "")
      message = `${path}: ${message}`;
  }
  for (const r of f.related)
    message += `
\u21B3 ${describe(r.location)} ${r.message}`.trimEnd();
  return command(COMMAND[f.level], props, message);
}
function command(name, props, message) {
  const p = props.map(([k, v]) => `${k}=${escapeProperty(escapeControls(v))}`).join(",");
  return `::${name}${p === "" ? "" : ` ${p}`}::${escapeData(escapeControls(message, { keepNewlines: true }))}`;
}

// dist/src/report/json.js
var JSON_FORMAT_VERSION = 1;
function formatJson(result, options = {}) {
  const summary = summarize(result);
  const doc = {
    version: JSON_FORMAT_VERSION,
    tool: { name: "vvp-kv-lint", version: result.toolVersion },
    root: result.root,
    executionSuccessful: result.executionSuccessful,
    summary: { ...summary, files: result.filesRead, documents: result.documentsRead, ...result.filesLinted !== void 0 ? { filesLinted: result.filesLinted } : {}, fixable: fixableCount(result), failedReads: failedReads(result).count },
    findings: result.findings.map(findingJson),
    notifications: result.notifications.map((n) => ({
      id: n.id,
      level: n.level,
      message: n.message,
      file: n.file ?? null,
      incomplete: n.incomplete ?? false
    }))
  };
  return `${JSON.stringify(doc, null, options.indent ?? 2)}
`;
}
function findingJson(f) {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: f.message,
    ...locationJson(f.location),
    related: f.related.map((r) => ({ message: r.message, ...locationJson(r.location) })),
    fingerprint: f.objectFingerprint,
    suppressed: isSuppressed(f),
    suppressions: (f.suppressions ?? []).map((s) => ({ kind: s.kind, justification: s.justification })),
    baselineState: f.baselineState ?? null,
    fix: fixJson(f)
  };
}
function locationJson(loc) {
  if (loc.kind === "file") {
    return { file: loc.file.relPath, ...regionOf(loc.file, loc.span), logical: null };
  }
  return {
    file: null,
    startLine: null,
    startColumn: null,
    endLine: null,
    endColumn: null,
    logical: {
      source: loc.source,
      fullyQualifiedName: loc.fullyQualifiedName,
      displayName: loc.displayName,
      path: formatFieldPath(loc.path),
      uri: loc.uri ?? null
    }
  };
}
function fixJson(f) {
  const loc = f.location;
  if (f.fix === void 0 || loc.kind !== "file")
    return null;
  return {
    description: f.fix.description,
    edits: f.fix.edits.map((e) => ({ ...regionOf(loc.file, e.span, "exact"), text: e.text }))
  };
}

// dist/src/report/sarif.js
import { pathToFileURL as pathToFileURL2 } from "node:url";

// dist/src/report/line-hash.js
var BLOCK_SIZE = 100;
var MOD = 37;
var TWO_32 = 4294967296;
var [FIRST_MOD_HI, FIRST_MOD_LO] = (() => {
  let hi = 0;
  let lo = 1;
  for (let i = 0; i < BLOCK_SIZE; i++) {
    const l = lo * MOD;
    lo = l % TWO_32;
    hi = (hi * MOD + Math.floor(l / TWO_32)) % TWO_32;
  }
  return [hi, lo];
})();
var TAB = 9;
var LF = 10;
var CR = 13;
var SPACE = 32;
var EOF_MARK = 65535;
function computeLineHashes(text) {
  const hashes = [];
  const window = new Array(BLOCK_SIZE).fill(0);
  const lineNumbers = new Array(BLOCK_SIZE).fill(-1);
  const hashCounts = /* @__PURE__ */ new Map();
  let hashHi = 0;
  let hashLo = 0;
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let prevCR = false;
  const outputHash = () => {
    const value = hashHi === 0 ? hashLo.toString(16) : hashHi.toString(16) + hashLo.toString(16).padStart(8, "0");
    const count = (hashCounts.get(value) ?? 0) + 1;
    hashCounts.set(value, count);
    hashes[lineNumbers[index] - 1] = `${value}:${count}`;
    lineNumbers[index] = -1;
  };
  const updateHash = (current) => {
    const begin = window[index];
    window[index] = current;
    let lo = hashLo * MOD + current;
    let hi = hashHi * MOD + Math.floor(lo / TWO_32);
    lo %= TWO_32;
    if (begin !== 0) {
      const pl = begin * FIRST_MOD_LO;
      const ph = begin * FIRST_MOD_HI + Math.floor(pl / TWO_32);
      lo -= pl % TWO_32;
      if (lo < 0) {
        lo += TWO_32;
        hi -= 1;
      }
      hi -= ph % TWO_32;
    }
    hashLo = lo;
    hashHi = (hi % TWO_32 + TWO_32) % TWO_32;
    index = (index + 1) % BLOCK_SIZE;
  };
  for (let i = 0, len = text.length; i <= len; i++) {
    let current = i === len ? EOF_MARK : text.charCodeAt(i);
    if (current === SPACE || current === TAB || prevCR && current === LF) {
      prevCR = false;
      continue;
    }
    if (current === CR) {
      current = LF;
      prevCR = true;
    } else {
      prevCR = false;
    }
    if (lineNumbers[index] !== -1)
      outputHash();
    if (lineStart) {
      lineStart = false;
      lineNumber++;
      lineNumbers[index] = lineNumber;
    }
    if (current === LF)
      lineStart = true;
    updateHash(current);
  }
  for (let i = 0; i < BLOCK_SIZE; i++) {
    if (lineNumbers[index] !== -1)
      outputHash();
    updateHash(0);
  }
  return hashes;
}
var cache = /* @__PURE__ */ new WeakMap();
function primaryLocationLineHash(file, line) {
  let hashes = cache.get(file);
  if (hashes === void 0) {
    hashes = computeLineHashes(file.text);
    cache.set(file, hashes);
  }
  return hashes[line - 1];
}

// dist/src/report/sarif.js
import { resolve as resolve2 } from "node:path";

// dist/src/report/sarif-locations.js
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
var SRCROOT = "%SRCROOT%";
var ArtifactTable = class {
  toPath;
  toAbsolute;
  indexes = /* @__PURE__ */ new Map();
  /** `toPath` maps a project-relative path to the path GitHub resolves (see repositoryPath). */
  constructor(toPath = (p) => p, toAbsolute) {
    this.toPath = toPath;
    this.toAbsolute = toAbsolute;
  }
  artifacts = [];
  locationOf(projectPath) {
    const relPath = this.toPath(projectPath);
    let index = this.indexes.get(relPath);
    const outside = this.toAbsolute !== void 0 && (relPath === ".." || relPath.startsWith("../") || isAbsolute(relPath));
    const uri = outside ? pathToFileURL(this.toAbsolute(projectPath)).href : relativeUri(relPath);
    const base = outside ? {} : { uriBaseId: SRCROOT };
    if (index === void 0) {
      index = this.artifacts.length;
      this.indexes.set(relPath, index);
      this.artifacts.push({ location: { uri, ...base }, roles: ["analysisTarget"] });
    }
    return { uri, ...base, index };
  }
};
function physicalLocation(artifacts, file, span, mode = "display") {
  return { artifactLocation: artifacts.locationOf(file.relPath), region: regionOf(file, span, mode) };
}
function logicalLocations(loc) {
  const fqn = loc.fullyQualifiedName;
  const entry = {
    fullyQualifiedName: fqn,
    name: fqn.slice(fqn.lastIndexOf("/") + 1),
    kind: "object"
  };
  const properties = { displayName: loc.displayName, source: loc.source };
  const path = formatFieldPath(loc.path);
  if (path !== "")
    properties["fieldPath"] = path;
  if (loc.uri !== void 0)
    properties["uri"] = loc.uri;
  entry["properties"] = properties;
  return [entry];
}

// dist/src/report/sarif.js
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var OBJECT_FINGERPRINT_KEY = "vvpKvLintObject/v1";
var LIVE_OMITTED_ID = "sarif-live-findings-omitted";
function formatSarif(result, options = {}) {
  return `${JSON.stringify(buildSarif(result, options), null, options.indent ?? 2)}
`;
}
function buildSarif(result, options = {}) {
  const keepLive = options.liveFindings === "logical";
  const artifacts = new ArtifactTable((rel) => repositoryPath(result, rel), (rel) => resolve2(result.root, rel));
  const rules = ruleTable(result);
  const findings = keepLive ? result.findings : result.findings.filter((f) => f.location.kind === "file");
  const results = findings.map((f) => resultJson(f, rules.index.get(f.ruleId), artifacts, keepLive));
  const notifications = result.notifications.map((n) => notificationJson(n, artifacts));
  const omitted = result.findings.length - findings.length;
  if (omitted > 0) {
    notifications.push({
      level: "warning",
      message: {
        text: `${omitted} finding${omitted === 1 ? "" : "s"} on live objects (no file location) left out of this SARIF log, because GitHub code scanning rejects results without a file location; use the text or json format to see them.`
      },
      descriptor: { id: LIVE_OMITTED_ID }
    });
  }
  const root = directoryUri(result.repositoryRoot ?? result.root, pathToFileURL2);
  const version = result.toolVersion;
  const driver = { name: "vvp-kv-lint", version };
  if (/^\d+\.\d+\.\d+(?:[-+].*)?$/.test(version))
    driver["semanticVersion"] = version;
  driver["informationUri"] = INFORMATION_URI;
  driver["rules"] = rules.descriptors;
  const invocation = {
    executionSuccessful: result.executionSuccessful,
    commandLine: result.commandLine,
    startTimeUtc: result.startTime.toISOString(),
    endTimeUtc: result.endTime.toISOString(),
    workingDirectory: { uri: directoryUri(options.workingDirectory ?? result.root, pathToFileURL2) },
    toolExecutionNotifications: notifications
  };
  const run = {
    tool: { driver },
    invocations: [invocation],
    originalUriBaseIds: { [SRCROOT]: { uri: root } },
    artifacts: artifacts.artifacts,
    results,
    columnKind: "utf16CodeUnits"
  };
  if (options.category !== void 0 && options.category !== "") {
    run["automationDetails"] = { id: options.category.endsWith("/") ? options.category : `${options.category}/` };
  }
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}
function ruleTable(result) {
  const metas = [...result.rules];
  const index = /* @__PURE__ */ new Map();
  metas.forEach((m, i) => {
    if (!index.has(m.id))
      index.set(m.id, i);
  });
  for (const f of result.findings) {
    if (!index.has(f.ruleId)) {
      index.set(f.ruleId, metas.length);
      metas.push(unknownRule(f.ruleId));
    }
  }
  return { descriptors: metas.map(reportingDescriptor), index };
}
function escapeMessage(text) {
  return text.replace(/[\\[\]]/g, (ch) => `\\${ch}`);
}
function locationJson2(loc, artifacts) {
  if (loc.kind === "file")
    return { physicalLocation: physicalLocation(artifacts, loc.file, loc.span) };
  return { logicalLocations: logicalLocations(loc) };
}
function resultJson(f, ruleIndex, artifacts, keepLive) {
  const loc = f.location;
  const out = { ruleId: f.ruleId, ruleIndex, level: f.level };
  const related = f.related.filter((r) => keepLive || r.location.kind === "file");
  let text = escapeMessage(sentence(f.message));
  if (related.length > 0) {
    const links = related.map((r, i) => `[${escapeMessage(describe(r.location))}](${i + 1})`);
    text += ` Related: ${links.join(", ")}.`;
  }
  out["message"] = { text };
  const primary = locationJson2(loc, artifacts);
  out["locations"] = [primary];
  if (related.length > 0) {
    out["relatedLocations"] = related.map((r, i) => ({
      id: i + 1,
      ...locationJson2(r.location, artifacts),
      message: { text: escapeMessage(sentence(r.message)) }
    }));
  }
  const fingerprints = {};
  if (loc.kind === "file") {
    const start = primary["physicalLocation"].region.startLine;
    const hash = primaryLocationLineHash(loc.file, start);
    if (hash !== void 0)
      fingerprints["primaryLocationLineHash"] = hash;
  }
  fingerprints[OBJECT_FINGERPRINT_KEY] = f.objectFingerprint;
  out["partialFingerprints"] = fingerprints;
  if (f.suppressions !== void 0 && f.suppressions.length > 0) {
    out["suppressions"] = f.suppressions.map((s) => {
      const sup = { kind: s.kind, justification: s.justification };
      if (s.status !== void 0)
        sup["status"] = s.status;
      return sup;
    });
  }
  if (f.baselineState !== void 0)
    out["baselineState"] = f.baselineState;
  if (f.fix !== void 0 && loc.kind === "file" && f.fix.edits.length > 0) {
    out["fixes"] = [
      {
        description: { text: sentence(f.fix.description) },
        artifactChanges: [
          {
            artifactLocation: artifacts.locationOf(loc.file.relPath),
            replacements: f.fix.edits.map((e) => {
              const replacement = { deletedRegion: physicalLocation(artifacts, loc.file, e.span, "exact").region };
              if (e.text !== "")
                replacement["insertedContent"] = { text: e.text };
              return replacement;
            })
          }
        ]
      }
    ];
  }
  return out;
}
function notificationJson(n, artifacts) {
  const out = { level: n.level, message: { text: sentence(n.message) }, descriptor: { id: n.id } };
  if (n.file !== void 0)
    out["locations"] = [{ physicalLocation: { artifactLocation: artifacts.locationOf(n.file) } }];
  return out;
}

// dist/src/report/color.js
function shouldColor({ isTTY, env: env2 }) {
  if (env2["NO_COLOR"] !== void 0 && env2["NO_COLOR"] !== "")
    return false;
  const force = env2["FORCE_COLOR"];
  if (force !== void 0)
    return force !== "0" && force !== "false";
  return isTTY === true && env2["TERM"] !== "dumb";
}

// dist/src/report/index.js
var FORMATS = ["text", "json", "sarif", "github"];
function formatResult(result, format, options = {}) {
  switch (format) {
    case "text":
      return formatText(result, { color: options.color ?? false, ...options.colorLevel ? { colorLevel: options.colorLevel } : {}, ...options.width ? { width: options.width } : {} });
    case "json":
      return formatJson(result, options);
    case "sarif":
      return formatSarif(result, options);
    case "github":
      return formatGithub(result, options);
  }
}

// dist/src/cli/options.js
var OUTPUT_OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "fail-level": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  category: { type: "string" },
  "sarif-live-findings": { type: "string" }
};
var PROJECT_OPTIONS = {
  config: { type: "string", short: "c" },
  "vvp-version": { type: "string" }
};
var SOURCE_OPTIONS = {
  "azure-state": { type: "string" },
  azure: { type: "boolean" },
  subscription: { type: "string", multiple: true },
  "node-resource-group": { type: "string", multiple: true },
  "vvp-url": { type: "string" },
  "vvp-token": { type: "string" },
  "vvp-namespace": { type: "string", multiple: true },
  /** ARM endpoint of a sovereign cloud or Azure Stack (default: from the SPCs' cloudName, else public Azure). */
  "arm-endpoint": { type: "string" }
};
var GATE_OPTIONS = {
  "fail-on-incomplete": { type: "boolean" },
  "max-warnings": { type: "string" }
};
function parseMaxWarnings(v) {
  if (v === void 0)
    return void 0;
  return /^\d+$/.test(v) ? Number(v) : `--max-warnings must be a non-negative integer, got "${v}"`;
}
var FAIL_LEVELS = ["error", "warning", "note", "none"];
function checkCommonFlags(flags) {
  const live = flags["sarif-live-findings"];
  if (live !== void 0 && live !== "omit" && live !== "logical")
    return `--sarif-live-findings must be omit or logical, got "${live}"`;
  if (flags.format !== void 0 && !FORMATS.includes(flags.format))
    return `unknown format "${flags.format}" (expected ${FORMATS.join(", ")})`;
  if (flags["fail-level"] !== void 0 && !FAIL_LEVELS.includes(flags["fail-level"])) {
    return `unknown fail level "${flags["fail-level"]}" (expected ${FAIL_LEVELS.join(", ")})`;
  }
  if (flags["vvp-version"] !== void 0 && !/^\d+\.\d+(\.\d+)?$/.test(flags["vvp-version"]))
    return `--vvp-version must look like 2.7 or 2.7.1, got "${flags["vvp-version"]}"`;
  return void 0;
}
function formatOf(flags) {
  return flags.format ?? "text";
}
function parseDurationSeconds(s) {
  const m = /^(\d+(?:\.\d+)?)(s|m)?$/.exec(s.trim());
  if (!m)
    return void 0;
  const n = Number(m[1]) * (m[2] === "m" ? 60 : 1);
  return n > 0 ? n : void 0;
}

// dist/src/cli/sources.js
import { resolve as resolve3 } from "node:path";
var AZURE_DEFAULT_TIMEOUT_S = 120;
function enrichFromFlags(flags, cwd, env2) {
  const steps = [];
  if (flags["azure-state"] && flags.azure)
    throw new UsageError("--azure-state and --azure are exclusive: lint against a snapshot or live ARM, not both");
  if (flags["azure-state"]) {
    const path = resolve3(cwd, flags["azure-state"]);
    steps.push(async (inv) => {
      const { readAzureStateFile } = await import("./state-file-K6J5DFWM.js");
      inv.azure = await readAzureStateFile(path, flags["azure-state"]);
    });
  } else if (flags.azure) {
    const subscriptions = flags.subscription ?? (env2["AZURE_SUBSCRIPTION_ID"] ? [env2["AZURE_SUBSCRIPTION_ID"]] : []);
    if (!subscriptions.length)
      throw new UsageError("--azure needs --subscription ID (repeatable) or AZURE_SUBSCRIPTION_ID");
    const armEndpoint = flags["arm-endpoint"];
    if (armEndpoint !== void 0 && !/^https?:\/\/[^/]/.test(armEndpoint))
      throw new UsageError(`--arm-endpoint must be an http(s) URL, got "${armEndpoint}"`);
    const timeoutSeconds = flags.timeout !== void 0 ? parseDurationSeconds(flags.timeout) : AZURE_DEFAULT_TIMEOUT_S;
    if (timeoutSeconds === void 0)
      throw new UsageError(`--timeout must be a number of seconds (or like 90s, 2m), got "${flags.timeout}"`);
    steps.push(async (inv) => {
      const { readAzureLive } = await import("./azure-live-KQG5P7FC.js");
      const { contentsWanted } = await import("./vault-contents-B4WWREWL.js");
      await readAzureLive(inv, { subscriptions, nodeResourceGroups: flags["node-resource-group"], armEndpoint, timeoutSeconds, vaultContents: contentsWanted(inv) });
    });
  } else if (flags["arm-endpoint"] !== void 0) {
    throw new UsageError("--arm-endpoint needs --azure");
  }
  if (flags["azure-state"] || flags.azure) {
    steps.push(async (inv) => {
      const { azureCoverageNotes } = await import("./coverage-5CKKSZEQ.js");
      inv.notifications.push(...azureCoverageNotes(inv));
      const { vaultContentsNotes } = await import("./object-check-ODLJMJQY.js");
      inv.notifications.push(...vaultContentsNotes(inv));
    });
  }
  const vvpTimeoutS = flags.timeout !== void 0 ? parseDurationSeconds(flags.timeout) : void 0;
  if (flags.timeout !== void 0 && vvpTimeoutS === void 0)
    throw new UsageError(`--timeout must be a number of seconds (or like 90s, 2m), got "${flags.timeout}"`);
  const vvpTimeoutMs = vvpTimeoutS !== void 0 ? vvpTimeoutS * 1e3 : void 0;
  if (flags["vvp-url"] !== void 0 || flags["vvp-token"] !== void 0 || (flags["vvp-namespace"]?.length ?? 0) > 0) {
    steps.push(async (inv) => {
      const { vvpEnricher } = await import("./enrich-AF36JOJ5.js");
      let read;
      await vvpEnricher(flags, { onRead: (r) => read = r, ...vvpTimeoutMs !== void 0 ? { timeoutMs: vvpTimeoutMs, requestTimeoutMs: vvpTimeoutMs } : {} })?.(inv);
      if (read && read.namespaces.length === 0 && read.notifications.some((n) => n.incomplete)) {
        const causes = read.notifications.filter((n) => n.incomplete).map((n) => n.message);
        throw new SourceError(`--vvp-url: nothing could be read from the VVP API: ${causes.slice(0, 3).join("; ")}${causes.length > 3 ? ` (and ${causes.length - 3} more)` : ""}`);
      }
    });
  }
  if (!steps.length)
    return void 0;
  return async (inv) => {
    for (const step of steps)
      await step(inv);
  };
}

// dist/src/cli/commands/lint.js
var LINT_OPTIONS = {
  ...OUTPUT_OPTIONS,
  ...PROJECT_OPTIONS,
  ...SOURCE_OPTIONS,
  ...GATE_OPTIONS,
  root: { type: "string" },
  baseline: { type: "string" },
  "report-unused-disables": { type: "boolean" },
  "no-report-unused-disables": { type: "boolean" },
  timeout: { type: "string" },
  rule: { type: "string", multiple: true },
  "print-config": { type: "string" },
  "stdin-filename": { type: "string" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" }
};
function parseLintArgs(args) {
  try {
    return parseArgs({ args, options: LINT_OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`${explainParseError(err, LINT_OPTIONS)}
Run vvp-kv-lint lint --help for usage.`);
  }
}
async function lintCommand(args, io) {
  let parsed;
  try {
    parsed = parseLintArgs(args);
  } catch (err) {
    io.stderr.write(`vvp-kv-lint: ${err.message}
`);
    return EXIT.ERROR;
  }
  const { values: flags, positionals } = parsed;
  const problem = checkCommonFlags(flags);
  if (problem)
    return usage(io, problem);
  const format = formatOf(flags);
  if (flags.fix && flags["fix-dry-run"])
    return usage(io, "--fix and --fix-dry-run cannot be used together");
  const maxWarnings = parseMaxWarnings(flags["max-warnings"]);
  if (typeof maxWarnings === "string")
    return usage(io, maxWarnings);
  const ruleOverrides = parseRuleFlags(flags.rule ?? []);
  if (typeof ruleOverrides === "string")
    return usage(io, ruleOverrides);
  if (flags["print-config"] !== void 0)
    return printConfig(io, flags["print-config"], { config: flags.config, root: flags.root, ruleOverrides });
  const fromStdin = positionals.includes("-");
  if (flags["stdin-filename"] !== void 0 && !fromStdin)
    return usage(io, '--stdin-filename needs "-" among the paths (stdin is read only for "-")');
  if (fromStdin && (flags.fix || flags["fix-dry-run"]))
    return usage(io, "--fix and --fix-dry-run cannot change stdin; lint the file itself");
  if (positionals.filter((p) => p === "-").length > 1)
    return usage(io, '"-" (stdin) may be given once');
  let stdin;
  if (fromStdin) {
    if (!io.readStdin)
      return usage(io, "stdin is not available");
    stdin = { text: await io.readStdin(), filename: flags["stdin-filename"] };
  }
  let run;
  let lintOptions;
  try {
    const enrich = enrichFromFlags(flags, io.cwd, io.env);
    run = await lint(lintOptions = {
      enrich: enrich ? (inventory) => enrich(inventory) : void 0,
      cwd: io.cwd,
      targets: positionals,
      configPath: flags.config,
      root: flags.root,
      vvpVersion: flags["vvp-version"],
      commandLine: safeCommandLine(["vvp-kv-lint", ...args]),
      baselinePath: flags.baseline,
      reportUnusedDisables: flags["report-unused-disables"] ? true : flags["no-report-unused-disables"] ? false : void 0,
      ci: isCi(io.env),
      stdin,
      ruleOverrides,
      env: io.env
    });
    if (run.rootOrigin === "paths") {
      io.stderr.write(`vvp-kv-lint: no .vvp-kv-lint.yaml and no git work tree: project root ${run.result.root}; only the paths given were read, references resolve among them (--root DIR to widen)
`);
    }
  } catch (err) {
    const exit = exitCodeForError(err);
    if (exit !== void 0) {
      io.stderr.write(`vvp-kv-lint: ${err.message}
`);
      return exit;
    }
    throw err;
  }
  const { result, config } = run;
  const failLevel = flags["fail-level"] ?? config.config.failLevel ?? "error";
  const emitOptions = {
    format,
    output: flags.output,
    quiet: flags.quiet === true,
    colorFlag: flags.color ? true : flags["no-color"] ? false : void 0,
    category: flags.category,
    failLevel,
    sarifLiveFindings: flags["sarif-live-findings"],
    failOnIncomplete: flags["fail-on-incomplete"] ?? config.config.failOnIncomplete ?? false,
    maxWarnings: maxWarnings ?? config.config.maxWarnings
  };
  if (flags.fix || flags["fix-dry-run"]) {
    const again = lintOptions;
    return fixMode(result, async (overlay) => (await lint(overlay ? { ...again, overlay } : again)).result, io, { dryRun: !flags.fix, reportToFile: flags.output !== void 0, emit: (r, out) => emit(r, out, emitOptions) });
  }
  return emit(result, io, emitOptions);
}
function emit(result, io, opts) {
  let shown = opts.quiet ? { ...result, findings: result.findings.filter((f) => f.level === "error") } : result;
  const baselined = opts.format === "text" || opts.format === "github" ? hideBaselined(shown) : { result: shown, hidden: 0 };
  shown = baselined.result;
  const toFile = opts.output !== void 0;
  const color = !toFile && opts.format === "text" && (opts.colorFlag ?? shouldColor({ isTTY: io.stdout.isTTY, env: io.env }));
  let text = formatResult(shown, opts.format, { color, category: opts.category, liveFindings: opts.sarifLiveFindings, width: toFile ? void 0 : terminalWidth(io) });
  if (opts.format === "text" && baselined.hidden > 0)
    text += `  ${baselined.hidden} finding${baselined.hidden === 1 ? "" : "s"} in the baseline not shown
`;
  if (toFile) {
    try {
      writeFileSync(resolve4(io.cwd, opts.output), text);
    } catch (err) {
      io.stderr.write(`vvp-kv-lint: cannot write ${opts.output}: ${err.code ?? err.message}
`);
      return EXIT.ERROR;
    }
  } else {
    io.stdout.write(text);
  }
  for (const n of result.notifications) {
    if (n.level === "error" && opts.format !== "text")
      io.stderr.write(`vvp-kv-lint: ${n.message}
`);
  }
  const incomplete = result.notifications.some((n) => n.incomplete);
  if (incomplete && result.filesRead === 0 && result.documentsRead === 0 && !result.findings.length)
    return EXIT.ERROR;
  const failed = failedReads(result);
  if (failed.count > 0 && opts.failOnIncomplete) {
    io.stderr.write(`vvp-kv-lint: incomplete: ${failed.count} read${failed.count === 1 ? "" : "s"} failed (${failed.detail}); exit 2 because of --fail-on-incomplete / failOnIncomplete
`);
    return EXIT.ERROR;
  }
  if (exceedsFailLevel(result, opts.failLevel))
    return EXIT.FINDINGS;
  if (opts.maxWarnings !== void 0) {
    const warnings = result.findings.filter((f) => f.level === "warning" && isActive(f) && f.baselineState !== "unchanged").length;
    if (warnings > opts.maxWarnings) {
      io.stderr.write(`vvp-kv-lint: too many warnings: ${warnings} (maximum: ${opts.maxWarnings})
`);
      return EXIT.FINDINGS;
    }
  }
  return EXIT.OK;
}
function terminalWidth(io) {
  const fromEnv = Number(io.env["COLUMNS"]);
  if (Number.isInteger(fromEnv) && fromEnv >= 40)
    return fromEnv;
  return io.stdout.isTTY && typeof io.stdout.columns === "number" && io.stdout.columns >= 40 ? io.stdout.columns : void 0;
}
function isCi(env2) {
  const v = env2["CI"];
  return v !== void 0 && v !== "" && v !== "0" && v.toLowerCase() !== "false";
}
function usage(io, message) {
  io.stderr.write(`vvp-kv-lint: ${message}
Run vvp-kv-lint --help for usage.
`);
  return EXIT.ERROR;
}

export {
  OUTPUT_OPTIONS,
  PROJECT_OPTIONS,
  SOURCE_OPTIONS,
  GATE_OPTIONS,
  parseMaxWarnings,
  checkCommonFlags,
  formatOf,
  enrichFromFlags,
  LINT_OPTIONS,
  parseLintArgs,
  lintCommand,
  emit,
  isCi
};
