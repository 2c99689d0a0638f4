// Artifacts and locations for a SARIF run: every referenced file becomes one run.artifacts[] entry, and locations
// refer to it by relative URI + %SRCROOT% + index (GitHub resolves the URI against the checkout; the index keeps
// the log self-consistent for SARIF1009). Live objects become logicalLocations.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LogicalLocation, SourceFile, Span } from '../model/types.js';
import { formatFieldPath } from './field-path.js';
import { regionOf, type Region, type RegionMode } from './positions.js';
import { relativeUri } from './uri.js';

export const SRCROOT = '%SRCROOT%';

export interface ArtifactLocation {
  readonly uri: string;
  /** Absent for a file outside the project (an absolute file: URI instead of a path starting with ../). */
  readonly uriBaseId?: string;
  readonly index: number;
}

export class ArtifactTable {
  private readonly indexes = new Map<string, number>();

  /** `toPath` maps a project-relative path to the path GitHub resolves (see repositoryPath). */
  constructor(
    private readonly toPath: (relPath: string) => string = (p) => p,
    /** The absolute path of a project path, for files that lie outside the root. */
    private readonly toAbsolute?: (relPath: string) => string,
  ) {}

  readonly artifacts: { location: { uri: string; uriBaseId?: string }; roles: string[] }[] = [];

  /**
   * Each project path's location, worked out once: a result names its file two to four times (registered, located,
   * fixed) and findings cluster in files, while the path mapping resolves paths and encodes URIs each time.
   */
  private readonly located = new Map<string, ArtifactLocation>();

  locationOf(projectPath: string): ArtifactLocation {
    let location = this.located.get(projectPath);
    if (location === undefined) {
      location = Object.freeze(this.locate(projectPath));
      this.located.set(projectPath, location);
    }
    return location;
  }

  private locate(projectPath: string): ArtifactLocation {
    const relPath = this.toPath(projectPath);
    let index = this.indexes.get(relPath);
    // A path that leaves the root (`../x.yaml`) is not a valid %SRCROOT%-relative URI: name the file absolutely.
    const outside = this.toAbsolute !== undefined && (relPath === '..' || relPath.startsWith('../') || isAbsolute(relPath));
    const uri = outside ? pathToFileURL(this.toAbsolute!(projectPath)).href : relativeUri(relPath);
    const base = outside ? {} : { uriBaseId: SRCROOT };
    if (index === undefined) {
      index = this.artifacts.length;
      this.indexes.set(relPath, index);
      // Every file we reference was an input we read (or tried to); `roles` also keeps SARIF2004 quiet.
      this.artifacts.push({ location: { uri, ...base }, roles: ['analysisTarget'] });
    }
    return { uri, ...base, index };
  }
}

export interface PhysicalLocation {
  readonly artifactLocation: ArtifactLocation;
  readonly region: Region;
}

export function physicalLocation(artifacts: ArtifactTable, file: SourceFile, span: Span, mode: RegionMode = 'display'): PhysicalLocation {
  return { artifactLocation: artifacts.locationOf(file.relPath), region: regionOf(file, span, mode) };
}

export function logicalLocations(loc: LogicalLocation): Record<string, unknown>[] {
  const fqn = loc.fullyQualifiedName;
  const entry: Record<string, unknown> = {
    fullyQualifiedName: fqn,
    name: fqn.slice(fqn.lastIndexOf('/') + 1),
    kind: 'object',
  };
  const properties: Record<string, string> = { displayName: loc.displayName, source: loc.source };
  const path = formatFieldPath(loc.path);
  if (path !== '') properties['fieldPath'] = path;
  if (loc.uri !== undefined) properties['uri'] = loc.uri;
  entry['properties'] = properties;
  return [entry];
}
