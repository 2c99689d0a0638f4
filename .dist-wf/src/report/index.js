import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
export const FORMATS = ['text', 'json', 'sarif', 'github'];
export function isFormat(name) {
    return FORMATS.includes(name);
}
export function formatResult(result, format, options = {}) {
    switch (format) {
        case 'text':
            return formatText(result, { color: options.color ?? false, ...(options.colorLevel ? { colorLevel: options.colorLevel } : {}) });
        case 'json':
            return formatJson(result, options);
        case 'sarif':
            return formatSarif(result, options);
        case 'github':
            return formatGithub(result, options);
    }
}
export { shouldColor } from './color.js';
export { formatText, formatJson, formatSarif, formatGithub };
