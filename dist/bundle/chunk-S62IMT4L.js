import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  safeParseMessage
} from "./chunk-E25BTTLQ.js";
import {
  scopeSegments
} from "./chunk-3RKSW4DP.js";
import {
  liveObject
} from "./chunk-QY4OY53H.js";
import {
  require_dist
} from "./chunk-IQHK5HTI.js";
import {
  CSI_DRIVER_NAME,
  isRecord
} from "./chunk-CXGTUAC5.js";
import {
  __commonJS,
  __toESM
} from "./chunk-36LOSZW6.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// dist/src/model/pod-sources.js
var import_picomatch = __toESM(require_picomatch2(), 1);
var import_yaml5 = __toESM(require_dist(), 1);

// dist/src/load/embedded.js
var import_yaml2 = __toESM(require_dist(), 1);

// dist/src/load/locate.js
var import_yaml = __toESM(require_dist(), 1);
function walk(root, path) {
  const steps = [];
  if (!root)
    return { steps, complete: false };
  steps.push({ node: root });
  let node = root;
  for (const seg of path) {
    let next;
    if ((0, import_yaml.isMap)(node)) {
      const pair = findPair(node.items, seg);
      if (pair && pair.value && !isEmptyScalar(pair.value))
        next = { node: pair.value, pair };
      else if (pair) {
        steps.push({ node: pair.key, pair });
        return { steps, complete: false };
      }
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
      const item = node.items[seg];
      if (item && !(0, import_yaml.isPair)(item))
        next = { node: item };
    }
    if (!next)
      return { steps, complete: false };
    steps.push(next);
    node = next.node;
  }
  return { steps, complete: true };
}
function isEmptyScalar(node) {
  return (0, import_yaml.isScalar)(node) && node.value === null && (node.source === "" || node.source === void 0) && !!node.range && node.range[0] === node.range[1];
}
function findPair(items, seg) {
  const want = String(seg);
  let found;
  for (const p of items) {
    const k = p.key;
    if ((0, import_yaml.isScalar)(k) && String(k.value) === want)
      found = p;
  }
  return found;
}
function nodeSpan(node) {
  const r = node.range;
  if (!r)
    return void 0;
  return { start: r[0], end: r[1] };
}
function firstLineSpan(text, span) {
  let end = text.indexOf("\n", span.start);
  if (end < 0 || end > span.end)
    end = span.end;
  if (end > span.start && text.charCodeAt(end - 1) === 13)
    end--;
  return { start: span.start, end: Math.max(end, span.start) };
}
function spanFor(text, step, target) {
  const { node, pair } = step;
  if (pair && (target === "key" || (0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node))) {
    const ks = pair.key ? nodeSpan(pair.key) : void 0;
    if (ks)
      return ks;
  }
  const s = nodeSpan(node) ?? { start: 0, end: 0 };
  if ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node))
    return firstLineSpan(text, s);
  return s;
}
function yamlLocator(file, root, prefix = []) {
  return {
    locate(path, target = "value") {
      const { steps, complete } = walk(root, prefix.length ? [...prefix, ...path] : path);
      let last = steps[steps.length - 1];
      if (!last)
        return { kind: "file", file, span: { start: 0, end: 0 }, exact: false };
      if (!complete && steps.length === 1 && (0, import_yaml.isMap)(last.node)) {
        const kindPair = findPair(last.node.items, "kind");
        if (kindPair?.value)
          last = { node: kindPair.value, pair: kindPair };
      }
      const span = spanFor(file.text, last, complete ? target : "key");
      return { kind: "file", file, span, exact: complete };
    }
  };
}

// dist/src/model/lines.js
var cache = /* @__PURE__ */ new Map();
var CACHE_MAX = 64;
function lineStarts(text) {
  let starts = cache.get(text);
  if (starts)
    return starts;
  starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1))
    starts.push(i + 1);
  if (cache.size >= CACHE_MAX)
    cache.delete(cache.keys().next().value);
  cache.set(text, starts);
  return starts;
}
function lineIndex(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >>> 1;
    if (starts[mid] <= offset)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo;
}
function lineColumn(text, offset) {
  const starts = lineStarts(text);
  const i = lineIndex(starts, offset);
  return { line: i + 1, column: offset - starts[i] + 1 };
}

