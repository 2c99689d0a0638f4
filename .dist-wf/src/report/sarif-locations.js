import { formatFieldPath } from './field-path.js';
import { regionOf } from './positions.js';
import { relativeUri } from './uri.js';
export const SRCROOT = '%SRCROOT%';
export class ArtifactTable {
    indexes = new Map();
    artifacts = [];
    locationOf(relPath) {
        let index = this.indexes.get(relPath);
        const uri = relativeUri(relPath);
        if (index === undefined) {
            index = this.artifacts.length;
            this.indexes.set(relPath, index);
            // Every file we reference was an input we read (or tried to); `roles` also keeps SARIF2004 quiet.
            this.artifacts.push({ location: { uri, uriBaseId: SRCROOT }, roles: ['analysisTarget'] });
        }
        return { uri, uriBaseId: SRCROOT, index };
    }
}
export function physicalLocation(artifacts, file, span, mode = 'display') {
    return { artifactLocation: artifacts.locationOf(file.relPath), region: regionOf(file, span, mode) };
}
export function logicalLocations(loc) {
    const fqn = loc.fullyQualifiedName;
    const entry = {
        fullyQualifiedName: fqn,
        name: fqn.slice(fqn.lastIndexOf('/') + 1),
        kind: 'object',
    };
    const properties = { displayName: loc.displayName, source: loc.source };
    const path = formatFieldPath(loc.path);
    if (path !== '')
        properties['fieldPath'] = path;
    if (loc.uri !== undefined)
        properties['uri'] = loc.uri;
    entry['properties'] = properties;
    return [entry];
}
