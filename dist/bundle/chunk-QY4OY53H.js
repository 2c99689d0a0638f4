import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  isRecord
} from "./chunk-CXGTUAC5.js";

// dist/src/live/live-object.js
function liveObject(body, opts) {
  const metadata = isRecord(body["metadata"]) ? body["metadata"] : {};
  const kind = typeof body["kind"] === "string" ? body["kind"] : void 0;
  const name = typeof metadata["name"] === "string" ? metadata["name"] : void 0;
  const namespace = opts.namespace ?? (typeof metadata["namespace"] === "string" ? metadata["namespace"] : void 0);
  const apiVersion = typeof body["apiVersion"] === "string" ? body["apiVersion"] : void 0;
  const resource = opts.resource ?? (kind ?? "object").toLowerCase();
  const fqn = [opts.scope, namespace ?? "_cluster", kind ?? "Object", name ?? "?"].join("/");
  const display = namespace ? `${resource}/${namespace}/${name ?? "?"}` : `${resource}/${name ?? "?"}`;
  return {
    apiVersion,
    kind,
    name,
    namespace,
    body,
    source: { kind: "live", live: opts.live, cluster: opts.scope },
    locator: {
      locate(path) {
        return { kind: "logical", source: opts.live, fullyQualifiedName: fqn, displayName: display, path, uri: opts.uri };
      }
    }
  };
}

export {
  liveObject
};
