import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  buildVvpIndex,
  podSources
} from "./chunk-P4EUQCNS.js";

// dist/src/model/views.js
function deriveViews(inventory) {
  const vvpIndex = buildVvpIndex(inventory);
  const sources = podSources(inventory, vvpIndex);
  const volumes = [];
  for (const src of sources)
    for (const vol of src.volumes)
      if (vol.isSecretsVolume)
        volumes.push({ src, vol });
  return { podSources: sources, secretsVolumes: volumes, vvpIndex };
}

export {
  deriveViews
};