// dist/src/load/embedded.js
var EmbeddedYaml = class _EmbeddedYaml {
  file;
  text;
  map;
  scalarSpan;
  doc;
  value;
  /** Parse errors of the embedded text, with spans in outer-file coordinates. */
  errors = [];
  constructor(file, text, map, scalarSpan) {
    this.file = file;
    this.text = text;
    this.map = map;
    this.scalarSpan = scalarSpan;
    this.doc = (0, import_yaml2.parseDocument)(text, { prettyErrors: false, uniqueKeys: false });
    for (const e of this.doc.errors) {
      this.errors.push({ message: safeParseMessage(e.message), span: this.outer({ start: e.pos[0], end: e.pos[1] }) });
    }
    let value;
    try {
      value = this.doc.errors.length ? void 0 : this.doc.toJS({ maxAliasCount: 100 });
    } catch (err) {
      this.errors.push({ message: safeParseMessage(err.message), span: scalarSpan });
    }
    this.value = value;
  }
  /** Embeds the string held by `scalar`, a node of `outer` (file text or another embedded text). */
  static fromScalar(scalar, outer) {
    const text = typeof scalar.value === "string" ? scalar.value : String(scalar.value ?? "");
    const local = literalBlockMap(outer.text, scalar, text);
    const own = nodeSpan(scalar) ?? { start: 0, end: 0 };
    const scalarSpan = outer.scalarSpan(own);
    const map = local ? (off) => outer.toFile(local(off)) : void 0;
    return new _EmbeddedYaml(outer.file, text, map, scalarSpan);
  }
  /** Embeds a top-level scalar of a file. */
  static inFile(file, scalar) {
    return _EmbeddedYaml.fromScalar(scalar, { file, text: file.text, toFile: (o) => o, scalarSpan: (s) => s });
  }
  /** Embeds a scalar found inside this embedded document (YAML inside YAML inside YAML). */
  nested(scalar) {
    return _EmbeddedYaml.fromScalar(scalar, {
      file: this.file,
      text: this.text,
      toFile: (o) => this.map ? this.map(o) : this.scalarSpan.start,
      scalarSpan: (s) => this.outer(s)
    });
  }
  /** Converts a span of the embedded text to the outer file. */
  outer(span) {
    if (!this.map)
      return this.scalarSpan;
    const start = this.map(span.start);
    const end = span.end > span.start ? this.map(span.end - 1) + 1 : start;
    return { start, end: Math.max(start, end) };
  }
  get root() {
    return this.doc.contents ?? null;
  }
  /** The scalar node at `path` (for nesting), if it is a scalar. */
  scalarAt(path) {
    const { steps, complete } = walk(this.root, path);
    const last = steps[steps.length - 1];
    return complete && last && (0, import_yaml2.isScalar)(last.node) ? last.node : void 0;
  }
  locator() {
    return {
      locate: (path, target = "value") => this.locate(path, target)
    };
  }
  locate(path, target = "value") {
    const { steps, complete } = walk(this.root, path);
    const last = steps[steps.length - 1];
    if (!last || !this.map)
      return { kind: "file", file: this.file, span: this.scalarSpan, exact: false };
    return { kind: "file", file: this.file, span: this.outer(spanFor(this.text, last, complete ? target : "key")), exact: complete };
  }
};
function literalBlockMap(outerText, scalar, value) {
  if (scalar.type !== import_yaml2.Scalar.BLOCK_LITERAL || !scalar.range)
    return void 0;
  const [start, valueEnd] = scalar.range;
  const headerEnd = outerText.indexOf("\n", start);
  if (headerEnd < 0 || headerEnd >= valueEnd)
    return void 0;
  const srcLineStarts = [];
  for (let p = headerEnd + 1; p <= valueEnd && p < outerText.length; ) {
    srcLineStarts.push(p);
    const nl = outerText.indexOf("\n", p);
    if (nl < 0)
      break;
    p = nl + 1;
  }
  let indent = -1;
  for (const ls of srcLineStarts) {
    let i = ls;
    while (outerText.charCodeAt(i) === 32)
      i++;
    const c = outerText.charCodeAt(i);
    if (c !== 10 && c !== 13 && !Number.isNaN(c)) {
      indent = i - ls;
      break;
    }
  }
  if (indent < 0)
    return void 0;
  const valueLineStarts = [0];
  for (let i = value.indexOf("\n"); i >= 0; i = value.indexOf("\n", i + 1))
    valueLineStarts.push(i + 1);
  return (off) => {
    const lo = lineIndex(valueLineStarts, off);
    const src = srcLineStarts[lo];
    if (src === void 0)
      return valueEnd;
    return Math.min(src + indent + (off - valueLineStarts[lo]), valueEnd);
  };
}

