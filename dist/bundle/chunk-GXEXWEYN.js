import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);

// dist/src/engine/similar-ids.js
function similarIds(wanted, ids, max = 3) {
  const w = wanted.toLowerCase();
  const limit = Math.max(2, Math.floor(w.length / 3));
  return ids.map((id) => ({ id, d: id.includes(w) || w.length >= 4 && w.includes(id) ? 0.5 : distance(w, id) })).filter((x) => x.d <= limit).sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1)).slice(0, max).map((x) => x.id);
}
function distance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

export {
  similarIds
};
