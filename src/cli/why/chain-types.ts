// The chain `why` prints: one link per piece the provider needs, in the order it needs them.
import type { ChainLinkId } from '../../model/mount-messages/table.js';
import type { RenderedRemediation } from '../../model/remedy.js';

export type LinkStatus = 'ok' | 'broken' | 'unknown' | 'not-reached';

/** One fact and where it was read (an API path, a field, the Azure state file, the kubelet event). */
export interface Evidence {
  readonly text: string;
  readonly source: string;
}

/**
 * What repairs a broken link. It names the check that found the break (a rule id, else a `why` check or a
 * message-table id) and the objects involved, so a remediation (`--remediation az|bicep|terraform`, issue 26) can
 * be attached to it later without re-deriving anything.
 */
export interface LinkFix {
  readonly text: string;
  /** The rule whose finding broke the link (also for a break only the event shows, when the table maps one). */
  readonly ruleId?: string;
  /** A check of `why` itself or a message-table entry, when no rule decides the link. */
  readonly checkId?: string;
  /** The finding's message, when a finding broke the link. */
  readonly finding?: string;
  /** kubectl-style names of the objects to change (the finding's location first, then its related locations). */
  readonly objects: readonly string[];
  /** The Azure change, when the finding's rule computed one from the state (az, Bicep, Terraform; src/remediation). */
  readonly remediation?: RenderedRemediation;
}

export interface EventReading {
  /** The kubelet's FailedMount text, redacted and shortened. */
  readonly message: string;
  readonly count: number;
  readonly lastTimestamp?: string;
  /** The message-table entry it matched. */
  readonly causeId?: string;
  readonly cause?: string;
  readonly source?: string;
  readonly link?: ChainLinkId;
  readonly ruleId?: string | null;
}

export interface ChainLink {
  readonly id: ChainLinkId;
  readonly title: string;
  status: LinkStatus;
  readonly evidence: Evidence[];
  /** Findings of rules that do not break the link (warnings, notes) and other remarks. */
  readonly notes: string[];
  /** For `?`: what could not be read, and the command that checks it by hand. */
  unknown?: { readonly what: string; readonly command: string };
  fix?: LinkFix;
  /** The event names this link. */
  eventConfirms?: boolean;
  /** The event says this link is broken while everything read says it is whole. */
  contradiction?: { readonly event: string; readonly alternatives: readonly string[] };
}

export interface Chain {
  /** kubectl-style: pod/<ns>/<name>. */
  readonly pod: string;
  readonly volume?: string;
  readonly links: ChainLink[];
  readonly firstBroken?: ChainLinkId;
  readonly event?: EventReading;
  /** A pod that mounted after earlier failures: what happened before. */
  readonly history?: string;
}