// dist/src/model/spc.js
var import_yaml3 = __toESM(require_dist(), 1);
var import_yaml4 = __toESM(require_dist(), 1);
var IDENTITY_FLAGS = ["usePodIdentity", "useVMManagedIdentity", "useAzureTokenProxy"];
var PARAMS_PATH = ["spec", "parameters"];
var SpcView = class {
  object;
  constructor(object) {
    this.object = object;
  }
  get spec() {
    const s = this.object.body["spec"];
    return isRecord(s) ? s : void 0;
  }
  get provider() {
    return this.spec?.["provider"];
  }
  get isAzure() {
    return isAzureProvider(this.provider);
  }
  get parameters() {
    const p = this.spec?.["parameters"];
    return isRecord(p) ? p : void 0;
  }
  /** A parameter as the provider sees it: strings only, trimmed. Non-strings are undefined (CRD rejects them). */
  param(name) {
    const v = this.parameters?.[name];
    return typeof v === "string" ? v.trim() : void 0;
  }
  has(name) {
    return this.parameters !== void 0 && Object.hasOwn(this.parameters, name);
  }
  /** Go strconv.ParseBool on a flag; empty/absent = false; unparsable = undefined. */
  flag(name) {
    const v = this.param(name);
    if (v === void 0 || v === "")
      return this.has(name) && typeof this.parameters?.[name] === "boolean" ? this.parameters[name] : false;
    return parseGoBool(v);
  }
  /** The identity mode the provider (v1.8) would pick; conflicts resolve to the first flag set. */
  get identityMode() {
    if (this.flag("usePodIdentity"))
      return "pod-identity";
    if (this.flag("useVMManagedIdentity"))
      return this.param("userAssignedIdentityID") ? "vm-user-assigned" : "vm-system-assigned";
    if (this.flag("useAzureTokenProxy"))
      return "identity-binding";
    if (this.param("clientID"))
      return "workload-identity";
    return "service-principal";
  }
  get tenant() {
    const v1 = this.param("tenantID");
    if (v1)
      return { key: "tenantID", value: v1 };
    const v2 = this.param("tenantId");
    if (v2)
      return { key: "tenantId", value: v2 };
    return void 0;
  }
  locate(path, target) {
    return this.object.locator.locate(path, target);
  }
  paramPath(name) {
    return [...PARAMS_PATH, name];
  }
  objectsCache;
  /** The parsed `objects` parameter. */
  get objects() {
    return this.objectsCache ??= parseObjects(this);
  }
  /** File names written into the volume (for secretObjects and collisions). */
  get fileNames() {
    const names = /* @__PURE__ */ new Set();
    for (const e of this.objects.entries)
      if (e.fileName)
        names.add(e.fileName);
    return names;
  }
};
var views = /* @__PURE__ */ new WeakMap();
var restored = /* @__PURE__ */ new WeakMap();
function restoreSpcFacts(o, facts) {
  restored.set(o, facts);
}
function spcView(o) {
  let v = views.get(o);
  if (!v)
    views.set(o, v = new SpcView(o));
  return v;
}
function isAzureProvider(p) {
  return typeof p === "string" && p === "azure";
}
var GO_TRUE = /* @__PURE__ */ new Set(["1", "t", "T", "TRUE", "true", "True"]);
var GO_FALSE = /* @__PURE__ */ new Set(["0", "f", "F", "FALSE", "false", "False"]);
function parseGoBool(s) {
  if (GO_TRUE.has(s))
    return true;
  if (GO_FALSE.has(s))
    return false;
  return void 0;
}
function parseObjects(view) {
  const objectsPath = view.paramPath("objects");
  const raw = view.parameters?.["objects"];
  const here = (target = "value") => view.locate(objectsPath, target);
  if (raw === void 0 || raw === null || typeof raw === "string" && raw.trim() === "") {
    return { error: { message: raw === void 0 ? "`objects` is not set; list the Key Vault objects to mount" : "`objects` is empty; list the Key Vault objects to mount", location: here() }, entries: [] };
  }
  if (typeof raw !== "string")
    return { error: { message: "`objects` must be a YAML string (use `objects: |`)", location: here() }, entries: [] };
  const o = view.object;
  const known = restored.get(o)?.objects;
  if (known)
    return known();
  const scalar = scalarAt(o, objectsPath);
  if (o.source.kind === "file" && scalar)
    return parseEmbeddedObjects(EmbeddedYaml.inFile(o.source.file, scalar), here);
  return parsePlainObjects(raw, here);
}
function parseEmbeddedObjects(outer, here) {
  if (outer.errors.length) {
    return { error: { message: `\`objects\` is not valid YAML: ${outer.errors[0].message}`, location: { ...here(), span: outer.errors[0].span, exact: true } }, entries: [] };
  }
  const value = outer.value;
  if (!isRecord(value) || !Array.isArray(value["array"])) {
    return { error: { message: "`objects` must hold a key `array` with a list of YAML strings", location: here() }, entries: [] };
  }
  const entries = [];
  value["array"].forEach((item, index) => {
    const itemLoc = outer.locate(["array", index]);
    if (typeof item !== "string") {
      entries.push({ index, fields: void 0, error: "an `array` entry must be a YAML string (use `- |`)", locate: () => itemLoc, fileName: void 0 });
      return;
    }
    const itemScalar = outer.scalarAt(["array", index]);
    const inner = itemScalar ? outer.nested(itemScalar) : void 0;
    if (!inner || inner.errors.length || inner.value !== void 0 && inner.value !== null && !isRecord(inner.value)) {
      const msg = inner?.errors[0]?.message ?? "not a YAML mapping";
      entries.push({ index, fields: void 0, error: `entry ${index} is not valid: ${msg}`, locate: () => inner?.errors[0] ? { ...itemLoc, span: inner.errors[0].span } : itemLoc, fileName: void 0 });
      return;
    }
    const fields = isRecord(inner.value) ? inner.value : {};
    entries.push({
      index,
      fields,
      locate: (field, target = "value") => field ? inner.locate([field], target) : itemLoc,
      fileName: fileNameOf(fields)
    });
  });
  return { entries };
}
function parsePlainObjects(raw, here) {
  let value;
  try {
    value = (0, import_yaml4.parse)(raw, { maxAliasCount: 100 });
  } catch (err) {
    return { error: { message: `\`objects\` is not valid YAML: ${err.message.split("\n")[0]}`, location: here() }, entries: [] };
  }
  if (!isRecord(value) || !Array.isArray(value["array"]))
    return { error: { message: "`objects` must hold a key `array` with a list of YAML strings", location: here() }, entries: [] };
  const entries = value["array"].map((item, index) => {
    let fields;
    let error;
    if (typeof item !== "string")
      error = "an `array` entry must be a YAML string (use `- |`)";
    else {
      try {
        const v = (0, import_yaml4.parse)(item);
        if (v === null || v === void 0)
          fields = {};
        else if (isRecord(v))
          fields = v;
        else
          error = `entry ${index} is not a YAML mapping`;
      } catch (err) {
        error = `entry ${index} is not valid: ${err.message.split("\n")[0]}`;
      }
    }
    return { index, fields, error, locate: () => here(), fileName: fields ? fileNameOf(fields) : void 0 };
  });
  return { entries };
}
function fileNameOf(fields) {
  const alias = typeof fields["objectAlias"] === "string" ? fields["objectAlias"].trim() : "";
  if (alias)
    return alias;
  const name = fields["objectName"];
  return typeof name === "string" && name.trim() ? name.trim() : typeof name === "number" ? String(name) : void 0;
}
function scalarAt(o, path) {
  const params = restored.get(o)?.paramScalars;
  if (params && path.length === 3 && path[0] === PARAMS_PATH[0] && path[1] === PARAMS_PATH[1] && typeof path[2] === "string" && params.has(path[2])) {
    const known = params.get(path[2]);
    if (!known)
      return void 0;
    const value = o.body["spec"]["parameters"][path[2]];
    const scalar = new import_yaml3.Scalar(value);
    scalar.type = known.type;
    scalar.source = known.source;
    return scalar;
  }
  const node = yamlNodeAt(o, path);
  return node && (0, import_yaml3.isScalar)(node) ? node : void 0;
}
function yamlNodeAt(o, path) {
  const root = o.yamlNode;
  if (!root || !((0, import_yaml3.isMap)(root) || (0, import_yaml3.isSeq)(root)))
    return void 0;
  const { steps, complete } = walk(root, path);
  return complete ? steps[steps.length - 1]?.node : void 0;
}

