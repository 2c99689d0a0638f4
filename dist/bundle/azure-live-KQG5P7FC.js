import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  OPTIONAL_PACKAGES,
  SourceError,
  isMissingModule,
  missingPackagesError
} from "./chunk-N2TPPX43.js";
import {
  concrete
} from "./chunk-CG6HI35K.js";
import "./chunk-3Z46K6P4.js";
import "./chunk-DQ3U5FS6.js";
import {
  spcView
} from "./chunk-JZALQHEK.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-EOPA2HFE.js";
import "./chunk-36LOSZW6.js";

// dist/src/azure/clouds.js
var AZURE_CLOUDS = [
  { name: "AzurePublicCloud", armEndpoint: "https://management.azure.com", authorityHost: "https://login.microsoftonline.com" },
  { name: "AzureChinaCloud", armEndpoint: "https://management.chinacloudapi.cn", authorityHost: "https://login.chinacloudapi.cn" },
  { name: "AzureUSGovernmentCloud", armEndpoint: "https://management.usgovcloudapi.net", authorityHost: "https://login.microsoftonline.us" },
  { name: "AzureGermanCloud", armEndpoint: "https://management.microsoftazure.de", authorityHost: "https://login.microsoftonline.de" }
];
function cloudByName(name) {
  if (name === void 0 || name.trim() === "")
    return AZURE_CLOUDS[0];
  const upper = name.trim().toUpperCase();
  return AZURE_CLOUDS.find((c) => c.name.toUpperCase() === upper);
}

// dist/src/cli/azure-live.js
function azureNeeds(inventory) {
  const vaultNames = /* @__PURE__ */ new Set();
  const clientIds = /* @__PURE__ */ new Set();
  const clouds = /* @__PURE__ */ new Map();
  const unknownClouds = /* @__PURE__ */ new Set();
  for (const o of inventory.ofClass("SecretProviderClass")) {
    const spc = spcView(o);
    if (!spc.isAzure)
      continue;
    const vault = spc.param("keyvaultName");
    if (concrete(vault))
      vaultNames.add(vault.toLowerCase());
    for (const key of ["clientID", "userAssignedIdentityID"]) {
      const id = spc.param(key);
      if (concrete(id))
        clientIds.add(id.toLowerCase());
    }
    const name = spc.param("cloudName");
    const cloud = cloudByName(name);
    if (cloud)
      clouds.set(cloud.name, cloud);
    else if (name)
      unknownClouds.add(name);
  }
  return { vaultNames: [...vaultNames], clientIds: [...clientIds], clouds, unknownClouds: [...unknownClouds] };
}
async function readAzureLive(inventory, opts) {
  const needs = azureNeeds(inventory);
  const notes = [];
  let endpoint = opts.armEndpoint;
  let authorityHost;
  if (endpoint === void 0) {
    const clouds = [...needs.clouds.values()];
    const cloud = clouds[0] ?? AZURE_CLOUDS[0];
    if (clouds.length > 1) {
      notes.push({ id: "azure-cloud-mixed", level: "warning", incomplete: true, message: `Azure: the SecretProviderClasses name several clouds (${clouds.map((c) => c.name).join(", ")}); only ${cloud.name} was read (lint each cloud's manifests separately, or pass --arm-endpoint)` });
    }
    for (const u of needs.unknownClouds)
      notes.push({ id: "azure-cloud-unknown", level: "warning", message: `Azure: cloudName "${u}" names no cloud with a fixed ARM endpoint (AzureStackCloud needs --arm-endpoint); reading ${cloud.name}` });
    endpoint = cloud.armEndpoint;
    if (cloud.name !== "AzurePublicCloud")
      authorityHost = cloud.authorityHost;
  }
  let mod;
  try {
    mod = await import("./arm-source-ORE3KYOX.js");
  } catch (err) {
    if (isMissingModule(err))
      throw missingPackagesError("--azure", OPTIONAL_PACKAGES.azure, err);
    throw err;
  }
  let res;
  try {
    res = await mod.readArm({
      subscriptions: opts.subscriptions,
      nodeResourceGroups: opts.nodeResourceGroups,
      vaultContents: opts.vaultContents,
      endpoint,
      authorityHost,
      // Only what the SPCs need: a subscription with 200 vaults must not cost 200 role assignment reads.
      vaultNames: needs.vaultNames,
      federatedForClientIds: needs.clientIds,
      overallTimeoutMs: opts.timeoutSeconds * 1e3,
      timeoutMs: Math.min(6e4, opts.timeoutSeconds * 1e3)
    });
  } catch (err) {
    if (isMissingModule(err))
      throw missingPackagesError("--azure", OPTIONAL_PACKAGES.azure, err);
    throw err;
  }
  const failedSubs = res.raw.incomplete?.["subscriptions"];
  if (Array.isArray(failedSubs) && failedSubs.length === opts.subscriptions.length) {
    const cause = res.notifications.find((n) => n.incomplete)?.message ?? "no key vault list could be read";
    throw new SourceError(`--azure: nothing could be read from Azure Resource Manager (${endpoint}): ${cause}`);
  }
  inventory.azure = res.state;
  inventory.notifications.push(...notes, ...res.notifications);
}
export {
  azureNeeds,
  readAzureLive
};
