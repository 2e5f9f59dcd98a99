// The language service in process, without a connection: every feature answers from one Snapshot (one parse per
// document version), a request keeps the version it arrived with, and only open documents keep a parse.
import { strict as assert } from 'node:assert';
import type { Hover, MarkupContent, WorkspaceEdit } from 'vscode-languageserver';
import { catalogue, lint, parseYaml } from '../../src/core/index';
import type { ParsedYaml } from '../../src/core/index';
import { OpenDocuments } from '../../src/server/documents';
import { codeActions } from '../../src/server/features/code-actions';
import { completion } from '../../src/server/features/completion';
import { diagnostics } from '../../src/server/features/diagnostics';
import { hover } from '../../src/server/features/hover';
import { definition, highlights, prepareRename, references, rename } from '../../src/server/features/segments';
import { documentSymbols } from '../../src/server/features/symbols';
import { codeLenses, inlayHints, preview, readiness } from '../../src/server/features/views';
import { Snapshot } from '../../src/server/snapshot';
import type { Linted } from '../../src/server/snapshot';
import { edit, READY } from '../helpers/strategy';

const URI = 'file:///plans/partner-strategy.yaml';
/** A strategy with one finding (the owner also sells directly), and a segment used twice. */
const TEXT = edit(READY, ['directSalesQuota: false', 'directSalesQuota: true']);

