import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);

// dist/src/cli/io.js
var EXIT = {
  /** No finding at or above the fail level. */
  OK: 0,
  /** Findings at or above the fail level. */
  FINDINGS: 1,
  /** Usage, configuration or tool error (including: nothing could be read). */
  ERROR: 2
};
var UsageError = class extends Error {
  code = "USAGE";
};
var SECRET_FLAGS = ["--vvp-token"];
function safeCommandLine(words) {
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const eq = SECRET_FLAGS.find((f) => w.startsWith(`${f}=`));
    if (eq)
      out.push(`${eq}=***`);
    else if (SECRET_FLAGS.includes(w) && i + 1 < words.length) {
      out.push(w, "***");
      i++;
    } else
      out.push(w);
  }
  return out.join(" ");
}

export {
  EXIT,
  UsageError,
  safeCommandLine
};