// dist/src/model/pod-sources.js
var cache2 = /* @__PURE__ */ new WeakMap();
function podSources(inventory) {
  let list = cache2.get(inventory);
  if (!list)
    cache2.set(inventory, list = collect(inventory));
  return list;
}
var VVP_SYSTEM_VOLUMES = ["flink-logs", "flink-tmp-dir", "flink-config-volume", "hadoop-config-volume", "pod-template", "user-artifacts"];
function collect(inv) {
  const out = [];
  for (const o of inv.ofClass("KubeWorkload")) {
    const s = kubeWorkload(o);
    if (s)
      out.push(s);
  }
  for (const o of inv.ofClass("VvpDeployment"))
    out.push(...vvpObject(inv, o, ["spec", "template", "spec", "kubernetes"], "VVP Deployment"));
  for (const o of inv.ofClass("VvpSessionCluster"))
    out.push(...vvpObject(inv, o, ["spec", "kubernetes"], "VVP SessionCluster"));
  for (const o of inv.ofClass("VvpDeploymentDefaults"))
    out.push(...vvpObject(inv, o, ["spec", "template", "spec", "kubernetes"], "VVP DeploymentDefaults", "vvp-defaults"));
  for (const o of inv.ofClass("HelmValues")) {
    out.push(helmValues(inv, o));
    const defaults = globalDeploymentDefaults(o);
    if (defaults)
      out.push(...vvpObject(inv, defaults, ["spec", "template", "spec", "kubernetes"], "vvp.globalDeploymentDefaults", "vvp-defaults"));
  }
  return out;
}
var POD_SPEC_PATHS = {
  Pod: { spec: ["spec"], meta: ["metadata"] },
  PodTemplate: { spec: ["template", "spec"], meta: ["template", "metadata"] },
  CronJob: { spec: ["spec", "jobTemplate", "spec", "template", "spec"], meta: ["spec", "jobTemplate", "spec", "template", "metadata"] }
};
var TEMPLATE_PATHS = { spec: ["spec", "template", "spec"], meta: ["spec", "template", "metadata"] };
function kubeWorkload(o) {
  const paths = POD_SPEC_PATHS[o.kind ?? ""] ?? TEMPLATE_PATHS;
  const spec = at(o.body, paths.spec);
  if (!isRecord(spec))
    return void 0;
  const meta = at(o.body, paths.meta);
  const sa = spec["serviceAccountName"] ?? spec["serviceAccount"];
  return {
    object: o,
    kind: "kube",
    description: `${o.kind} ${o.name ?? ""}`.trim(),
    podPath: o.kind === "Pod" ? ["metadata"] : paths.meta,
    labelsPath: [...paths.meta, "labels"],
    labels: stringMap(isRecord(meta) ? meta["labels"] : void 0),
    volumes: volumesOf(spec["volumes"], [...paths.spec, "volumes"]),
    containers: [
      ...containersOf(spec["containers"], [...paths.spec, "containers"]),
      ...containersOf(spec["initContainers"], [...paths.spec, "initContainers"])
    ],
    serviceAccountName: typeof sa === "string" ? sa : void 0,
    serviceAccountPath: typeof spec["serviceAccountName"] === "string" ? [...paths.spec, "serviceAccountName"] : typeof spec["serviceAccount"] === "string" ? [...paths.spec, "serviceAccount"] : void 0,
    namespace: o.namespace
  };
}
function vvpObject(inv, o, base, label2, kind = "vvp-template") {
  const k = at(o.body, base);
  if (!isRecord(k))
    return [];
  const target = kind === "vvp-defaults" ? void 0 : resolveTarget(inv, o);
  const common = {
    object: o,
    namespace: target?.namespace,
    namespaceFrom: target ? { object: target.object, path: ["spec", "kubernetes", "namespace"] } : void 0,
    nonPodLabels: isRecord(k["labels"]) ? { labels: stringMap(k["labels"]), path: [...base, "labels"] } : void 0,
    implicitVolumes: VVP_SYSTEM_VOLUMES
  };
  const name = o.name ? ` ${o.name}` : "";
  const out = [];
  for (const [field, role] of [
    ["jobManagerPodTemplate", "jobmanager"],
    ["taskManagerPodTemplate", "taskmanager"]
  ]) {
    const tpl = k[field];
    if (!isRecord(tpl))
      continue;
    const tbase = [...base, field];
    const spec = isRecord(tpl["spec"]) ? tpl["spec"] : {};
    const meta = isRecord(tpl["metadata"]) ? tpl["metadata"] : {};
    const sa = spec["serviceAccountName"];
    out.push({
      ...common,
      kind: kind === "vvp-defaults" ? "vvp-defaults" : "vvp-template",
      description: `${label2}${name} ${field}`,
      podPath: tbase,
      labelsPath: [...tbase, "metadata", "labels"],
      labels: stringMap(meta["labels"]),
      volumes: volumesOf(spec["volumes"], [...tbase, "spec", "volumes"]),
      containers: containersOf(spec["containers"], [...tbase, "spec", "containers"]).concat(containersOf(spec["initContainers"], [...tbase, "spec", "initContainers"])),
      serviceAccountName: typeof sa === "string" ? sa : void 0,
      serviceAccountPath: typeof sa === "string" ? [...tbase, "spec", "serviceAccountName"] : void 0,
      flinkRole: role
    });
  }
  const pods = k["pods"];
  if (isRecord(pods)) {
    const pbase = [...base, "pods"];
    const volumes = [];
    const mounts = [];
    const list = Array.isArray(pods["volumeMounts"]) ? pods["volumeMounts"] : [];
    list.forEach((entry, i) => {
      if (!isRecord(entry))
        return;
      const ebase = [...pbase, "volumeMounts", i];
      if (isRecord(entry["volume"]))
        volumes.push(...volumesOf([entry["volume"]], [...ebase, "volume"]).map((v) => ({ ...v, path: [...ebase, "volume"] })));
      if (isRecord(entry["volumeMount"])) {
        const vm = entry["volumeMount"];
        mounts.push({ name: typeof vm["name"] === "string" ? vm["name"] : void 0, readOnly: vm["readOnly"] === true, path: [...ebase, "volumeMount"] });
      }
    });
    out.push({
      ...common,
      kind: kind === "vvp-defaults" ? "vvp-defaults" : "vvp-pods",
      description: `${label2}${name} kubernetes.pods`,
      podPath: pbase,
      labelsPath: [...pbase, "labels"],
      labels: stringMap(pods["labels"]),
      volumes,
      containers: [{ name: "flink", path: [...pbase, "volumeMounts"], hasImage: true, mounts }],
      serviceAccountName: void 0,
      serviceAccountPath: void 0,
      flinkRole: "both"
    });
  }
  return out;
}
function resolveTarget(inv, o) {
  const spec = isRecord(o.body["spec"]) ? o.body["spec"] : {};
  const byName = typeof spec["deploymentTargetName"] === "string" ? spec["deploymentTargetName"] : void 0;
  const byId = typeof spec["deploymentTargetId"] === "string" ? spec["deploymentTargetId"] : void 0;
  const index = vvpIndex(inv);
  if (!byName && !byId && typeof spec["sessionClusterName"] === "string") {
    const session = (index.sessionsByName.get(spec["sessionClusterName"]) ?? []).find((s) => sameVvpNamespace(s, o));
    if (session)
      return resolveTarget(inv, session);
  }
  const candidates = [...byName !== void 0 ? (index.targetsByName.get(byName) ?? []).filter((t) => sameVvpNamespace(t, o)) : [], ...byId !== void 0 ? index.targetsById.get(byId) ?? [] : []];
  const found = candidates.sort((a, b) => index.order.get(a) - index.order.get(b))[0];
  if (!found)
    return void 0;
  const ns = at(found.body, ["spec", "kubernetes", "namespace"]);
  return { object: found, namespace: typeof ns === "string" && ns ? ns : void 0 };
}
var vvpIndexes = /* @__PURE__ */ new WeakMap();
function vvpIndex(inv) {
  const cached = vvpIndexes.get(inv);
  if (cached && cached.size === inv.objects.length)
    return cached.index;
  const push = (m, k, o) => {
    const list = m.get(k);
    if (list)
      list.push(o);
    else
      m.set(k, [o]);
  };
  const index = { targetsByName: /* @__PURE__ */ new Map(), targetsById: /* @__PURE__ */ new Map(), sessionsByName: /* @__PURE__ */ new Map(), order: /* @__PURE__ */ new Map() };
  inv.ofClass("VvpDeploymentTarget").forEach((t, i) => {
    index.order.set(t, i);
    if (t.name !== void 0)
      push(index.targetsByName, t.name, t);
    const id = at(t.body, ["metadata", "id"]);
    if (typeof id === "string")
      push(index.targetsById, id, t);
  });
  for (const s of inv.ofClass("VvpSessionCluster"))
    if (s.name !== void 0)
      push(index.sessionsByName, s.name, s);
  vvpIndexes.set(inv, { size: inv.objects.length, index });
  return index;
}
function sameVvpNamespace(a, b) {
  const na = vvpNamespace(a);
  const nb = vvpNamespace(b);
  return na === void 0 || nb === void 0 || na === nb;
}
function vvpNamespace(o) {
  const ns = at(o.body, ["metadata", "namespace"]);
  return typeof ns === "string" && ns !== "" ? ns : void 0;
}
function helmValues(inv, o) {
  const mounts = [];
  const vm = o.body["volumeMounts"];
  if (Array.isArray(vm)) {
    vm.forEach((m, i) => {
      if (isRecord(m))
        mounts.push({ name: typeof m["name"] === "string" ? m["name"] : void 0, readOnly: m["readOnly"] === true, path: ["volumeMounts", i] });
    });
  }
  return {
    object: o,
    kind: "helm-values",
    description: "Ververica Platform Helm values",
    // No pod template here: pod-level findings point at the platform pod's `volumes`.
    podPath: o.body["volumes"] !== void 0 ? ["volumes"] : [],
    labelsPath: ["extraLabels"],
    labels: stringMap(o.body["extraLabels"]),
    volumes: volumesOf(o.body["volumes"], ["volumes"]),
    containers: [{ name: "ververica-platform", path: ["volumeMounts"], hasImage: true, mounts }],
    serviceAccountName: void 0,
    serviceAccountPath: void 0,
    namespace: releaseNamespace(inv, o)
  };
}
function releaseNamespace(inv, o) {
  const cfg = inv.helmReleaseNamespace;
  if (typeof cfg === "string")
    return cfg;
  if (!cfg || o.source.kind !== "file")
    return void 0;
  const rel = o.source.file.relPath;
  for (const [glob, ns] of Object.entries(cfg))
    if (import_picomatch.default.isMatch(rel, glob, { dot: true }))
      return ns;
  return void 0;
}
function globalDeploymentDefaults(values) {
  const vvp = values.body["vvp"];
  if (!isRecord(vvp) || typeof vvp["globalDeploymentDefaults"] !== "string")
    return void 0;
  const node = yamlNodeAt(values, ["vvp", "globalDeploymentDefaults"]);
  if (values.source.kind !== "file" || !node || !(0, import_yaml5.isScalar)(node))
    return void 0;
  const embedded = EmbeddedYaml.inFile(values.source.file, node);
  if (!isRecord(embedded.value))
    return void 0;
  return {
    apiVersion: "v1",
    kind: "DeploymentDefaults",
    name: "globalDeploymentDefaults",
    namespace: void 0,
    body: embedded.value,
    locator: embedded.locator(),
    source: values.source
    // No yamlNode: its offsets are in the embedded text, so node-based edits (fixes) must not use it.
  };
}
function volumesOf(list, base) {
  if (!Array.isArray(list))
    return [];
  const out = [];
  list.forEach((v, i) => {
    if (!isRecord(v))
      return;
    const csi = isRecord(v["csi"]) ? v["csi"] : void 0;
    const attrs = csi && isRecord(csi["volumeAttributes"]) ? csi["volumeAttributes"] : void 0;
    const spcName = attrs && typeof attrs["secretProviderClass"] === "string" ? attrs["secretProviderClass"] : void 0;
    const driver = csi?.["driver"];
    out.push({
      name: typeof v["name"] === "string" ? v["name"] : void 0,
      path: [...base, i],
      body: v,
      csi,
      spcName,
      isSecretsVolume: !!csi && (driver === CSI_DRIVER_NAME || attrs !== void 0 && "secretProviderClass" in attrs || typeof driver === "string" && /secrets-store/.test(driver))
    });
  });
  return out;
}
function containersOf(list, base) {
  if (!Array.isArray(list))
    return [];
  const out = [];
  list.forEach((c, i) => {
    if (!isRecord(c))
      return;
    const mounts = [];
    if (Array.isArray(c["volumeMounts"])) {
      c["volumeMounts"].forEach((m, j) => {
        if (isRecord(m))
          mounts.push({ name: typeof m["name"] === "string" ? m["name"] : void 0, readOnly: m["readOnly"] === true, path: [...base, i, "volumeMounts", j] });
      });
    }
    out.push({ name: typeof c["name"] === "string" ? c["name"] : void 0, path: [...base, i], hasImage: typeof c["image"] === "string" && c["image"] !== "", mounts });
  });
  return out;
}
function stringMap(v) {
  const out = {};
  if (!isRecord(v))
    return out;
  for (const [k, val] of Object.entries(v))
    if (val !== null && val !== void 0)
      out[k] = String(val);
  return out;
}
function at(v, path) {
  let cur = v;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === "number")
      cur = cur[seg];
    else if (isRecord(cur))
      cur = cur[seg];
    else
      return void 0;
  }
  return cur;
}

