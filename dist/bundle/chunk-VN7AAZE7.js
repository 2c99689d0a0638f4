import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);

// dist/src/errors.js
var ToolError = class extends Error {
  code;
  constructor(code, message) {
    super(message);
    this.code = code;
  }
};
var UsageError = class extends ToolError {
  constructor(message) {
    super("USAGE", message);
  }
};
function errorCode(err) {
  const code = err?.code;
  return err instanceof Error && typeof code === "string" ? code : void 0;
}

export {
  UsageError,
  errorCode
};
