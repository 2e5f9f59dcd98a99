/**
 * One version of a strategy's text, parsed at most once: diagnostics and every request about that version share the
 * parse and the line table, and a request never mixes one version's text with another's parse.
 */
import { parseYaml } from '../core/index';
import type { LintResult, Locale, ParsedYaml } from '../core/index';
import { DocumentPositions } from './positions';
import type { PositionEncoding } from './positions';

export class Snapshot {
  private parse: ParsedYaml | undefined;
  private lineTable: DocumentPositions | undefined;

  /** `version`: an open document's, or undefined for a file as stored. `parser`: the core's, or a test's that counts. */
  constructor(
    readonly uri: string,
    readonly version: number | undefined,
    readonly text: string,
    readonly encoding: PositionEncoding,
    private readonly parser: (text: string) => ParsedYaml = parseYaml,
  ) {}

  /**
   * The YAML parse of this version, made on first use and kept for an open document's version; a file as stored is
   * parsed again each time (rarely: its lint and its preview), so that memory holds parses of open documents only.
   */
  get parsed(): ParsedYaml {
    if (this.version === undefined) return this.parser(this.text);
    this.parse ??= this.parser(this.text);
    return this.parse;
  }

  /** Whether a lint's or a request's `other` is of this same version. */
  sameVersion(other: Snapshot | undefined): boolean {
    return other !== undefined && other.uri === this.uri && other.version === this.version && other.text === this.text;
  }

  /** Offsets to LSP positions and back, in the client's encoding. */
  get positions(): DocumentPositions {
    this.lineTable ??= new DocumentPositions(this.text, this.encoding);
    return this.lineTable;
  }
}

/** What was found in one version: its lint, or why it was not linted (too large, a broken configuration). */
export interface Linted {
  snapshot: Snapshot;
  locale: Locale;
  result: LintResult | undefined;
  skipped?: string;
}