// dist/src/azure/identity-resolution.js
function short(id) {
  return id;
}
function podsMounting(inventory, spc) {
  const name = spc.object.name;
  const ns = spc.object.namespace;
  return podSources(inventory).filter((p) => p.volumes.some((v) => v.spcName === name && (ns === void 0 || p.namespace === void 0 || p.namespace === ns)));
}
function identityByClientId(state, clientId) {
  const c = clientId.toLowerCase();
  return state.identities.find((i) => i.clientId === c);
}
function identitiesComplete(state) {
  return state.incomplete.identitySubscriptions.size === 0;
}
function byClientId(state, clientId, kindLabel) {
  const identity = identityByClientId(state, clientId);
  if (identity) {
    return { principalIds: [identity.principalId], label: `${kindLabel} ${identity.name ?? identity.clientId} (client id ${short(clientId)})`, identity };
  }
  const c = clientId.toLowerCase();
  for (const v of state.vmss) {
    const ua = v.identity?.userAssigned.find((u) => u.clientId === c && u.principalId);
    if (ua)
      return { principalIds: [ua.principalId], label: `${kindLabel} ${ua.id.split("/").pop()} (client id ${short(clientId)})` };
  }
  const sp = state.servicePrincipals.find((s) => s.appId === c);
  if (sp)
    return { principalIds: [sp.id], label: `service principal ${sp.displayName ?? sp.appId} (app id ${short(clientId)})` };
  return void 0;
}
function canSayNotFound(state) {
  return (state.provided.has("identities") || state.provided.has("servicePrincipals")) && identitiesComplete(state);
}
function resolveIdentity(inventory, state, spc) {
  const mode = spc.identityMode;
  const pods = podsMounting(inventory, spc);
  const principals = [];
  const notFound = [];
  const unknown = [];
  let path = [];
  const fromClientId = (clientId, object, p, kindLabel, where) => {
    const found = byClientId(state, clientId, kindLabel);
    if (found)
      principals.push(found);
    else if (canSayNotFound(state))
      notFound.push({ clientId, object, path: p, where });
    else
      unknown.push(`client id ${clientId} (${where}) cannot be resolved: the Azure state lists no identities (add \`az identity list\` / \`az ad sp show\` output)`);
  };
  switch (mode) {
    case "vm-user-assigned": {
      path = spc.paramPath("userAssignedIdentityID");
      fromClientId(spc.param("userAssignedIdentityID"), spc.object, path, "user-assigned identity", "userAssignedIdentityID");
      break;
    }
    case "vm-system-assigned": {
      path = spc.paramPath("useVMManagedIdentity");
      if (!state.provided.has("vmss") || state.incomplete.vmssSubscriptions.size > 0) {
        unknown.push("system-assigned identity: the Azure state has no node-pool scale sets (add `az vmss show` output for every node pool)");
        break;
      }
      for (const v of state.vmss) {
        const pid = /systemassigned/i.test(v.identity?.type ?? "") ? v.identity?.principalId : void 0;
        principals.push({
          principalIds: pid ? [pid] : [],
          label: pid ? `the system-assigned identity of node pool ${v.name}` : `node pool ${v.name}, which has no system-assigned identity`
        });
      }
      break;
    }
    case "workload-identity":
    case "identity-binding": {
      path = spc.paramPath("clientID");
      fromClientId(spc.param("clientID"), spc.object, path, "user-assigned identity", "clientID");
      break;
    }
    case "pod-identity": {
      path = spc.paramPath("usePodIdentity");
      const seen = /* @__PURE__ */ new Set();
      for (const pod of pods) {
        const selector = pod.labels["aadpodidbinding"];
        if (!selector)
          continue;
        for (const binding of inventory.ofClass("AzureIdentityBinding")) {
          const bspec = binding.body["spec"];
          if (!isRecord(bspec) || bspec["selector"] !== selector)
            continue;
          if (pod.namespace !== void 0 && binding.namespace !== void 0 && binding.namespace !== pod.namespace)
            continue;
          const idName = bspec["azureIdentity"];
          if (typeof idName !== "string")
            continue;
          for (const azId of inventory.find("AzureIdentity", binding.namespace ?? pod.namespace, idName)) {
            if (seen.has(azId))
              continue;
            seen.add(azId);
            const ispec = isRecord(azId.body["spec"]) ? azId.body["spec"] : {};
            const clientId = typeof ispec["clientID"] === "string" ? ispec["clientID"] : void 0;
            const resourceId = typeof ispec["resourceID"] === "string" ? ispec["resourceID"] : void 0;
            const byResource = resourceId ? state.identities.find((i) => i.id?.toLowerCase() === resourceId.toLowerCase()) : void 0;
            if (byResource)
              principals.push({ principalIds: [byResource.principalId], label: `user-assigned identity ${byResource.name ?? byResource.clientId} (AzureIdentity ${idName})`, identity: byResource });
            else if (clientId)
              fromClientId(clientId, azId, ["spec", "clientID"], `user-assigned identity (AzureIdentity ${idName})`, `AzureIdentity ${idName}`);
          }
        }
      }
      if (seen.size === 0)
        unknown.push("pod identity: no AzureIdentity is reachable from the pods that mount it (see pod-identity-* rules)");
      break;
    }
    case "service-principal": {
      path = [];
      const clientIds = /* @__PURE__ */ new Set();
      let secretSeen = false;
      for (const pod of pods) {
        for (const v of pod.volumes) {
          if (v.spcName !== spc.object.name || !v.csi)
            continue;
          const ref = v.csi["nodePublishSecretRef"];
          const secretName = isRecord(ref) && typeof ref["name"] === "string" ? ref["name"] : void 0;
          if (!secretName)
            continue;
          for (const s of inventory.find("Secret", pod.namespace, secretName)) {
            secretSeen = true;
            const id = readClientId(s);
            if (id)
              clientIds.add(id);
          }
        }
      }
      for (const id of clientIds) {
        const sp = state.servicePrincipals.find((s) => s.appId === id.toLowerCase());
        if (sp)
          principals.push({ principalIds: [sp.id], label: `service principal ${sp.displayName ?? sp.appId} (client id ${id})` });
        else
          unknown.push(`service principal ${id}: add \`az ad sp show --id ${id}\` output to the Azure state to check its grants`);
      }
      if (clientIds.size === 0) {
        if (state.servicePrincipals.length === 1) {
          const sp = state.servicePrincipals[0];
          principals.push({ principalIds: [sp.id], label: `service principal ${sp.displayName ?? sp.appId} (the only one in the Azure state)` });
        } else {
          unknown.push(`service principal mode: the client id is unknown (${secretSeen ? "the nodePublishSecretRef Secret has no readable clientid" : "the nodePublishSecretRef Secret is not among the inputs"}), so its grants cannot be checked`);
        }
      }
      break;
    }
  }
  return { mode, path, principals, notFound, unknown, pods };
}
function readClientId(secret) {
  for (const field of ["stringData", "data"]) {
    const map = secret.body[field];
    if (!isRecord(map))
      continue;
    const key = Object.keys(map).find((k) => k.toLowerCase() === "clientid");
    if (!key)
      continue;
    const v = map[key];
    if (typeof v !== "string")
      continue;
    const text = field === "data" ? Buffer.from(v, "base64").toString("utf8") : v;
    const t = text.trim();
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(t))
      return t.toLowerCase();
  }
  return void 0;
}

