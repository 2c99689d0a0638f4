// Core types shared by loaders, live sources, the inventory, the rule engine and the reporters.
// Position convention inside the tool: 0-based UTF-16 offsets into a file's text (`Span`).
// Conversion to 1-based line/column happens only at the reporting edge (src/report/positions.ts).
import type { StructureHints } from './structure-hints.js';
import type { ObjectClass } from './kinds.js';


/** A path into a YAML/JSON value: mapping keys and sequence indexes, e.g. ['spec', 'parameters', 'objects']. */
export type FieldPath = readonly (string | number)[];

/** SARIF levels; `none` only appears as a fail level or a rule turned off. */
export type Level = 'error' | 'warning' | 'note';

/** Half-open range [start, end) of 0-based UTF-16 offsets into SourceFile.text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A file read from disk. `relPath` is POSIX-style, relative to the project root (SARIF artifact URI). */
export interface SourceFile {
  readonly absPath: string;
  readonly relPath: string;
  /** Decoded text without BOM. Empty when the file could not be decoded. */
  readonly text: string;
  /**
   * False when the loader knows the text holds no suppression directive (model/directive-marker.ts): a file parsed
   * on a worker thread keeps no text here, and reading it again only to find no directive would undo that.
   */
  readonly mayHoldDirectives?: boolean;
}

/** What part of a mapping entry a finding points at. */
export type LocateTarget = 'key' | 'value';

/** A location in a file, already resolved to a span. `exact` is false when the path fell back to an ancestor. */
export interface FileLocation {
  readonly kind: 'file';
  readonly file: SourceFile;
  readonly span: Span;
  readonly exact: boolean;
}

/** A location on a live object (cluster, VVP API, Azure): no file, a logical name instead. */
export interface LogicalLocation {
  readonly kind: 'logical';
  /** 'cluster' | 'vvp' | 'azure' */
  readonly source: LiveSourceKind;
  /** SARIF logicalLocation.fullyQualifiedName, e.g. `aks-prod/vvp-jobs/SecretProviderClass/kv-spc`. */
  readonly fullyQualifiedName: string;
  /** How a user names the object in text output, e.g. `secretproviderclass/vvp-jobs/kv-spc` (kubectl style). */
  readonly displayName: string;
  /** Field path inside the object, e.g. `spec.parameters.keyvaultName`. */
  readonly path: FieldPath;
  /** Optional link a user can open (VVP UI, Azure portal). */
  readonly uri?: string;
}

export type ResolvedLocation = FileLocation | LogicalLocation;

export type LiveSourceKind = 'cluster' | 'vvp' | 'azure';

/** Resolves a field path of one object to a location; implemented by file and live origins. */
export interface Locator {
  locate(path: FieldPath, target?: LocateTarget): ResolvedLocation;
}

/**
 * One Kubernetes-style object (or VVP resource, or Helm values document) in the inventory.
 * `body` is the plain JS value; never mutate it.
 */
