/** The public API of the core engine. Pure: no editor, terminal or file system. */
export { lint, sortFindings } from './engine';
export type { LintOptions } from './engine';
export { discoverConfig, loadConfigFile, mergeConfig, parseConfig, ConfigError, CONFIG_FILE_NAME, DEFAULT_THRESHOLDS } from './config';
export type { ConfigLayer, FileReader, ResolvedConfig, Thresholds } from './config';
export { rules, RULE_IDS, findRule, docsUrl, readinessDocsUrl, DOCS_BASE_URL } from './rules/index';
export { isPlaceholder, PLACEHOLDER_MARKERS } from './placeholder';
export { DEFAULT_MIN_LTV } from './config';
export type { Rule, RuleMeta } from './rule';
export { LineIndex, utf8Column, utf8Length } from './positions';
export { catalogue, formatMoney, formatNumber, plural, reasonPointer, tooLargeMessage } from './i18n';
export type { Catalogue } from './i18n';
export { decodeText } from './text';
export { lifetimeValue, cumulativeRevenue } from './ltv';
export { globSource, isSkippedFolder, isStrategyFile, isStrategyFileName, matchesGlob, escapeRegex } from './files';
export * from './types';
export { keyDescription, keysAt, valuesAt, valueDescription } from './schema-info';
export type { KeyInfo } from './schema-info';
export { missingBlockFix, BLOCK_FOR_RULE } from './templates';
export { newStrategyTemplate } from './new-strategy';
export type { BlockFix, TextEdit } from './templates';
export { placeAt, completionPlaceAt, parseYaml } from './yaml-ast';
export type { PlaceInDocument, CompletionPlace, ParsedYaml, YamlInput } from './yaml-ast';
export { previewModel, purposeLabel } from './preview';
export type { PreviewModel, PreviewReason, PurposeEntry, MatrixCell } from './preview';
export { locationKey, identityData, identityOf, countIdentities, subtractKnown } from './identity';
export type { FindingIdentity, IdentityCounts } from './identity';
export { BASELINE_FILE_NAME, BaselineError, parseBaseline, serializeBaseline } from './baseline';
export type { Baseline } from './baseline';
export { applyFixes, fixesOf, fixText, safeFixes } from './fixes';
export type { Fix } from './fixes';
export { isSegmentReference, outline, renameSegment, segmentAt, segmentOccurrences, valueSpan } from './navigation';
export type { OutlineSymbol, SegmentOccurrence } from './navigation';
export { charWidth, displayWidth, padEnd, spaceAfterLatin, withUnit } from './typography';
export { disableNextLineEdit, UNSUPPRESSIBLE } from './suppression';

import strategySchemaJson from '../../schemas/partner-strategy.schema.json';
/** The file format's JSON Schema, as shipped in schemas/. */
export const STRATEGY_SCHEMA: object = strategySchemaJson;
