import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);

// dist/src/cli/source-error.js
var SourceError = class extends Error {
  code = "SOURCE_FAILED";
  constructor(message) {
    super(message);
    this.name = "SourceError";
  }
};
var OPTIONAL_PACKAGES = {
  azure: ["@azure/identity", "@azure/arm-keyvault", "@azure/arm-authorization", "@azure/arm-msi", "@azure/core-rest-pipeline"],
  kube: ["@kubernetes/client-node"]
};
function isMissingModule(err) {
  const code = err?.code;
  return code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND";
}
function missingPackagesError(what, packages, err) {
  const named = /['"](@[^'"/]+\/[^'"/]+|[^'"/.][^'"/]*)['"]/.exec(err?.message ?? "")?.[1];
  return new SourceError(`${what} needs the optional package${packages.length === 1 ? "" : "s"} ${packages.join(", ")}${named ? ` (${named} is not installed)` : ""}; they are left out by \`npm install --omit=optional\`. Install them: npm install ${packages.join(" ")}`);
}

export {
  SourceError,
  OPTIONAL_PACKAGES,
  isMissingModule,
  missingPackagesError
};
