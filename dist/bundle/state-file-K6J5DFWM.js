import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  readRegularFile,
  require_ucs2length
} from "./chunk-SIHJ7R43.js";
import {
  NormaliseError,
  normaliseState
} from "./chunk-LT5CKFKO.js";
import "./chunk-ROWJY5MV.js";
import "./chunk-TG465G5B.js";
import {
  jsonErrorPosition
} from "./chunk-JZALQHEK.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-EOPA2HFE.js";
import {
  __toESM
} from "./chunk-36LOSZW6.js";

// dist/src/generated/validate-azure-state.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/vvp-kv-lint/vvp-kv-lint/schemas/azure-state.schema.json", "title": "vvp-kv-lint Azure state file (--azure-state)", "description": "One JSON object; every key optional. Each array holds objects exactly as the Azure CLI prints them (camelCase; extra fields allowed), so the file can be assembled with jq -s. The snapshot command writes the same shape.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "generator": { "type": "string", "description": "Who wrote the file, e.g. vvp-kv-lint snapshot." }, "generatedAt": { "type": "string" }, "subscriptions": { "type": "array", "items": { "type": "string" }, "description": "Subscriptions the file was read from (informational)." }, "incomplete": { "$ref": "#/definitions/incomplete" }, "vaults": { "type": "array", "items": { "$ref": "#/definitions/vault" }, "description": "az keyvault show / az keyvault list --resource-group" }, "roleAssignments": { "type": "array", "items": { "$ref": "#/definitions/roleAssignment" }, "description": "az role assignment list --all --include-inherited" }, "roleDefinitions": { "type": "array", "items": { "$ref": "#/definitions/roleDefinition" }, "description": "az role definition list --custom-role-only true" }, "identities": { "type": "array", "items": { "$ref": "#/definitions/identity" }, "description": "az identity list" }, "servicePrincipals": { "type": "array", "items": { "$ref": "#/definitions/servicePrincipal" }, "description": "az ad sp show" }, "vmss": { "type": "array", "items": { "$ref": "#/definitions/vmss" }, "description": "az vmss show (node pools, for system-assigned identities)" }, "federatedCredentials": { "type": "array", "items": { "$ref": "#/definitions/federatedCredential" }, "description": "az identity federated-credential list (+ identityId)" }, "secrets": { "type": "array", "items": { "$ref": "#/definitions/vaultItem" }, "description": "az keyvault secret list --include-managed (per vault, concatenated), or the ARM list of Microsoft.KeyVault/vaults/secrets (what snapshot writes). Names and attributes only: no value is ever read." }, "keys": { "type": "array", "items": { "$ref": "#/definitions/vaultItem" }, "description": "az keyvault key list --include-managed (per vault), or the ARM list of Microsoft.KeyVault/vaults/keys" }, "certificates": { "type": "array", "items": { "$ref": "#/definitions/vaultItem" }, "description": "az keyvault certificate list (per vault)" }, "secretVersions": { "type": "array", "items": { "$ref": "#/definitions/vaultItem" }, "description": "az keyvault secret list-versions (per pinned secret)" }, "keyVersions": { "type": "array", "items": { "$ref": "#/definitions/vaultItem" }, "description": "az keyvault key list-versions, or the ARM list of a key's versions" }, "certificateVersions": { "type": "array", "items": { "$ref": "#/definitions/vaultItem" }, "description": "az keyvault certificate list-versions" }, "contentVaults": { "type": "array", "items": { "type": "string" }, "description": "Vault names whose lists were made, even when every list came back empty. Without it, a vault counts as listed (in each of secrets, keys and certificates present in the file) when some entry of those lists names it." } }, "definitions": { "stringArray": { "type": ["array", "null"], "items": { "type": "string" } }, "incomplete": { "type": "object", "description": "Written by the snapshot command when some reads failed: the parts a rule must not treat as complete.", "properties": { "subscriptions": { "type": "array", "items": { "type": "string" }, "description": "Subscriptions whose vault list could not be read." }, "identitySubscriptions": { "type": "array", "items": { "type": "string" }, "description": "Subscriptions whose identity list could not be read." }, "vaultRoleAssignments": { "type": "array", "items": { "type": "string" }, "description": "Vault ids whose role assignments could not be read." }, "federatedCredentials": { "type": "array", "items": { "type": "string" }, "description": "Identity ids whose federated credentials could not be read." }, "roleDefinitions": { "type": "array", "items": { "type": "string" }, "description": "Role definition ids that could not be read." }, "vmssSubscriptions": { "type": "array", "items": { "type": "string" }, "description": "Subscriptions whose scale sets could not be read." }, "vaultContents": { "type": "array", "items": { "type": "string" }, "description": "Vault names whose secrets or keys could not be listed." } } }, "vaultItem": { "type": "object", "description": "One object of a vault, az CLI data-plane shape (id or kid https://<vault>.vault.azure.net/<secrets|keys|certificates>/<name>[/<version>], attributes.enabled/expires/notBefore as ISO dates, managed) or ARM shape (id .../vaults/<vault>/<secrets|keys>/<name>[/versions/<version>], properties.attributes.enabled/exp/nbf in Unix seconds, properties.contentType).", "properties": { "id": { "type": "string", "minLength": 1 }, "kid": { "type": "string", "minLength": 1 }, "name": { "type": ["string", "null"] }, "managed": { "type": ["boolean", "null"] }, "contentType": { "type": ["string", "null"] }, "attributes": { "$ref": "#/definitions/itemAttributes" }, "properties": { "type": ["object", "null"], "properties": { "attributes": { "$ref": "#/definitions/itemAttributes" }, "contentType": { "type": ["string", "null"] } } } } }, "itemAttributes": { "type": ["object", "null"], "properties": { "enabled": { "type": ["boolean", "null"] }, "expires": { "description": "ISO 8601 date (az) or Unix seconds" }, "notBefore": { "description": "ISO 8601 date (az) or Unix seconds" }, "exp": { "description": "Unix seconds (ARM)" }, "nbf": { "description": "Unix seconds (ARM)" } } }, "permissions": { "type": ["object", "null"], "properties": { "keys": { "$ref": "#/definitions/stringArray" }, "secrets": { "$ref": "#/definitions/stringArray" }, "certificates": { "$ref": "#/definitions/stringArray" }, "storage": { "$ref": "#/definitions/stringArray" } } }, "accessPolicy": { "type": "object", "required": ["tenantId", "objectId", "permissions"], "properties": { "tenantId": { "type": "string" }, "objectId": { "type": "string" }, "applicationId": { "type": ["string", "null"] }, "permissions": { "$ref": "#/definitions/permissions" } } }, "networkAcls": { "type": ["object", "null"], "properties": { "bypass": { "type": ["string", "null"] }, "defaultAction": { "type": ["string", "null"] }, "ipRules": { "type": ["array", "null"], "items": { "type": "object", "required": ["value"], "properties": { "value": { "type": "string" } } } }, "virtualNetworkRules": { "type": ["array", "null"], "items": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string" } } } } } }, "vault": { "type": "object", "required": ["id", "name"], "properties": { "id": { "type": "string", "pattern": "^/subscriptions/[^/]+/" }, "name": { "type": "string" }, "resourceGroup": { "type": ["string", "null"] }, "properties": { "type": "object", "required": ["tenantId"], "properties": { "tenantId": { "type": "string" }, "enableRbacAuthorization": { "type": ["boolean", "null"] }, "accessPolicies": { "type": ["array", "null"], "items": { "$ref": "#/definitions/accessPolicy" } }, "networkAcls": { "$ref": "#/definitions/networkAcls" }, "publicNetworkAccess": { "type": ["string", "null"] }, "privateEndpointConnections": { "type": ["array", "null"] } } } } }, "roleAssignment": { "type": "object", "required": ["principalId", "roleDefinitionId", "scope"], "properties": { "id": { "type": "string" }, "principalId": { "type": "string" }, "principalType": { "type": ["string", "null"] }, "roleDefinitionId": { "type": "string", "pattern": "[0-9a-fA-F-]{36}$" }, "roleDefinitionName": { "type": ["string", "null"] }, "scope": { "type": "string", "pattern": "^/" }, "condition": { "type": ["string", "null"] } } }, "rolePermission": { "type": "object", "properties": { "actions": { "$ref": "#/definitions/stringArray" }, "notActions": { "$ref": "#/definitions/stringArray" }, "dataActions": { "$ref": "#/definitions/stringArray" }, "notDataActions": { "$ref": "#/definitions/stringArray" } } }, "roleDefinition": { "type": "object", "required": ["id", "permissions"], "properties": { "id": { "type": "string", "pattern": "[0-9a-fA-F-]{36}$" }, "name": { "type": "string" }, "roleName": { "type": "string" }, "roleType": { "type": ["string", "null"] }, "permissions": { "type": "array", "items": { "$ref": "#/definitions/rolePermission" } }, "assignableScopes": { "$ref": "#/definitions/stringArray" } } }, "identity": { "type": "object", "required": ["clientId", "principalId"], "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "clientId": { "type": "string" }, "principalId": { "type": "string" }, "tenantId": { "type": ["string", "null"] }, "resourceGroup": { "type": ["string", "null"] } } }, "servicePrincipal": { "type": "object", "required": ["appId"], "properties": { "id": { "type": "string", "description": "Object id (Microsoft Graph); older CLIs print objectId." }, "objectId": { "type": "string" }, "appId": { "type": "string" }, "appOwnerOrganizationId": { "type": ["string", "null"] }, "displayName": { "type": ["string", "null"] } } }, "vmss": { "type": "object", "required": ["name"], "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "identity": { "type": ["object", "null"], "properties": { "type": { "type": ["string", "null"] }, "principalId": { "type": ["string", "null"] }, "tenantId": { "type": ["string", "null"] }, "userAssignedIdentities": { "type": ["object", "null"], "additionalProperties": { "type": "object", "properties": { "clientId": { "type": ["string", "null"] }, "principalId": { "type": ["string", "null"] } } } } } } } }, "federatedCredential": { "type": "object", "required": ["issuer", "subject"], "properties": { "identityId": { "type": "string", "description": "Resource id of the user-assigned identity; derived from id when absent." }, "id": { "type": "string" }, "name": { "type": "string" }, "issuer": { "type": "string" }, "subject": { "type": "string" }, "audiences": { "$ref": "#/definitions/stringArray" } } } } };
var schema21 = { "type": "object", "required": ["principalId", "roleDefinitionId", "scope"], "properties": { "id": { "type": "string" }, "principalId": { "type": "string" }, "principalType": { "type": ["string", "null"] }, "roleDefinitionId": { "type": "string", "pattern": "[0-9a-fA-F-]{36}$" }, "roleDefinitionName": { "type": ["string", "null"] }, "scope": { "type": "string", "pattern": "^/" }, "condition": { "type": ["string", "null"] } } };
var schema29 = { "type": "object", "required": ["clientId", "principalId"], "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "clientId": { "type": "string" }, "principalId": { "type": "string" }, "tenantId": { "type": ["string", "null"] }, "resourceGroup": { "type": ["string", "null"] } } };
var schema30 = { "type": "object", "required": ["appId"], "properties": { "id": { "type": "string", "description": "Object id (Microsoft Graph); older CLIs print objectId." }, "objectId": { "type": "string" }, "appId": { "type": "string" }, "appOwnerOrganizationId": { "type": ["string", "null"] }, "displayName": { "type": ["string", "null"] } } };
var schema31 = { "type": "object", "required": ["name"], "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "identity": { "type": ["object", "null"], "properties": { "type": { "type": ["string", "null"] }, "principalId": { "type": ["string", "null"] }, "tenantId": { "type": ["string", "null"] }, "userAssignedIdentities": { "type": ["object", "null"], "additionalProperties": { "type": "object", "properties": { "clientId": { "type": ["string", "null"] }, "principalId": { "type": ["string", "null"] } } } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var schema13 = { "type": "object", "required": ["id", "name"], "properties": { "id": { "type": "string", "pattern": "^/subscriptions/[^/]+/" }, "name": { "type": "string" }, "resourceGroup": { "type": ["string", "null"] }, "properties": { "type": "object", "required": ["tenantId"], "properties": { "tenantId": { "type": "string" }, "enableRbacAuthorization": { "type": ["boolean", "null"] }, "accessPolicies": { "type": ["array", "null"], "items": { "$ref": "#/definitions/accessPolicy" } }, "networkAcls": { "$ref": "#/definitions/networkAcls" }, "publicNetworkAccess": { "type": ["string", "null"] }, "privateEndpointConnections": { "type": ["array", "null"] } } } } };
var schema20 = { "type": ["object", "null"], "properties": { "bypass": { "type": ["string", "null"] }, "defaultAction": { "type": ["string", "null"] }, "ipRules": { "type": ["array", "null"], "items": { "type": "object", "required": ["value"], "properties": { "value": { "type": "string" } } } }, "virtualNetworkRules": { "type": ["array", "null"], "items": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string" } } } } } };
var pattern0 = new RegExp("^/subscriptions/[^/]+/", "u");
var schema14 = { "type": "object", "required": ["tenantId", "objectId", "permissions"], "properties": { "tenantId": { "type": "string" }, "objectId": { "type": "string" }, "applicationId": { "type": ["string", "null"] }, "permissions": { "$ref": "#/definitions/permissions" } } };
var schema15 = { "type": ["object", "null"], "properties": { "keys": { "$ref": "#/definitions/stringArray" }, "secrets": { "$ref": "#/definitions/stringArray" }, "certificates": { "$ref": "#/definitions/stringArray" }, "storage": { "$ref": "#/definitions/stringArray" } } };
var schema16 = { "type": ["array", "null"], "items": { "type": "string" } };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema15.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.keys !== void 0) {
      let data0 = data.keys;
      if (!Array.isArray(data0) && data0 !== null) {
        const err1 = { instancePath: instancePath + "/keys", schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: schema16.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err2 = { instancePath: instancePath + "/keys/" + i0, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      }
    }
    if (data.secrets !== void 0) {
      let data2 = data.secrets;
      if (!Array.isArray(data2) && data2 !== null) {
        const err3 = { instancePath: instancePath + "/secrets", schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: schema16.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data2[i1] !== "string") {
            const err4 = { instancePath: instancePath + "/secrets/" + i1, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    }
    if (data.certificates !== void 0) {
      let data4 = data.certificates;
      if (!Array.isArray(data4) && data4 !== null) {
        const err5 = { instancePath: instancePath + "/certificates", schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: schema16.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data4[i2] !== "string") {
            const err6 = { instancePath: instancePath + "/certificates/" + i2, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.storage !== void 0) {
      let data6 = data.storage;
      if (!Array.isArray(data6) && data6 !== null) {
        const err7 = { instancePath: instancePath + "/storage", schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: schema16.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data6[i3] !== "string") {
            const err8 = { instancePath: instancePath + "/storage/" + i3, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
    }
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tenantId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tenantId" }, message: "must have required property 'tenantId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.objectId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "objectId" }, message: "must have required property 'objectId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.permissions === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "permissions" }, message: "must have required property 'permissions'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.tenantId !== void 0) {
      if (typeof data.tenantId !== "string") {
        const err3 = { instancePath: instancePath + "/tenantId", schemaPath: "#/properties/tenantId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.objectId !== void 0) {
      if (typeof data.objectId !== "string") {
        const err4 = { instancePath: instancePath + "/objectId", schemaPath: "#/properties/objectId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.applicationId !== void 0) {
      let data2 = data.applicationId;
      if (typeof data2 !== "string" && data2 !== null) {
        const err5 = { instancePath: instancePath + "/applicationId", schemaPath: "#/properties/applicationId/type", keyword: "type", params: { type: schema14.properties.applicationId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.permissions !== void 0) {
      if (!validate13(data.permissions, { instancePath: instancePath + "/permissions", parentData: data, parentDataProperty: "permissions", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err2 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^/subscriptions/[^/]+/" }, message: 'must match pattern "^/subscriptions/[^/]+/"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.resourceGroup !== void 0) {
      let data2 = data.resourceGroup;
      if (typeof data2 !== "string" && data2 !== null) {
        const err5 = { instancePath: instancePath + "/resourceGroup", schemaPath: "#/properties/resourceGroup/type", keyword: "type", params: { type: schema13.properties.resourceGroup.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.properties !== void 0) {
      let data3 = data.properties;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.tenantId === void 0) {
          const err6 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/required", keyword: "required", params: { missingProperty: "tenantId" }, message: "must have required property 'tenantId'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data3.tenantId !== void 0) {
          if (typeof data3.tenantId !== "string") {
            const err7 = { instancePath: instancePath + "/properties/tenantId", schemaPath: "#/properties/properties/properties/tenantId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data3.enableRbacAuthorization !== void 0) {
          let data5 = data3.enableRbacAuthorization;
          if (typeof data5 !== "boolean" && data5 !== null) {
            const err8 = { instancePath: instancePath + "/properties/enableRbacAuthorization", schemaPath: "#/properties/properties/properties/enableRbacAuthorization/type", keyword: "type", params: { type: schema13.properties.properties.properties.enableRbacAuthorization.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data3.accessPolicies !== void 0) {
          let data6 = data3.accessPolicies;
          if (!Array.isArray(data6) && data6 !== null) {
            const err9 = { instancePath: instancePath + "/properties/accessPolicies", schemaPath: "#/properties/properties/properties/accessPolicies/type", keyword: "type", params: { type: schema13.properties.properties.properties.accessPolicies.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (Array.isArray(data6)) {
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate12(data6[i0], { instancePath: instancePath + "/properties/accessPolicies/" + i0, parentData: data6, parentDataProperty: i0, rootData })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
              }
            }
          }
        }
        if (data3.networkAcls !== void 0) {
          let data8 = data3.networkAcls;
          if (!(data8 && typeof data8 == "object" && !Array.isArray(data8)) && data8 !== null) {
            const err10 = { instancePath: instancePath + "/properties/networkAcls", schemaPath: "#/definitions/networkAcls/type", keyword: "type", params: { type: schema20.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.bypass !== void 0) {
              let data9 = data8.bypass;
              if (typeof data9 !== "string" && data9 !== null) {
                const err11 = { instancePath: instancePath + "/properties/networkAcls/bypass", schemaPath: "#/definitions/networkAcls/properties/bypass/type", keyword: "type", params: { type: schema20.properties.bypass.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data8.defaultAction !== void 0) {
              let data10 = data8.defaultAction;
              if (typeof data10 !== "string" && data10 !== null) {
                const err12 = { instancePath: instancePath + "/properties/networkAcls/defaultAction", schemaPath: "#/definitions/networkAcls/properties/defaultAction/type", keyword: "type", params: { type: schema20.properties.defaultAction.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data8.ipRules !== void 0) {
              let data11 = data8.ipRules;
              if (!Array.isArray(data11) && data11 !== null) {
                const err13 = { instancePath: instancePath + "/properties/networkAcls/ipRules", schemaPath: "#/definitions/networkAcls/properties/ipRules/type", keyword: "type", params: { type: schema20.properties.ipRules.type }, message: "must be array,null" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              if (Array.isArray(data11)) {
                const len1 = data11.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data12 = data11[i1];
                  if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                    if (data12.value === void 0) {
                      const err14 = { instancePath: instancePath + "/properties/networkAcls/ipRules/" + i1, schemaPath: "#/definitions/networkAcls/properties/ipRules/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                    if (data12.value !== void 0) {
                      if (typeof data12.value !== "string") {
                        const err15 = { instancePath: instancePath + "/properties/networkAcls/ipRules/" + i1 + "/value", schemaPath: "#/definitions/networkAcls/properties/ipRules/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err15];
                        } else {
                          vErrors.push(err15);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err16 = { instancePath: instancePath + "/properties/networkAcls/ipRules/" + i1, schemaPath: "#/definitions/networkAcls/properties/ipRules/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data8.virtualNetworkRules !== void 0) {
              let data14 = data8.virtualNetworkRules;
              if (!Array.isArray(data14) && data14 !== null) {
                const err17 = { instancePath: instancePath + "/properties/networkAcls/virtualNetworkRules", schemaPath: "#/definitions/networkAcls/properties/virtualNetworkRules/type", keyword: "type", params: { type: schema20.properties.virtualNetworkRules.type }, message: "must be array,null" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              if (Array.isArray(data14)) {
                const len2 = data14.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data15 = data14[i2];
                  if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                    if (data15.id === void 0) {
                      const err18 = { instancePath: instancePath + "/properties/networkAcls/virtualNetworkRules/" + i2, schemaPath: "#/definitions/networkAcls/properties/virtualNetworkRules/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                    if (data15.id !== void 0) {
                      if (typeof data15.id !== "string") {
                        const err19 = { instancePath: instancePath + "/properties/networkAcls/virtualNetworkRules/" + i2 + "/id", schemaPath: "#/definitions/networkAcls/properties/virtualNetworkRules/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err20 = { instancePath: instancePath + "/properties/networkAcls/virtualNetworkRules/" + i2, schemaPath: "#/definitions/networkAcls/properties/virtualNetworkRules/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
              }
            }
          }
        }
        if (data3.publicNetworkAccess !== void 0) {
          let data17 = data3.publicNetworkAccess;
          if (typeof data17 !== "string" && data17 !== null) {
            const err21 = { instancePath: instancePath + "/properties/publicNetworkAccess", schemaPath: "#/properties/properties/properties/publicNetworkAccess/type", keyword: "type", params: { type: schema13.properties.properties.properties.publicNetworkAccess.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data3.privateEndpointConnections !== void 0) {
          let data18 = data3.privateEndpointConnections;
          if (!Array.isArray(data18) && data18 !== null) {
            const err22 = { instancePath: instancePath + "/properties/privateEndpointConnections", schemaPath: "#/properties/properties/properties/privateEndpointConnections/type", keyword: "type", params: { type: schema13.properties.properties.properties.privateEndpointConnections.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema22 = { "type": "object", "required": ["id", "permissions"], "properties": { "id": { "type": "string", "pattern": "[0-9a-fA-F-]{36}$" }, "name": { "type": "string" }, "roleName": { "type": "string" }, "roleType": { "type": ["string", "null"] }, "permissions": { "type": "array", "items": { "$ref": "#/definitions/rolePermission" } }, "assignableScopes": { "$ref": "#/definitions/stringArray" } } };
var pattern1 = new RegExp("[0-9a-fA-F-]{36}$", "u");
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.actions !== void 0) {
      let data0 = data.actions;
      if (!Array.isArray(data0) && data0 !== null) {
        const err0 = { instancePath: instancePath + "/actions", schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: schema16.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err1 = { instancePath: instancePath + "/actions/" + i0, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    }
    if (data.notActions !== void 0) {
      let data2 = data.notActions;
      if (!Array.isArray(data2) && data2 !== null) {
        const err2 = { instancePath: instancePath + "/notActions", schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: schema16.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data2[i1] !== "string") {
            const err3 = { instancePath: instancePath + "/notActions/" + i1, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.dataActions !== void 0) {
      let data4 = data.dataActions;
      if (!Array.isArray(data4) && data4 !== null) {
        const err4 = { instancePath: instancePath + "/dataActions", schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: schema16.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data4[i2] !== "string") {
            const err5 = { instancePath: instancePath + "/dataActions/" + i2, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.notDataActions !== void 0) {
      let data6 = data.notDataActions;
      if (!Array.isArray(data6) && data6 !== null) {
        const err6 = { instancePath: instancePath + "/notDataActions", schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: schema16.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data6[i3] !== "string") {
            const err7 = { instancePath: instancePath + "/notDataActions/" + i3, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.permissions === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "permissions" }, message: "must have required property 'permissions'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern1.test(data0)) {
          const err2 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "[0-9a-fA-F-]{36}$" }, message: 'must match pattern "[0-9a-fA-F-]{36}$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.roleName !== void 0) {
      if (typeof data.roleName !== "string") {
        const err5 = { instancePath: instancePath + "/roleName", schemaPath: "#/properties/roleName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.roleType !== void 0) {
      let data3 = data.roleType;
      if (typeof data3 !== "string" && data3 !== null) {
        const err6 = { instancePath: instancePath + "/roleType", schemaPath: "#/properties/roleType/type", keyword: "type", params: { type: schema22.properties.roleType.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.permissions !== void 0) {
      let data4 = data.permissions;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate18(data4[i0], { instancePath: instancePath + "/permissions/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.assignableScopes !== void 0) {
      let data6 = data.assignableScopes;
      if (!Array.isArray(data6) && data6 !== null) {
        const err8 = { instancePath: instancePath + "/assignableScopes", schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: schema16.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data6[i1] !== "string") {
            const err9 = { instancePath: instancePath + "/assignableScopes/" + i1, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.issuer === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "issuer" }, message: "must have required property 'issuer'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.subject === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.identityId !== void 0) {
      if (typeof data.identityId !== "string") {
        const err2 = { instancePath: instancePath + "/identityId", schemaPath: "#/properties/identityId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      if (typeof data.id !== "string") {
        const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.issuer !== void 0) {
      if (typeof data.issuer !== "string") {
        const err5 = { instancePath: instancePath + "/issuer", schemaPath: "#/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      if (typeof data.subject !== "string") {
        const err6 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.audiences !== void 0) {
      let data5 = data.audiences;
      if (!Array.isArray(data5) && data5 !== null) {
        const err7 = { instancePath: instancePath + "/audiences", schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: schema16.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data5[i0] !== "string") {
            const err8 = { instancePath: instancePath + "/audiences/" + i0, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var schema34 = { "type": "object", "description": "One object of a vault, az CLI data-plane shape (id or kid https://<vault>.vault.azure.net/<secrets|keys|certificates>/<name>[/<version>], attributes.enabled/expires/notBefore as ISO dates, managed) or ARM shape (id .../vaults/<vault>/<secrets|keys>/<name>[/versions/<version>], properties.attributes.enabled/exp/nbf in Unix seconds, properties.contentType).", "properties": { "id": { "type": "string", "minLength": 1 }, "kid": { "type": "string", "minLength": 1 }, "name": { "type": ["string", "null"] }, "managed": { "type": ["boolean", "null"] }, "contentType": { "type": ["string", "null"] }, "attributes": { "$ref": "#/definitions/itemAttributes" }, "properties": { "type": ["object", "null"], "properties": { "attributes": { "$ref": "#/definitions/itemAttributes" }, "contentType": { "type": ["string", "null"] } } } } };
var schema35 = { "type": ["object", "null"], "properties": { "enabled": { "type": ["boolean", "null"] }, "expires": { "description": "ISO 8601 date (az) or Unix seconds" }, "notBefore": { "description": "ISO 8601 date (az) or Unix seconds" }, "exp": { "description": "Unix seconds (ARM)" }, "nbf": { "description": "Unix seconds (ARM)" } } };
var func3 = import_ucs2length.default.default;
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err0 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.kid !== void 0) {
      let data1 = data.kid;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err2 = { instancePath: instancePath + "/kid", schemaPath: "#/properties/kid/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/kid", schemaPath: "#/properties/kid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 !== "string" && data2 !== null) {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema34.properties.name.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.managed !== void 0) {
      let data3 = data.managed;
      if (typeof data3 !== "boolean" && data3 !== null) {
        const err5 = { instancePath: instancePath + "/managed", schemaPath: "#/properties/managed/type", keyword: "type", params: { type: schema34.properties.managed.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.contentType !== void 0) {
      let data4 = data.contentType;
      if (typeof data4 !== "string" && data4 !== null) {
        const err6 = { instancePath: instancePath + "/contentType", schemaPath: "#/properties/contentType/type", keyword: "type", params: { type: schema34.properties.contentType.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.attributes !== void 0) {
      let data5 = data.attributes;
      if (!(data5 && typeof data5 == "object" && !Array.isArray(data5)) && data5 !== null) {
        const err7 = { instancePath: instancePath + "/attributes", schemaPath: "#/definitions/itemAttributes/type", keyword: "type", params: { type: schema35.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.enabled !== void 0) {
          let data6 = data5.enabled;
          if (typeof data6 !== "boolean" && data6 !== null) {
            const err8 = { instancePath: instancePath + "/attributes/enabled", schemaPath: "#/definitions/itemAttributes/properties/enabled/type", keyword: "type", params: { type: schema35.properties.enabled.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
    }
    if (data.properties !== void 0) {
      let data7 = data.properties;
      if (!(data7 && typeof data7 == "object" && !Array.isArray(data7)) && data7 !== null) {
        const err9 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: schema34.properties.properties.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.attributes !== void 0) {
          let data8 = data7.attributes;
          if (!(data8 && typeof data8 == "object" && !Array.isArray(data8)) && data8 !== null) {
            const err10 = { instancePath: instancePath + "/properties/attributes", schemaPath: "#/definitions/itemAttributes/type", keyword: "type", params: { type: schema35.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.enabled !== void 0) {
              let data9 = data8.enabled;
              if (typeof data9 !== "boolean" && data9 !== null) {
                const err11 = { instancePath: instancePath + "/properties/attributes/enabled", schemaPath: "#/definitions/itemAttributes/properties/enabled/type", keyword: "type", params: { type: schema35.properties.enabled.type }, message: "must be boolean,null" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          }
        }
        if (data7.contentType !== void 0) {
          let data10 = data7.contentType;
          if (typeof data10 !== "string" && data10 !== null) {
            const err12 = { instancePath: instancePath + "/properties/contentType", schemaPath: "#/properties/properties/properties/contentType/type", keyword: "type", params: { type: schema34.properties.properties.properties.contentType.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var pattern2 = new RegExp("^/", "u");
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
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.generator !== void 0) {
      if (typeof data.generator !== "string") {
        const err2 = { instancePath: instancePath + "/generator", schemaPath: "#/properties/generator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.generatedAt !== void 0) {
      if (typeof data.generatedAt !== "string") {
        const err3 = { instancePath: instancePath + "/generatedAt", schemaPath: "#/properties/generatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.subscriptions !== void 0) {
      let data3 = data.subscriptions;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data3[i0] !== "string") {
            const err4 = { instancePath: instancePath + "/subscriptions/" + i0, schemaPath: "#/properties/subscriptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/subscriptions", schemaPath: "#/properties/subscriptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.incomplete !== void 0) {
      let data5 = data.incomplete;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.subscriptions !== void 0) {
          let data6 = data5.subscriptions;
          if (Array.isArray(data6)) {
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data6[i1] !== "string") {
                const err6 = { instancePath: instancePath + "/incomplete/subscriptions/" + i1, schemaPath: "#/definitions/incomplete/properties/subscriptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/incomplete/subscriptions", schemaPath: "#/definitions/incomplete/properties/subscriptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data5.identitySubscriptions !== void 0) {
          let data8 = data5.identitySubscriptions;
          if (Array.isArray(data8)) {
            const len2 = data8.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data8[i2] !== "string") {
                const err8 = { instancePath: instancePath + "/incomplete/identitySubscriptions/" + i2, schemaPath: "#/definitions/incomplete/properties/identitySubscriptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/incomplete/identitySubscriptions", schemaPath: "#/definitions/incomplete/properties/identitySubscriptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data5.vaultRoleAssignments !== void 0) {
          let data10 = data5.vaultRoleAssignments;
          if (Array.isArray(data10)) {
            const len3 = data10.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (typeof data10[i3] !== "string") {
                const err10 = { instancePath: instancePath + "/incomplete/vaultRoleAssignments/" + i3, schemaPath: "#/definitions/incomplete/properties/vaultRoleAssignments/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/incomplete/vaultRoleAssignments", schemaPath: "#/definitions/incomplete/properties/vaultRoleAssignments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data5.federatedCredentials !== void 0) {
          let data12 = data5.federatedCredentials;
          if (Array.isArray(data12)) {
            const len4 = data12.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (typeof data12[i4] !== "string") {
                const err12 = { instancePath: instancePath + "/incomplete/federatedCredentials/" + i4, schemaPath: "#/definitions/incomplete/properties/federatedCredentials/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/incomplete/federatedCredentials", schemaPath: "#/definitions/incomplete/properties/federatedCredentials/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data5.roleDefinitions !== void 0) {
          let data14 = data5.roleDefinitions;
          if (Array.isArray(data14)) {
            const len5 = data14.length;
            for (let i5 = 0; i5 < len5; i5++) {
              if (typeof data14[i5] !== "string") {
                const err14 = { instancePath: instancePath + "/incomplete/roleDefinitions/" + i5, schemaPath: "#/definitions/incomplete/properties/roleDefinitions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/incomplete/roleDefinitions", schemaPath: "#/definitions/incomplete/properties/roleDefinitions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data5.vmssSubscriptions !== void 0) {
          let data16 = data5.vmssSubscriptions;
          if (Array.isArray(data16)) {
            const len6 = data16.length;
            for (let i6 = 0; i6 < len6; i6++) {
              if (typeof data16[i6] !== "string") {
                const err16 = { instancePath: instancePath + "/incomplete/vmssSubscriptions/" + i6, schemaPath: "#/definitions/incomplete/properties/vmssSubscriptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/incomplete/vmssSubscriptions", schemaPath: "#/definitions/incomplete/properties/vmssSubscriptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data5.vaultContents !== void 0) {
          let data18 = data5.vaultContents;
          if (Array.isArray(data18)) {
            const len7 = data18.length;
            for (let i7 = 0; i7 < len7; i7++) {
              if (typeof data18[i7] !== "string") {
                const err18 = { instancePath: instancePath + "/incomplete/vaultContents/" + i7, schemaPath: "#/definitions/incomplete/properties/vaultContents/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/incomplete/vaultContents", schemaPath: "#/definitions/incomplete/properties/vaultContents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/incomplete", schemaPath: "#/definitions/incomplete/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.vaults !== void 0) {
      let data20 = data.vaults;
      if (Array.isArray(data20)) {
        const len8 = data20.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (!validate11(data20[i8], { instancePath: instancePath + "/vaults/" + i8, parentData: data20, parentDataProperty: i8, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/vaults", schemaPath: "#/properties/vaults/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.roleAssignments !== void 0) {
      let data22 = data.roleAssignments;
      if (Array.isArray(data22)) {
        const len9 = data22.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data23 = data22[i9];
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.principalId === void 0) {
              const err22 = { instancePath: instancePath + "/roleAssignments/" + i9, schemaPath: "#/definitions/roleAssignment/required", keyword: "required", params: { missingProperty: "principalId" }, message: "must have required property 'principalId'" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data23.roleDefinitionId === void 0) {
              const err23 = { instancePath: instancePath + "/roleAssignments/" + i9, schemaPath: "#/definitions/roleAssignment/required", keyword: "required", params: { missingProperty: "roleDefinitionId" }, message: "must have required property 'roleDefinitionId'" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data23.scope === void 0) {
              const err24 = { instancePath: instancePath + "/roleAssignments/" + i9, schemaPath: "#/definitions/roleAssignment/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data23.id !== void 0) {
              if (typeof data23.id !== "string") {
                const err25 = { instancePath: instancePath + "/roleAssignments/" + i9 + "/id", schemaPath: "#/definitions/roleAssignment/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data23.principalId !== void 0) {
              if (typeof data23.principalId !== "string") {
                const err26 = { instancePath: instancePath + "/roleAssignments/" + i9 + "/principalId", schemaPath: "#/definitions/roleAssignment/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data23.principalType !== void 0) {
              let data26 = data23.principalType;
              if (typeof data26 !== "string" && data26 !== null) {
                const err27 = { instancePath: instancePath + "/roleAssignments/" + i9 + "/principalType", schemaPath: "#/definitions/roleAssignment/properties/principalType/type", keyword: "type", params: { type: schema21.properties.principalType.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data23.roleDefinitionId !== void 0) {
              let data27 = data23.roleDefinitionId;
              if (typeof data27 === "string") {
                if (!pattern1.test(data27)) {
                  const err28 = { instancePath: instancePath + "/roleAssignments/" + i9 + "/roleDefinitionId", schemaPath: "#/definitions/roleAssignment/properties/roleDefinitionId/pattern", keyword: "pattern", params: { pattern: "[0-9a-fA-F-]{36}$" }, message: 'must match pattern "[0-9a-fA-F-]{36}$"' };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/roleAssignments/" + i9 + "/roleDefinitionId", schemaPath: "#/definitions/roleAssignment/properties/roleDefinitionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data23.roleDefinitionName !== void 0) {
              let data28 = data23.roleDefinitionName;
              if (typeof data28 !== "string" && data28 !== null) {
                const err30 = { instancePath: instancePath + "/roleAssignments/" + i9 + "/roleDefinitionName", schemaPath: "#/definitions/roleAssignment/properties/roleDefinitionName/type", keyword: "type", params: { type: schema21.properties.roleDefinitionName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data23.scope !== void 0) {
              let data29 = data23.scope;
              if (typeof data29 === "string") {
                if (!pattern2.test(data29)) {
                  const err31 = { instancePath: instancePath + "/roleAssignments/" + i9 + "/scope", schemaPath: "#/definitions/roleAssignment/properties/scope/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"' };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/roleAssignments/" + i9 + "/scope", schemaPath: "#/definitions/roleAssignment/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data23.condition !== void 0) {
              let data30 = data23.condition;
              if (typeof data30 !== "string" && data30 !== null) {
                const err33 = { instancePath: instancePath + "/roleAssignments/" + i9 + "/condition", schemaPath: "#/definitions/roleAssignment/properties/condition/type", keyword: "type", params: { type: schema21.properties.condition.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/roleAssignments/" + i9, schemaPath: "#/definitions/roleAssignment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/roleAssignments", schemaPath: "#/properties/roleAssignments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.roleDefinitions !== void 0) {
      let data31 = data.roleDefinitions;
      if (Array.isArray(data31)) {
        const len10 = data31.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (!validate17(data31[i10], { instancePath: instancePath + "/roleDefinitions/" + i10, parentData: data31, parentDataProperty: i10, rootData })) {
            vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/roleDefinitions", schemaPath: "#/properties/roleDefinitions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.identities !== void 0) {
      let data33 = data.identities;
      if (Array.isArray(data33)) {
        const len11 = data33.length;
        for (let i11 = 0; i11 < len11; i11++) {
          let data34 = data33[i11];
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            if (data34.clientId === void 0) {
              const err37 = { instancePath: instancePath + "/identities/" + i11, schemaPath: "#/definitions/identity/required", keyword: "required", params: { missingProperty: "clientId" }, message: "must have required property 'clientId'" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data34.principalId === void 0) {
              const err38 = { instancePath: instancePath + "/identities/" + i11, schemaPath: "#/definitions/identity/required", keyword: "required", params: { missingProperty: "principalId" }, message: "must have required property 'principalId'" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data34.id !== void 0) {
              if (typeof data34.id !== "string") {
                const err39 = { instancePath: instancePath + "/identities/" + i11 + "/id", schemaPath: "#/definitions/identity/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data34.name !== void 0) {
              if (typeof data34.name !== "string") {
                const err40 = { instancePath: instancePath + "/identities/" + i11 + "/name", schemaPath: "#/definitions/identity/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data34.clientId !== void 0) {
              if (typeof data34.clientId !== "string") {
                const err41 = { instancePath: instancePath + "/identities/" + i11 + "/clientId", schemaPath: "#/definitions/identity/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data34.principalId !== void 0) {
              if (typeof data34.principalId !== "string") {
                const err42 = { instancePath: instancePath + "/identities/" + i11 + "/principalId", schemaPath: "#/definitions/identity/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data34.tenantId !== void 0) {
              let data39 = data34.tenantId;
              if (typeof data39 !== "string" && data39 !== null) {
                const err43 = { instancePath: instancePath + "/identities/" + i11 + "/tenantId", schemaPath: "#/definitions/identity/properties/tenantId/type", keyword: "type", params: { type: schema29.properties.tenantId.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data34.resourceGroup !== void 0) {
              let data40 = data34.resourceGroup;
              if (typeof data40 !== "string" && data40 !== null) {
                const err44 = { instancePath: instancePath + "/identities/" + i11 + "/resourceGroup", schemaPath: "#/definitions/identity/properties/resourceGroup/type", keyword: "type", params: { type: schema29.properties.resourceGroup.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/identities/" + i11, schemaPath: "#/definitions/identity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/identities", schemaPath: "#/properties/identities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.servicePrincipals !== void 0) {
      let data41 = data.servicePrincipals;
      if (Array.isArray(data41)) {
        const len12 = data41.length;
        for (let i12 = 0; i12 < len12; i12++) {
          let data42 = data41[i12];
          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            if (data42.appId === void 0) {
              const err47 = { instancePath: instancePath + "/servicePrincipals/" + i12, schemaPath: "#/definitions/servicePrincipal/required", keyword: "required", params: { missingProperty: "appId" }, message: "must have required property 'appId'" };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data42.id !== void 0) {
              if (typeof data42.id !== "string") {
                const err48 = { instancePath: instancePath + "/servicePrincipals/" + i12 + "/id", schemaPath: "#/definitions/servicePrincipal/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data42.objectId !== void 0) {
              if (typeof data42.objectId !== "string") {
                const err49 = { instancePath: instancePath + "/servicePrincipals/" + i12 + "/objectId", schemaPath: "#/definitions/servicePrincipal/properties/objectId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data42.appId !== void 0) {
              if (typeof data42.appId !== "string") {
                const err50 = { instancePath: instancePath + "/servicePrincipals/" + i12 + "/appId", schemaPath: "#/definitions/servicePrincipal/properties/appId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data42.appOwnerOrganizationId !== void 0) {
              let data46 = data42.appOwnerOrganizationId;
              if (typeof data46 !== "string" && data46 !== null) {
                const err51 = { instancePath: instancePath + "/servicePrincipals/" + i12 + "/appOwnerOrganizationId", schemaPath: "#/definitions/servicePrincipal/properties/appOwnerOrganizationId/type", keyword: "type", params: { type: schema30.properties.appOwnerOrganizationId.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data42.displayName !== void 0) {
              let data47 = data42.displayName;
              if (typeof data47 !== "string" && data47 !== null) {
                const err52 = { instancePath: instancePath + "/servicePrincipals/" + i12 + "/displayName", schemaPath: "#/definitions/servicePrincipal/properties/displayName/type", keyword: "type", params: { type: schema30.properties.displayName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/servicePrincipals/" + i12, schemaPath: "#/definitions/servicePrincipal/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/servicePrincipals", schemaPath: "#/properties/servicePrincipals/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.vmss !== void 0) {
      let data48 = data.vmss;
      if (Array.isArray(data48)) {
        const len13 = data48.length;
        for (let i13 = 0; i13 < len13; i13++) {
          let data49 = data48[i13];
          if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
            if (data49.name === void 0) {
              const err55 = { instancePath: instancePath + "/vmss/" + i13, schemaPath: "#/definitions/vmss/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data49.id !== void 0) {
              if (typeof data49.id !== "string") {
                const err56 = { instancePath: instancePath + "/vmss/" + i13 + "/id", schemaPath: "#/definitions/vmss/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data49.name !== void 0) {
              if (typeof data49.name !== "string") {
                const err57 = { instancePath: instancePath + "/vmss/" + i13 + "/name", schemaPath: "#/definitions/vmss/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data49.identity !== void 0) {
              let data52 = data49.identity;
              if (!(data52 && typeof data52 == "object" && !Array.isArray(data52)) && data52 !== null) {
                const err58 = { instancePath: instancePath + "/vmss/" + i13 + "/identity", schemaPath: "#/definitions/vmss/properties/identity/type", keyword: "type", params: { type: schema31.properties.identity.type }, message: "must be object,null" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                if (data52.type !== void 0) {
                  let data53 = data52.type;
                  if (typeof data53 !== "string" && data53 !== null) {
                    const err59 = { instancePath: instancePath + "/vmss/" + i13 + "/identity/type", schemaPath: "#/definitions/vmss/properties/identity/properties/type/type", keyword: "type", params: { type: schema31.properties.identity.properties.type.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
                if (data52.principalId !== void 0) {
                  let data54 = data52.principalId;
                  if (typeof data54 !== "string" && data54 !== null) {
                    const err60 = { instancePath: instancePath + "/vmss/" + i13 + "/identity/principalId", schemaPath: "#/definitions/vmss/properties/identity/properties/principalId/type", keyword: "type", params: { type: schema31.properties.identity.properties.principalId.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
                if (data52.tenantId !== void 0) {
                  let data55 = data52.tenantId;
                  if (typeof data55 !== "string" && data55 !== null) {
                    const err61 = { instancePath: instancePath + "/vmss/" + i13 + "/identity/tenantId", schemaPath: "#/definitions/vmss/properties/identity/properties/tenantId/type", keyword: "type", params: { type: schema31.properties.identity.properties.tenantId.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                if (data52.userAssignedIdentities !== void 0) {
                  let data56 = data52.userAssignedIdentities;
                  if (!(data56 && typeof data56 == "object" && !Array.isArray(data56)) && data56 !== null) {
                    const err62 = { instancePath: instancePath + "/vmss/" + i13 + "/identity/userAssignedIdentities", schemaPath: "#/definitions/vmss/properties/identity/properties/userAssignedIdentities/type", keyword: "type", params: { type: schema31.properties.identity.properties.userAssignedIdentities.type }, message: "must be object,null" };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                  if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                    for (const key1 in data56) {
                      let data57 = data56[key1];
                      if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                        if (data57.clientId !== void 0) {
                          let data58 = data57.clientId;
                          if (typeof data58 !== "string" && data58 !== null) {
                            const err63 = { instancePath: instancePath + "/vmss/" + i13 + "/identity/userAssignedIdentities/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/clientId", schemaPath: "#/definitions/vmss/properties/identity/properties/userAssignedIdentities/additionalProperties/properties/clientId/type", keyword: "type", params: { type: schema31.properties.identity.properties.userAssignedIdentities.additionalProperties.properties.clientId.type }, message: "must be string,null" };
                            if (vErrors === null) {
                              vErrors = [err63];
                            } else {
                              vErrors.push(err63);
                            }
                            errors++;
                          }
                        }
                        if (data57.principalId !== void 0) {
                          let data59 = data57.principalId;
                          if (typeof data59 !== "string" && data59 !== null) {
                            const err64 = { instancePath: instancePath + "/vmss/" + i13 + "/identity/userAssignedIdentities/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/principalId", schemaPath: "#/definitions/vmss/properties/identity/properties/userAssignedIdentities/additionalProperties/properties/principalId/type", keyword: "type", params: { type: schema31.properties.identity.properties.userAssignedIdentities.additionalProperties.properties.principalId.type }, message: "must be string,null" };
                            if (vErrors === null) {
                              vErrors = [err64];
                            } else {
                              vErrors.push(err64);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err65 = { instancePath: instancePath + "/vmss/" + i13 + "/identity/userAssignedIdentities/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/vmss/properties/identity/properties/userAssignedIdentities/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                    }
                  }
                }
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/vmss/" + i13, schemaPath: "#/definitions/vmss/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      } else {
        const err67 = { instancePath: instancePath + "/vmss", schemaPath: "#/properties/vmss/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.federatedCredentials !== void 0) {
      let data60 = data.federatedCredentials;
      if (Array.isArray(data60)) {
        const len14 = data60.length;
        for (let i14 = 0; i14 < len14; i14++) {
          if (!validate21(data60[i14], { instancePath: instancePath + "/federatedCredentials/" + i14, parentData: data60, parentDataProperty: i14, rootData })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err68 = { instancePath: instancePath + "/federatedCredentials", schemaPath: "#/properties/federatedCredentials/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.secrets !== void 0) {
      let data62 = data.secrets;
      if (Array.isArray(data62)) {
        const len15 = data62.length;
        for (let i15 = 0; i15 < len15; i15++) {
          if (!validate23(data62[i15], { instancePath: instancePath + "/secrets/" + i15, parentData: data62, parentDataProperty: i15, rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.keys !== void 0) {
      let data64 = data.keys;
      if (Array.isArray(data64)) {
        const len16 = data64.length;
        for (let i16 = 0; i16 < len16; i16++) {
          if (!validate23(data64[i16], { instancePath: instancePath + "/keys/" + i16, parentData: data64, parentDataProperty: i16, rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err70 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.certificates !== void 0) {
      let data66 = data.certificates;
      if (Array.isArray(data66)) {
        const len17 = data66.length;
        for (let i17 = 0; i17 < len17; i17++) {
          if (!validate23(data66[i17], { instancePath: instancePath + "/certificates/" + i17, parentData: data66, parentDataProperty: i17, rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/certificates", schemaPath: "#/properties/certificates/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.secretVersions !== void 0) {
      let data68 = data.secretVersions;
      if (Array.isArray(data68)) {
        const len18 = data68.length;
        for (let i18 = 0; i18 < len18; i18++) {
          if (!validate23(data68[i18], { instancePath: instancePath + "/secretVersions/" + i18, parentData: data68, parentDataProperty: i18, rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/secretVersions", schemaPath: "#/properties/secretVersions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.keyVersions !== void 0) {
      let data70 = data.keyVersions;
      if (Array.isArray(data70)) {
        const len19 = data70.length;
        for (let i19 = 0; i19 < len19; i19++) {
          if (!validate23(data70[i19], { instancePath: instancePath + "/keyVersions/" + i19, parentData: data70, parentDataProperty: i19, rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err73 = { instancePath: instancePath + "/keyVersions", schemaPath: "#/properties/keyVersions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.certificateVersions !== void 0) {
      let data72 = data.certificateVersions;
      if (Array.isArray(data72)) {
        const len20 = data72.length;
        for (let i20 = 0; i20 < len20; i20++) {
          if (!validate23(data72[i20], { instancePath: instancePath + "/certificateVersions/" + i20, parentData: data72, parentDataProperty: i20, rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err74 = { instancePath: instancePath + "/certificateVersions", schemaPath: "#/properties/certificateVersions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.contentVaults !== void 0) {
      let data74 = data.contentVaults;
      if (Array.isArray(data74)) {
        const len21 = data74.length;
        for (let i21 = 0; i21 < len21; i21++) {
          if (typeof data74[i21] !== "string") {
            const err75 = { instancePath: instancePath + "/contentVaults/" + i21, schemaPath: "#/properties/contentVaults/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
      } else {
        const err76 = { instancePath: instancePath + "/contentVaults", schemaPath: "#/properties/contentVaults/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
  } else {
    const err77 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err77];
    } else {
      vErrors.push(err77);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// dist/src/azure/state-file.js
var AzureStateError = class extends Error {
  code;
  file;
  pointer;
  detail;
  name = "AzureStateError";
  constructor(code, file, pointer, detail, options) {
    super(`${file}: ${pointer ? `${pointer}: ` : ""}${detail}`, options);
    this.code = code;
    this.file = file;
    this.pointer = pointer;
    this.detail = detail;
  }
};
var TOP_LEVEL_KEYS = [
  "vaults",
  "roleAssignments",
  "roleDefinitions",
  "identities",
  "servicePrincipals",
  "vmss",
  "federatedCredentials",
  "secrets",
  "keys",
  "certificates",
  "secretVersions",
  "keyVersions",
  "certificateVersions",
  "contentVaults"
];
function describe(e) {
  if (e.keyword === "required") {
    return { pointer: `${e.instancePath}/${String(e.params["missingProperty"])}`, detail: "is required" };
  }
  if (e.keyword === "additionalProperties") {
    const key = String(e.params["additionalProperty"]);
    return { pointer: `${e.instancePath}/${key}`, detail: `is not a known key (expected one of: ${TOP_LEVEL_KEYS.join(", ")})` };
  }
  if (e.keyword === "pattern") {
    return { pointer: e.instancePath, detail: `must match ${String(e.params["pattern"])}` };
  }
  return { pointer: e.instancePath, detail: e.message ?? e.keyword };
}
function parseAzureStateValue(value, file) {
  if (!validate(value)) {
    const errors = (validate.errors ?? []).slice();
    errors.sort((a, b) => b.instancePath.split("/").length - a.instancePath.split("/").length);
    const first = errors[0];
    if (!first)
      throw new AzureStateError("azure-state-invalid", file, "", "does not match the state file schema");
    const { pointer, detail } = describe(first);
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? "s" : ""})` : "";
    throw new AzureStateError("azure-state-invalid", file, pointer || "/", detail + more);
  }
  try {
    return normaliseState(value, file);
  } catch (err) {
    if (err instanceof NormaliseError)
      throw new AzureStateError("azure-state-invalid", file, err.pointer, err.message);
    throw err;
  }
}
function parseAzureState(text, file) {
  let value;
  try {
    value = JSON.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
  } catch (err) {
    throw new AzureStateError("azure-state-not-json", file, "", `is not valid JSON: ${jsonErrorPosition(err)}`, { cause: err });
  }
  return parseAzureStateValue(value, file);
}
async function readAzureStateFile(path, displayName = path) {
  let text;
  try {
    text = await readRegularFile(path);
  } catch (err) {
    throw new AzureStateError("azure-state-unreadable", displayName, "", `cannot be read: ${err.message}`, {
      cause: err
    });
  }
  return parseAzureState(text, displayName);
}
export {
  AzureStateError,
  parseAzureState,
  parseAzureStateValue,
  readAzureStateFile
};