/** The LSP position of the `nth` occurrence of `needle`, plus `shift` characters. */
function at(text: string, needle: string, shift = 0, nth = 0): { line: number; character: number } {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} not found`);
  offset += shift;
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - before.lastIndexOf('\n') - 1 };
}

/** A snapshot whose parses are counted. */
function counted(text: string, version: number | undefined): { snapshot: Snapshot; parses: () => number } {
  let parses = 0;
  const parser = (source: string): ParsedYaml => {
    parses++;
    return parseYaml(source);
  };
  return { snapshot: new Snapshot(URI, version, text, 'utf-16', parser), parses: () => parses };
}

const lintOf = (snapshot: Snapshot): Linted => ({ snapshot, locale: 'en', result: lint(snapshot.parsed, { locale: 'en' }) });
const markdown = (answer: Hover | null): string => (answer?.contents as MarkupContent | undefined)?.value ?? '';

describe('language service: one parse per version', () => {
  it('answers diagnostics and every request about one version from a single parse', () => {
    const { snapshot, parses } = counted(TEXT, 1);
    const linted = lintOf(snapshot);
    const segment = at(TEXT, 'kansai-smb', 2);
    const answers = [
      diagnostics(linted, linted.result!, new Set()),
      hover(snapshot, linted, at(TEXT, 'directSalesQuota: true', 19), 'en'),
      completion(snapshot, at(TEXT, 'segment: kansai-smb', 9), 'en'),
      documentSymbols(snapshot, 'en'),
      definition(snapshot, segment),
      references(snapshot, segment, true),
      highlights(snapshot, segment),
      prepareRename(snapshot, segment, 'en'),
      rename(snapshot, segment, 'kansai-mid', 'en'),
      inlayHints(linted),
      codeLenses(linted),
      codeActions(linted, { start: at(TEXT, 'directSalesQuota: true', 19), end: at(TEXT, 'directSalesQuota: true', 19) }, { diagnostics: [] }),
      preview(linted),
      readiness(linted),
    ];
    assert.equal(parses(), 1);
    for (const answer of answers) assert.ok(answer !== null && (!Array.isArray(answer) || answer.length > 0), JSON.stringify(answer));
  });

  it('answers as each feature should, from that parse', () => {
    const { snapshot } = counted(TEXT, 1);
    const linted = lintOf(snapshot);
    assert.match(markdown(hover(snapshot, linted, at(TEXT, 'directSalesQuota: true', 19), 'en')), /partnerlint\(owner-has-direct-quota\)/);
    const ids = completion(snapshot, at(TEXT, 'segment: kansai-smb', 9), 'en').map((item) => item.label);
    assert.deepEqual(ids, ['kansai-smb']);
    const uses = references(snapshot, at(TEXT, 'kansai-smb', 2), true);
    assert.deepEqual(
      uses.map((location) => location.range.start.line),
      [at(TEXT, 'kansai-smb').line, at(TEXT, 'kansai-smb', 0, 1).line, at(TEXT, 'kansai-smb', 0, 2).line],
    );
    const renamed = rename(snapshot, at(TEXT, 'kansai-smb', 2), 'kansai-mid', 'en') as WorkspaceEdit;
    const change = renamed.documentChanges?.[0];
    assert.ok(change && 'textDocument' in change);
    assert.equal(change.textDocument.version, 1, 'a rename edits the version it was asked about');
    assert.equal(change.edits.length, 3);
    assert.deepEqual(prepareRename(snapshot, at(TEXT, 'title'), 'en'), { refused: catalogue('en').rename.notSegment });
    assert.equal(inlayHints(linted)[0]?.position.line, at(TEXT, 'monthlyPrice').line);
    assert.match(codeLenses(linted)[0]?.command?.title ?? '', /^partnerlint readiness: /);
  });

  it('never shows the findings of another version in a hover', () => {
    const older = counted(TEXT, 1).snapshot;
    const newer = counted(TEXT.replace('Kansai OA Systems', 'Kansai OA'), 2).snapshot;
    const position = at(TEXT, 'directSalesQuota: true', 19);
    assert.match(markdown(hover(older, lintOf(older), position, 'en')), /partnerlint\(/);
    assert.doesNotMatch(markdown(hover(older, lintOf(newer), position, 'en')), /partnerlint\(/);
  });

  it('parses a file as stored again each time, holding no parse for a document that is not open', () => {
    const { snapshot, parses } = counted(TEXT, undefined);
    void snapshot.parsed;
    void snapshot.parsed;
    assert.equal(parses(), 2);
  });
});

describe('language service: the open documents', () => {
  const open = (): OpenDocuments => {
    const documents = new OpenDocuments();
    documents.open({ uri: URI, languageId: 'yaml', version: 1, text: TEXT });
    return documents;
  };

  it('keeps one snapshot per current version, until the document changes', () => {
    const documents = open();
    const first = documents.snapshot(URI)!;
    assert.equal(documents.snapshot(URI), first);
    const parse = first.parsed;
    documents.change({ uri: URI, version: 2 }, [{ range: { start: at(TEXT, 'Sato'), end: at(TEXT, 'Sato', 4) }, text: '佐藤' }]);
    const second = documents.snapshot(URI)!;
    assert.notEqual(second, first);
    assert.equal(second.version, 2);
    assert.match(second.text, /name: 佐藤/);
    // A request that arrived before the change keeps its own version's text and parse.
    assert.equal(first.version, 1);
    assert.match(first.text, /name: Sato/);
    assert.equal(first.parsed, parse);
    assert.equal(first.sameVersion(second), false);
  });

  it('converts UTF-8 positions of incremental changes, with Japanese text and CRLF', () => {
    const documents = new OpenDocuments();
    documents.encoding = 'utf-8';
    const text = 'title: 関西の戦略\r\ncompany: Acme\r\n';
    documents.open({ uri: URI, languageId: 'yaml', version: 1, text });
    // 「戦略」 starts after "title: 関西の" (7 + 3 × 3 bytes).
    documents.change({ uri: URI, version: 2 }, [{ range: { start: { line: 0, character: 16 }, end: { line: 0, character: 22 } }, text: '計画' }]);
    assert.equal(documents.snapshot(URI)?.text, 'title: 関西の計画\r\ncompany: Acme\r\n');
  });

  it('drops a closed document and its parse', () => {
    const documents = open();
    void documents.snapshot(URI)?.parsed;
    documents.close(URI);
    assert.equal(documents.snapshot(URI), undefined);
    assert.equal(documents.has(URI), false);
    assert.deepEqual(documents.uris(), []);
  });
});
