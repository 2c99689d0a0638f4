// spc-objects-file-collision: two objects written to one file overwrite each other.
import { defineRule } from './contract.js';
import { azureSpcs } from './support/spc.js';

export default defineRule({
  kinds: ['SecretProviderClass'],
  messages: {
    objectsFileCollision: 'objects entry {{index}} writes file {{file}}, already written by entry {{prev}}; give one an objectAlias',
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.subjects)) {
      if (spc.parameters === undefined || typeof spc.parameters['objects'] !== 'string') continue;
      const first = new Map<string, number>();
      for (const e of spc.objects.entries) {
        const name = e.fileName;
        if (!name) continue;
        // The provider writes to the file system; treat names case-insensitively only where the OS would not.
        const prev = first.get(name);
        if (prev === undefined) {
          first.set(name, e.index);
          continue;
        }
        const byAlias = typeof e.fields?.['objectAlias'] === 'string' && (e.fields['objectAlias'] as string).trim() !== '';
        const prevEntry = spc.objects.entries[prev]!;
        ctx.report({
          object: spc.object,
          path: spc.paramPath('objects'),
          location: e.locate(byAlias ? 'objectAlias' : 'objectName'),
          messageId: 'objectsFileCollision', data: { index: e.index, file: JSON.stringify(name), prev },
          related: [{ object: spc.object, path: spc.paramPath('objects'), location: prevEntry.locate(prevEntry.fields?.['objectAlias'] ? 'objectAlias' : 'objectName'), message: `entry ${prev} writes ${JSON.stringify(name)}` }],
          discriminator: String(e.index),
        });
      }
    }
  },
});
