// vvp-pods-volume-name-mismatch: in pods.volumeMounts[], name, volume.name and volumeMount.name must agree.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { isRecord } from '../model/kinds.js';
import { at } from '../model/pod-sources/fields.js';

export default defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    entryName: 'entry name {{value}} differs from volume.name and volumeMount.name {{other}}; all three names must agree',
    fieldName: '{{label}} {{value}} differs from the entry name {{other}}; all three names must agree',
  },
  create(ctx) {
    for (const src of ctx.subjects.podSources) {
      if (src.flinkRole !== 'both') continue;
      const list = at(src.object.body, [...src.podPath, 'volumeMounts']);
      if (!Array.isArray(list)) continue;
      list.forEach((entry, i) => {
        if (!isRecord(entry)) return;
        const base = [...src.podPath, 'volumeMounts', i];
        const outer = entry['name'];
        const names: [string, (string | number)[], unknown][] = [
          ['volume.name', [...base, 'volume', 'name'], isRecord(entry['volume']) ? entry['volume']['name'] : undefined],
          ['volumeMount.name', [...base, 'volumeMount', 'name'], isRecord(entry['volumeMount']) ? entry['volumeMount']['name'] : undefined],
        ];
        const [vol, mount] = names;
        // volume.name and volumeMount.name agree: the entry name is the odd one out, reported once.
        if (typeof vol[2] === 'string' && vol[2] === mount[2] && outer !== undefined && outer !== vol[2]) {
          ctx.report({ object: src.object, path: [...base, 'name'], messageId: 'entryName', data: { value: JSON.stringify(outer), other: JSON.stringify(vol[2]) } });
          return;
        }
        for (const [label, path, value] of names) {
          if (value === undefined || value === outer) continue;
          ctx.report({ object: src.object, path, messageId: 'fieldName', data: { label, value: JSON.stringify(value), other: JSON.stringify(outer) }, related: [{ object: src.object, path: [...base, 'name'], message: 'entry name' }] });
        }
      });
    }
  },
});
