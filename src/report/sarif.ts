// SARIF 2.1.0 for GitHub code scanning (one run, see /work/shared/peers-and-sarif.md §3): rules with full metadata,
// one location per result, our own primaryLocationLineHash (codeql-action's algorithm) plus a line-independent
// object fingerprint, suppressions, baseline state, fixes, artifacts, and the invocation with tool notifications.
//
// Live findings (cluster, VVP API, Azure) have no file. GitHub rejects a whole upload when any result's location
// lacks a physicalLocation ("locationFromSarifResult: expected a physical location"; multitool GH1001/GH1016), so by
// default (`liveFindings: 'omit'`) they are left out and one notification says how many; `'logical'` keeps them as
// results with a logicalLocations-only location, valid SARIF for other consumers but not for GitHub upload.
// Related locations on live objects are dropped in 'omit' mode for the same reason (their message text stays).
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { escapeJsonControls } from './escape.js';
import { heapCheckpoint } from '../heap-governor.js';
import type { Finding, LintResult, RuleMeta } from '../engine/types.js';
import type { ResolvedLocation, ToolNotification } from '../model/types.js';
import { primaryLocationLineHash } from './line-hash.js';
import { resolve } from 'node:path';
import { ArtifactTable, SRCROOT, logicalLocations, physicalLocation, type PhysicalLocation } from './sarif-locations.js';
import { INFORMATION_URI, reportingDescriptor, unknownRule } from './sarif-rules.js';
import { sentence, skippedHelmTemplates } from './summary.js';
import { describe } from './text.js';
import { directoryUri, repositoryPath } from './uri.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const OBJECT_FINGERPRINT_KEY = 'vvpKvLintObject/v1';
export const LIVE_OMITTED_ID = 'sarif-live-findings-omitted';

export interface SarifOptions {
  /** runs[].automationDetails.id category (GitHub: one analysis per category); omitted when not given. */
  readonly category?: string;
  /** What to do with findings that have no file; see the header comment. Default 'omit'. */
  readonly liveFindings?: 'omit' | 'logical';
  /** Absolute working directory for invocations[].workingDirectory; default result.root. */
  readonly workingDirectory?: string;
  /** JSON indentation; default 2. */
  readonly indent?: number;
}

type Json = Record<string, unknown>;

export function formatSarif(result: LintResult, options: SarifOptions = {}): string {
  return [...sarifPieces(result, options)].join('');
}

/**
 * The SARIF log as text, in pieces: the log around its results, then one result at a time. Each result's JSON is
 * built only when its piece is asked for, so a writer that writes piece by piece never holds the whole log (at
 * 100,000 documents the log as one object and string took about 150 MB). Joined, the pieces are exactly
 * JSON.stringify(buildSarif(result, options), null, indent), controls escaped.
 */
export function* sarifPieces(result: LintResult, options: SarifOptions = {}): Generator<string> {
  const indent = options.indent ?? 2;
  // A marker no input can contain stands for the results in the log's text, which is then cut around it.
  const marker = `vvp-kv-lint-results-${randomUUID()}`;
  const { log, results } = sarifLog(result, options, marker);
  const text = JSON.stringify(log, null, indent);
  const at = text.indexOf(JSON.stringify(marker));
  const line = text.slice(text.lastIndexOf('\n', at) + 1, at);
  const pad = line.slice(0, line.length - line.trimStart().length);
  const unit = ' '.repeat(indent);
  yield escapeJsonControls(text.slice(0, at));
  // JSON.stringify indents by whole units: the results' line is `pad.length / indent` units deep, their items one more.
  const indented = indent > 0 ? indentedAt(indent, pad.length / indent + 1) : undefined;
  let first = true;
  for (const r of results) {
    if (indented) yield escapeJsonControls(`${first ? '[' : ','}\n${pad}${unit}${indented(r)}`);
    else yield escapeJsonControls(`${first ? '[' : ','}${JSON.stringify(r)}`);
    first = false;
  }
  yield first ? '[]' : indent > 0 ? `\n${pad}]` : ']';
  yield `${escapeJsonControls(text.slice(at + JSON.stringify(marker).length))}\n`;
}

/**
 * JSON.stringify(value, null, indent) as a value `depth` levels deep in a log is written: every line after the first
 * indented `depth` units more. Stringified inside `depth` arrays and cut out, it comes out so indented with no
 * second pass over its text (about a fifth of stringifying a result).
 */
