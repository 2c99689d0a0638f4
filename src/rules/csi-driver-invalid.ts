// csi-driver-invalid: a volume naming an SPC must use the driver secrets-store.csi.k8s.io.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { CSI_DRIVER_NAME, SPC_GROUP } from '../model/kinds.js';
import { replaceString } from './support/fix.js';
import { show } from './support/spc.js';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS],
  messages: {
    driverMissing: 'volume {{volume}} has {{how}} csi.driver; the Secrets Store CSI driver is secrets-store.csi.k8s.io',
    driverWrong: 'csi.driver {{driver}} is not the Secrets Store CSI driver secrets-store.csi.k8s.io{{apiGroupHint}}',
  },
  fixable: true,
  create(ctx) {
    for (const { src, vol } of ctx.subjects.secretsVolumes) {
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
        ...(missing
          ? { messageId: 'driverMissing' as const, data: { volume: vol.name ?? '', how: hasKey ? 'an empty' : 'no' } }
          : { messageId: 'driverWrong' as const, data: { driver: show(driver), apiGroupHint: driver === SPC_GROUP ? ` (${SPC_GROUP} is the API group of SecretProviderClass)` : '' } }),
        fix: target !== 'value' ? undefined : () => replaceString(src.object, path, 'value', CSI_DRIVER_NAME, `Set the driver to ${CSI_DRIVER_NAME}`),
      });
    }
  },
});
