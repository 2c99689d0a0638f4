// SecretProviderClass CRD negotiation: which API version to list SPCs with, and whether the CRD is installed.
import { isRecord } from '../../model/kinds.js';
import { getOne, type Item, type ListOutcome, type listAll } from './list.js';
import type { Pool } from './pool.js';
import type { ReadLedger } from './read-ledger.js';
import { slimObject } from './redact.js';
import * as R from './resources.js';
import type { KubeResource } from './resources.js';
import type { KubeTransport } from './transport.js';

/** CRD first (it says which versions are served); without permission on CRDs, try v1 then v1alpha1. */
export async function readSpcs(t: KubeTransport, ledger: ReadLedger, pool: Pool, list: (res: KubeResource, o?: Parameters<typeof listAll>[2]) => Promise<ListOutcome>):
  Promise<{ installed: boolean | undefined; versions?: string[]; items: Item[]; res: KubeResource }> {
  const crd = await pool.run(() => getOne(t, R.resourcePath(R.CRD, undefined, R.SPC_CRD_NAME)));
  let installed: boolean | undefined;
  let versions: string[] | undefined;
  if (crd.status === 'absent') {
    ledger.succeeded++;
    ledger.markComplete(R.SPC_V1.kind); // no CRD, so no SecretProviderClass can exist
    return { installed: false, items: [], res: R.SPC_V1 };
  }
  if (crd.status === 'ok') {
    ledger.succeeded++;
    installed = true;
    const spec = isRecord(crd.item['spec']) ? crd.item['spec'] : {};
    versions = (Array.isArray(spec['versions']) ? spec['versions'] : [])
      .filter((v): v is Record<string, unknown> => isRecord(v) && v['served'] !== false && typeof v['name'] === 'string')
      .map((v) => v['name'] as string);
  } else {
    ledger.readErrors.spcCrd = ledger.fail(R.CRD, 'get', crd, undefined);
  }
  const order = versions && !versions.includes('v1') && versions.includes('v1alpha1') ? [R.SPC_V1ALPHA1] : [R.SPC_V1, R.SPC_V1ALPHA1];
  for (const res of order) {
    const o = await list(res, { keep: slimObject });
    if (o.status === 'absent') continue; // version not served: fall back
    delete ledger.readErrors.spcCrd;
    return { installed: installed ?? true, versions, items: ledger.settle(res, 'list', o), res };
  }
  // Neither version is served: the CRD is not installed, whatever the CRD read said.
  ledger.succeeded++;
  ledger.markComplete(R.SPC_V1.kind);
  delete ledger.readErrors.spcCrd;
  return { installed: false, versions, items: [], res: R.SPC_V1 };
}