// dist/src/azure/permissions.js
var KV = "Microsoft.KeyVault/vaults";
function needSpecs(need) {
  const out = [];
  switch (need.objectType) {
    case "secret":
      out.push({ dataAction: `${KV}/secrets/getSecret/action`, policyKind: "secrets", policyPermission: "get" });
      if (need.history)
        out.push({ dataAction: `${KV}/secrets/readMetadata/action`, policyKind: "secrets", policyPermission: "list" });
      break;
    case "cert":
      out.push({ dataAction: `${KV}/certificates/read`, policyKind: "certificates", policyPermission: "get" });
      if (need.history)
        out.push({ dataAction: `${KV}/certificates/read`, policyKind: "certificates", policyPermission: "list" });
      break;
    case "key":
      out.push({ dataAction: `${KV}/keys/read`, policyKind: "keys", policyPermission: "get" });
      if (need.history)
        out.push({ dataAction: `${KV}/keys/read`, policyKind: "keys", policyPermission: "list" });
      break;
  }
  return out;
}
function actionMatches(pattern, action) {
  const p = pattern.toLowerCase();
  const a = action.toLowerCase();
  if (!p.includes("*"))
    return p === a;
  const parts = p.split("*");
  if (!a.startsWith(parts[0]))
    return false;
  let pos = parts[0].length;
  for (let i = 1; i < parts.length - 1; i++) {
    const at2 = a.indexOf(parts[i], pos);
    if (at2 < 0)
      return false;
    pos = at2 + parts[i].length;
  }
  const last = parts[parts.length - 1];
  return a.length - pos >= last.length && a.endsWith(last);
}
function roleAllowsDataAction(def, action) {
  return def.permissions.some((p) => p.dataActions.some((d) => actionMatches(d, action)) && !p.notDataActions.some((n) => actionMatches(n, action)));
}
function scopeCovers(scope, resourceId) {
  const s = scopeSegments(scope);
  if (s.length === 0)
    return true;
  if (s[0] === "providers" && s[1] === "microsoft.management")
    return true;
  const r = scopeSegments(resourceId);
  if (s.length > r.length)
    return false;
  return s.every((seg, i) => seg === r[i]);
}
function assignmentsOn(state, vault, principalIds) {
  const ids = new Set(principalIds.map((p) => p.toLowerCase()));
  const vaultSegs = scopeSegments(vault.id).length;
  return state.roleAssignments.filter((a) => ids.has(a.principalId) && scopeCovers(a.scope, vault.id)).map((a) => ({
    assignment: a,
    definition: state.roleDefinitions.get(a.roleDefinitionGuid),
    inherited: scopeSegments(a.scope).length < vaultSegs
  }));
}
function policiesOf(vault, principalIds) {
  const ids = new Set(principalIds.map((p) => p.toLowerCase()));
  const mine = vault.accessPolicies.filter((p) => ids.has(p.objectId.toLowerCase()));
  const tenant = (vault.tenantId ?? "").toLowerCase();
  return {
    matching: mine.filter((p) => p.tenantId.toLowerCase() === tenant),
    otherTenant: mine.filter((p) => p.tenantId.toLowerCase() !== tenant)
  };
}
function describeScope(scope) {
  const segs = scope.split("/").filter((s) => s);
  if (segs.length === 0)
    return "the root scope";
  const lower = segs.map((s) => s.toLowerCase());
  const rg = lower.indexOf("resourcegroups");
  const prov = lower.indexOf("providers");
  if (lower[0] === "providers" && lower[1] === "microsoft.management")
    return `management group ${segs[segs.length - 1]}`;
  if (prov > 0)
    return `the vault`;
  if (rg > 0)
    return `resource group ${segs[rg + 1]}`;
  if (lower[0] === "subscriptions")
    return `subscription ${segs[1]}`;
  return scope;
}
function label(a) {
  const name = a.definition?.roleName ?? a.assignment.roleDefinitionName ?? a.assignment.roleDefinitionGuid;
  return `${name} at ${describeScope(a.assignment.scope)}`;
}
function rbacKnown(state, vault) {
  return state.provided.has("roleAssignments") && !state.incomplete.vaultRoleAssignments.has(vault.id.toLowerCase());
}
function evaluateAccess(state, vault, principalIds, needs) {
  const model = vault.enableRbacAuthorization ? "rbac" : "accessPolicy";
  const applied = assignmentsOn(state, vault, principalIds);
  const unresolvedRoles = applied.filter((a) => a.definition === void 0);
  const known = rbacKnown(state, vault);
  const { matching, otherTenant } = policiesOf(vault, principalIds);
  const results = needs.map((need) => {
    const specs = needSpecs(need);
    const rbacVia = /* @__PURE__ */ new Set();
    const missingRbac = [];
    for (const spec of specs) {
      const grants = applied.filter((a) => a.definition && roleAllowsDataAction(a.definition, spec.dataAction));
      grants.forEach((g) => rbacVia.add(label(g)));
      if (grants.length === 0 && !missingRbac.includes(spec.dataAction))
        missingRbac.push(spec.dataAction);
    }
    const missingPolicy = specs.filter((s) => !matching.some((p) => p.permissions[s.policyKind].some((perm) => perm === s.policyPermission || perm === "all"))).map((s) => `${s.policyKind} ${s.policyPermission}`);
    const rbac = missingRbac.length === 0 ? "granted" : !known || unresolvedRoles.length > 0 ? "unknown" : "missing";
    const policy = missingPolicy.length === 0 ? "granted" : "missing";
    return { need, rbac, policy, effective: model === "rbac" ? rbac : policy, rbacVia: [...rbacVia], missingRbac, missingPolicy };
  });
  return { model, results, otherTenantPolicies: otherTenant, unresolvedRoles, rbacIncomplete: !known };
}
var WRITE_PROBES = [
  `${KV}/secrets/setSecret/action`,
  `${KV}/secrets/delete`,
  `${KV}/secrets/purge/action`,
  `${KV}/keys/create/action`,
  `${KV}/keys/delete`,
  `${KV}/keys/purge/action`,
  `${KV}/keys/import/action`,
  `${KV}/certificates/create/action`,
  `${KV}/certificates/delete`,
  `${KV}/certificates/purge/action`,
  `${KV}/certificates/import/action`
];
var READ_PERMISSIONS = /* @__PURE__ */ new Set([
  "get",
  "list",
  "getissuers",
  "listissuers",
  "getrotationpolicy",
  // Crypto operations use a key without changing the vault.
  "encrypt",
  "decrypt",
  "wrapkey",
  "unwrapkey",
  "sign",
  "verify"
]);
var PRIVILEGED_ROLE_NAME = /\b(officer|administrator|owner)\b/i;
function excessiveGrants(state, vault, principalIds) {
  const out = [];
  if (vault.enableRbacAuthorization) {
    for (const a of assignmentsOn(state, vault, principalIds)) {
      const def = a.definition;
      const name = def?.roleName ?? a.assignment.roleDefinitionName ?? "";
      const writes = def ? WRITE_PROBES.filter((w) => roleAllowsDataAction(def, w)) : [];
      if (writes.length > 0 || PRIVILEGED_ROLE_NAME.test(name)) {
        const what = writes.length > 0 ? ` (allows ${writes.map((w) => w.slice(KV.length + 1)).join(", ")})` : "";
        out.push({ via: "rbac", description: `${label(a)}${what}` });
      }
    }
  } else {
    for (const p of policiesOf(vault, principalIds).matching) {
      const parts = [];
      for (const kind of ["secrets", "keys", "certificates"]) {
        const extra = p.permissions[kind].filter((perm) => !READ_PERMISSIONS.has(perm));
        if (extra.length > 0)
          parts.push(`${kind}: ${extra.join(", ")}`);
      }
      if (parts.length > 0)
        out.push({ via: "accessPolicy", description: `access policy ${parts.join("; ")}` });
    }
  }
  return out;
}