function indentedAt(indent: number, depth: number): (value: unknown) => string {
  const wrap = (value: unknown): unknown => {
    let wrapped = value;
    for (let i = 0; i < depth; i++) wrapped = [wrapped];
    return wrapped;
  };
  const probe = JSON.stringify(wrap(0), null, indent);
  const head = probe.indexOf('0');
  const tail = probe.length - head - 1;
  return (value) => {
    const text = JSON.stringify(wrap(value), null, indent);
    return text.slice(head, text.length - tail);
  };
}

/** The SARIF log as a plain object (tests and callers that post-process it). */
export function buildSarif(result: LintResult, options: SarifOptions = {}): Json {
  const marker = {};
  const { log, results } = sarifLog(result, options, marker);
  ((log['runs'] as Json[])[0] as Json)['results'] = [...results];
  return log;
}

/**
 * The log with `placeholder` where its results go, and the results, built one by one as they are iterated. The
 * artifact table is filled first, in the order building the results would fill it, so the artifacts (which come
 * before the results in the log) are complete and numbered as before.
 */
function sarifLog(result: LintResult, options: SarifOptions, placeholder: unknown): { log: Json; results: Iterable<Json> } {
  const keepLive = options.liveFindings === 'logical';
  const artifacts = new ArtifactTable((rel) => repositoryPath(result, rel), (rel) => resolve(result.root, rel));
  const rules = ruleTable(result);
  const findings = keepLive ? result.findings : result.findings.filter((f) => f.location.kind === 'file');
  for (const f of findings) registerArtifacts(f, artifacts);
  const results = (function* () {
    for (const f of findings) {
      heapCheckpoint(); // locating results may parse and read their files again
      yield resultJson(f, rules.index.get(f.ruleId)!, artifacts, keepLive);
    }
  })();

  const notifications = result.notifications.map((n) => notificationJson(n, artifacts));
  const omitted = result.findings.length - findings.length;
  if (omitted > 0) {
    notifications.push({
      level: 'warning',
      message: {
        text: `${omitted} finding${omitted === 1 ? '' : 's'} on live objects (no file location) left out of this SARIF log, because GitHub code scanning rejects results without a file location; use the text or json format to see them.`,
      },
      descriptor: { id: LIVE_OMITTED_ID },
    });
  }

  const root = directoryUri(result.repositoryRoot ?? result.root, pathToFileURL);
  const version = result.toolVersion;
  const driver: Json = { name: 'vvp-kv-lint', version };
  if (/^\d+\.\d+\.\d+(?:[-+].*)?$/.test(version)) driver['semanticVersion'] = version;
  driver['informationUri'] = INFORMATION_URI;
  driver['rules'] = rules.descriptors;

  const invocation: Json = {
    executionSuccessful: result.executionSuccessful,
    commandLine: result.commandLine,
    startTimeUtc: result.startTime.toISOString(),
    endTimeUtc: result.endTime.toISOString(),
    workingDirectory: { uri: directoryUri(options.workingDirectory ?? result.root, pathToFileURL) },
    toolExecutionNotifications: notifications,
  };
  // Chart templates skipped (each is also a notification): counted and named in one place, as in text and JSON.
  const templates = skippedHelmTemplates(result);
  if (templates.length > 0) invocation['properties'] = { helmTemplatesSkipped: templates };

  const run: Json = {
    tool: { driver },
    invocations: [invocation],
    originalUriBaseIds: { [SRCROOT]: { uri: root } },
    artifacts: artifacts.artifacts,
    results: placeholder,
    columnKind: 'utf16CodeUnits',
  };
  if (options.category !== undefined && options.category !== '') {
    // GitHub: automationDetails.id is "<category>/<run id>"; a trailing slash makes the whole value the category.
    run['automationDetails'] = { id: options.category.endsWith('/') ? options.category : `${options.category}/` };
  }
  return { log: { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] }, results };
}

/** The files a result names, registered in the order resultJson names them (primary, then related locations). */
function registerArtifacts(f: Finding, artifacts: ArtifactTable): void {
  if (f.location.kind === 'file') artifacts.locationOf(f.location.file.relPath);
  for (const r of f.related) if (r.location.kind === 'file') artifacts.locationOf(r.location.file.relPath);
}

function ruleTable(result: LintResult): { descriptors: Json[]; index: Map<string, number> } {
  const metas: RuleMeta[] = [...result.rules];
  const index = new Map<string, number>();
  metas.forEach((m, i) => {
    if (!index.has(m.id)) index.set(m.id, i);
  });
  for (const f of result.findings) {
    if (!index.has(f.ruleId)) {
      index.set(f.ruleId, metas.length);
      metas.push(unknownRule(f.ruleId));
    }
  }
  return { descriptors: metas.map(reportingDescriptor), index };
}