export interface ManifestObject {
  readonly apiVersion: string | undefined;
  readonly kind: string | undefined;
  readonly name: string | undefined;
  /** `metadata.namespace` as written; undefined when absent. */
  readonly namespace: string | undefined;
  readonly body: Record<string, unknown>;
  readonly locator: Locator;
  /** Where it came from: the file (for file objects) or the live source. */
  readonly source: ObjectSource;
  /** The YAML node of the object (file objects only); rules that need scalar styles (quoting) read it. */
  readonly yamlNode?: unknown;
  /**
   * What fixes read from the YAML nodes, worked out ahead by the parse worker (objects restored from its facts
   * only): asking it costs no parse of the file; undefined answers mean ask yamlNode.
   */
  readonly structure?: StructureHints;
  /** Set by the loader for documents that are Helm values of the ververica-platform chart. */
  readonly hint?: 'helm-values';
  /**
   * The inventory class (model/kinds.ts classify) when the loader already knows it, null for none: objects restored
   * from facts carry it, so filing them never parses a body only to tell a VVP Deployment from a Kubernetes one.
   */
  readonly knownClass?: ObjectClass | null;
  /**
   * A partial object (a Kustomize patch): only the fields it sets are checked, absent ones are never "missing",
   * and name lookups do not find it (the base object answers them).
   */
  readonly partial?: boolean;
  /**
   * False only when no key or string of the body contains `text` (printable ASCII without quotes or backslashes):
   * objects restored from facts answer from their body's JSON without parsing it, so a scan of every object for a
   * rare option (a pre-commit run's context) parses none of the bodies that cannot hold it. Absent or true: read
   * the body.
   */
  mayContain?(text: string): boolean;
  /**
   * False only when the body is known to hold no value model/sensitive.ts calls sensitive: objects restored from
   * facts, whose parse decided it by the same walk (it is what the context cache seals on disk), so the redactor
   * neither parses nor walks their bodies. Absent or true: the redactor walks the body.
   */
  mayHoldSensitive?(): boolean;
}

/**
 * Why a file or document could not be parsed: the yaml-parse-error message id that words it, with its data. The
 * data never holds source text: the YAML parser's own words (`error`) have quoted input removed first
 * (src/yaml/safe-message.ts).
 */
export type ParseReason =
  | { readonly id: 'tooLarge'; readonly data: { readonly size: string; readonly limit: string } }
  | { readonly id: 'tooLargeWhileReading'; readonly data: { readonly limit: string } }
  | { readonly id: 'binary'; readonly data: { readonly offset: number } }
  | { readonly id: 'notUtf8'; readonly data: { readonly byte: string; readonly offset: number } }
  | { readonly id: 'tooDeep'; readonly data: { readonly maxDepth: number } }
  | { readonly id: 'tooManyDocuments'; readonly data: { readonly limit: number } }
  | { readonly id: 'tooManyFlowItems'; readonly data: { readonly limit: number } }
  | { readonly id: 'parserFailed'; readonly data: { readonly error: string } }
  | { readonly id: 'syntax'; readonly data: { readonly error: string } }
  | { readonly id: 'valueRunsOn'; readonly data: { readonly error: string } }
  | { readonly id: 'unclosedQuote'; readonly data: { readonly quote: string } }
  | { readonly id: 'unclosedBracket'; readonly data: { readonly open: string; readonly close: string } }
  | { readonly id: 'aliasWithoutAnchor'; readonly data?: undefined }
  | { readonly id: 'aliasBomb'; readonly data: { readonly maxAliasCount: number } }
  | { readonly id: 'unreadableDocument'; readonly data: { readonly error: string } };

export type ParseReasonId = ParseReason['id'];

/** A file-level problem found while loading (the Input rules turn these into findings). */
export type InputProblem =
  | { readonly kind: 'parse-error'; readonly file: SourceFile; readonly span: Span; readonly reason: ParseReason }
  | { readonly kind: 'duplicate-key'; readonly file: SourceFile; readonly span: Span };

export type ObjectSource =
  | { readonly kind: 'file'; readonly file: SourceFile; readonly docIndex: number }
  | { readonly kind: 'live'; readonly live: LiveSourceKind; readonly cluster?: string };

/** A tool execution notification (SARIF invocations[].toolExecutionNotifications). Never a rule finding. */
export interface ToolNotification {
  /** Stable id, e.g. `file-unreadable`, `helm-template-skipped`, `k8s-forbidden`, `arm-unreachable`. */
  readonly id: string;
  readonly level: Level;
  readonly message: string;
  /** Repository-relative file, when the notification is about a file. */
  readonly file?: string;
  /** True when this notification means part of the requested input was not analysed. */
  readonly incomplete?: boolean;
  /** Checks a rule could not run for lack of input (src/engine/skips.ts): how many, and what lets them run. */
  readonly skippedChecks?: number;
  readonly remedy?: string;
}
