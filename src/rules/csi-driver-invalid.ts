// csi-driver-invalid: a volume naming an SPC must use the driver secrets-store.csi.k8s.io.
import type { RuleModule } from '../engine/types.js';
import { CSI_DRIVER_NAME, SPC_GROUP } from '../model/kinds.js';
import { secretsVolumes } from './support/pods.js';
import { replaceString } from './support/fix.js';
import { show } from './support/spc.js';

export const rule: RuleModule = {
  id: 'csi-driver-invalid',
  check(ctx) {
    for (const { src, vol } of secretsVolumes(ctx.inventory)) {
      const csi = vol.csi!;
      if (!('volumeAttributes' in csi) || csi['driver'] === CSI_DRIVER_NAME) continue;
      const driver = csi['driver'];
      const missing = driver === undefined || driver === null || driver === '';
      // A blank `driver:` (the seed article's snippet) points at that key; an absent one at `csi`.
      const hasKey = 'driver' in csi;
      const path = hasKey ? [...vol.path, 'csi', 'driver'] : [...vol.path, 'csi'];
      const target = hasKey && driver !== null && driver !== undefined ? 'value' : 'key';
      ctx.report({
        object: src.object,
        path,
        target,
        message: missing
          ? `volume ${vol.name ?? ''} has ${hasKey ? 'an empty' : 'no'} csi.driver; the Secrets Store CSI driver is ${CSI_DRIVER_NAME}`
          : `csi.driver ${show(driver)} is not the Secrets Store CSI driver ${CSI_DRIVER_NAME}${driver === SPC_GROUP ? ` (${SPC_GROUP} is the API group of SecretProviderClass)` : ''}`,
        fix: target !== 'value' ? undefined : () => replaceString(src.object, path, 'value', CSI_DRIVER_NAME, `Set the driver to ${CSI_DRIVER_NAME}`),
      });
    }
  },
};