/** SARIF message strings treat `[text](id)` as embedded links; literal brackets and backslashes are escaped. */
export function escapeMessage(text: string): string {
  return text.replace(/[\\[\]]/g, (ch) => `\\${ch}`);
}

function locationJson(loc: ResolvedLocation, artifacts: ArtifactTable): Json {
  if (loc.kind === 'file') return { physicalLocation: physicalLocation(artifacts, loc.file, loc.span) };
  return { logicalLocations: logicalLocations(loc) };
}

function resultJson(f: Finding, ruleIndex: number, artifacts: ArtifactTable, keepLive: boolean): Json {
  const loc = f.location;
  const out: Json = { ruleId: f.ruleId, ruleIndex, level: f.level };

  const related = f.related.filter((r) => keepLive || r.location.kind === 'file');
  let text = escapeMessage(sentence(f.message));
  if (related.length > 0) {
    // GitHub links related locations only when the message embeds them.
    const links = related.map((r, i) => `[${escapeMessage(describe(r.location))}](${i + 1})`);
    text += ` Related: ${links.join(', ')}.`;
  }
  out['message'] = { text };
  if (f.remediation) {
    // Azure findings: the fix in Azure, in the markdown message (az) and in all three forms in the properties.
    const r = f.remediation;
    const missing = r.missing.length ? `\n\nNot certain without: ${r.missing.join('; ')}.` : '';
    const alt = r.alternative ? `\n\nAlternatively: ${r.alternative}.` : '';
    // Literal braces (the JSON body of an az rest call) are doubled in message strings (SARIF 2.1.0 §3.11.5);
    // the properties carry the commands exactly.
    const braces = (t: string): string => t.replace(/[{}]/g, (ch) => ch + ch);
    out['message'] = { text, markdown: `${text}\n\n**Fix in Azure** (${braces(r.summary)}):\n\n\`\`\`sh\n${braces(r.az)}\n\`\`\`${braces(alt)}${braces(missing)}` };
    out['properties'] = { remediation: { summary: r.summary, az: r.az, bicep: r.bicep, terraform: r.terraform, ...(r.alternative ? { alternative: r.alternative } : {}), missing: r.missing } };
  }
  const primary = locationJson(loc, artifacts);
  out['locations'] = [primary];
  if (related.length > 0) {
    out['relatedLocations'] = related.map((r, i) => ({
      id: i + 1,
      ...locationJson(r.location, artifacts),
      message: { text: escapeMessage(sentence(r.message)) },
    }));
  }

  const fingerprints: Json = {};
  if (loc.kind === 'file') {
    const start = (primary['physicalLocation'] as PhysicalLocation).region.startLine;
    const hash = primaryLocationLineHash(loc.file, start);
    if (hash !== undefined) fingerprints['primaryLocationLineHash'] = hash;
  }
  fingerprints[OBJECT_FINGERPRINT_KEY] = f.objectFingerprint;
  out['partialFingerprints'] = fingerprints;

  if (f.suppressions !== undefined && f.suppressions.length > 0) {
    out['suppressions'] = f.suppressions.map((s) => {
      const sup: Json = { kind: s.kind, justification: s.justification };
      if (s.status !== undefined) sup['status'] = s.status;
      return sup;
    });
  }
  if (f.baselineState !== undefined) out['baselineState'] = f.baselineState;
  if (f.fix !== undefined && loc.kind === 'file' && f.fix.edits.length > 0) {
    out['fixes'] = [
      {
        description: { text: sentence(f.fix.description) },
        artifactChanges: [
          {
            artifactLocation: artifacts.locationOf(loc.file.relPath),
            replacements: f.fix.edits.map((e) => {
              const replacement: Json = { deletedRegion: physicalLocation(artifacts, loc.file, e.span, 'exact').region };
              if (e.text !== '') replacement['insertedContent'] = { text: e.text };
              return replacement;
            }),
          },
        ],
      },
    ];
  }
  return out;
}

function notificationJson(n: ToolNotification, artifacts: ArtifactTable): Json {
  const out: Json = { level: n.level, message: { text: sentence(n.message) }, descriptor: { id: n.id } };
  if (n.file !== undefined) out['locations'] = [{ physicalLocation: { artifactLocation: artifacts.locationOf(n.file) } }];
  if (n.skippedChecks !== undefined) out['properties'] = { skippedChecks: n.skippedChecks, ...(n.remedy !== undefined ? { remedy: n.remedy } : {}) };
  return out;
}
