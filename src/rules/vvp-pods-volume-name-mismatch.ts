// vvp-pods-volume-name-mismatch: in pods.volumeMounts[], name, volume.name and volumeMount.name must agree.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';

export default defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    entryName: 'entry name {{value}} differs from volume.name and volumeMount.name {{other}}; all three names must agree',
    fieldName: '{{label}} {{value}} differs from the entry name {{other}}; all three names must agree',
  },
  create(ctx) {
    for (const src of ctx.subjects.podSources) {
      for (const entry of src.volumeEntries ?? []) {
        const outer = entry.name;
        const names: [string, (string | number)[], unknown][] = [
          ['volume.name', [...entry.path, 'volume', 'name'], entry.volumeName],
          ['volumeMount.name', [...entry.path, 'volumeMount', 'name'], entry.mountName],
        ];
        const [vol, mount] = names;
        // volume.name and volumeMount.name agree: the entry name is the odd one out, reported once.
        if (typeof vol[2] === 'string' && vol[2] === mount[2] && outer !== undefined && outer !== vol[2]) {
          ctx.report({ object: src.object, path: [...entry.path, 'name'], messageId: 'entryName', data: { value: JSON.stringify(outer), other: JSON.stringify(vol[2]) } });
          continue;
        }
        for (const [label, path, value] of names) {
          if (value === undefined || value === outer) continue;
          ctx.report({ object: src.object, path, messageId: 'fieldName', data: { label, value: JSON.stringify(value), other: JSON.stringify(outer) }, related: [{ object: src.object, path: [...entry.path, 'name'], message: 'entry name' }] });
        }
      }
    }
  },
});