// dist/src/azure/rule-support.js
var GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var PLACEHOLDER = /\$\{|^\$[A-Za-z_]|^<.*>$|\{\{/;
function isGuid(s) {
  return typeof s === "string" && GUID.test(s);
}
function concrete(s) {
  return typeof s === "string" && s !== "" && !PLACEHOLDER.test(s);
}
function azureChecks(inventory) {
  const state = inventory.azure;
  if (!state)
    return [];
  return inventory.ofClass("SecretProviderClass").map(spcView).filter((s) => s.isAzure).map((spc) => ({ spc, state }));
}
function vaultOf(state, spc) {
  const name = spc.param("keyvaultName");
  if (!concrete(name))
    return void 0;
  const n = name.toLowerCase();
  return state.vaults.find((v) => v.name.toLowerCase() === n);
}
function needsOf(spc) {
  const byType = /* @__PURE__ */ new Map();
  for (const e of spc.objects.entries) {
    const t = e.fields?.["objectType"];
    if (t !== "secret" && t !== "key" && t !== "cert")
      continue;
    const h = Number(e.fields?.["objectVersionHistory"] ?? 0);
    byType.set(t, (byType.get(t) ?? false) || h > 1);
  }
  return [...byType].map(([objectType, history]) => ({ objectType, history }));
}
var vaultObjects = /* @__PURE__ */ new WeakMap();
function vaultObject(vault) {
  let o = vaultObjects.get(vault);
  if (!o) {
    o = liveObject({ apiVersion: "Microsoft.KeyVault", kind: "Vault", metadata: { name: vault.name, namespace: vault.resourceGroup }, id: vault.id }, { live: "azure", scope: vault.subscription ?? "azure", resource: "keyvault", uri: `https://portal.azure.com/#@/resource${vault.id}` });
    vaultObjects.set(vault, o);
  }
  return o;
}
var TYPE_LABEL = { secret: "secrets", key: "keys", cert: "certificates" };

export {
  yamlLocator,
  lineStarts,
  lineIndex,
  lineColumn,
  require_picomatch2 as require_picomatch,
  IDENTITY_FLAGS,
  restoreSpcFacts,
  spcView,
  parseGoBool,
  scalarAt,
  yamlNodeAt,
  podSources,
  resolveTarget,
  at,
  resolveIdentity,
  evaluateAccess,
  excessiveGrants,
  isGuid,
  concrete,
  azureChecks,
  vaultOf,
  needsOf,
  vaultObject,
  TYPE_LABEL
};
