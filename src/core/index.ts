/** The public API of the core engine. Pure: no editor, terminal or file system. */
export { lint, sortFindings } from './engine';
export type { LintOptions } from './engine';
export { discoverConfig, loadConfigFile, mergeConfig, parseConfig, ConfigError, CONFIG_FILE_NAME, DEFAULT_THRESHOLDS } from './config';
export type { ConfigLayer, FileReader, ResolvedConfig, Thresholds } from './config';
export { rules, RULE_IDS, findRule, docsUrl, DOCS_BASE_URL } from './rules/index';
export type { Rule, RuleMeta } from './rule';
export { LineIndex, utf8Column, utf8Length } from './positions';
export { catalogue } from './i18n';
export { lifetimeValue, cumulativeRevenue } from './ltv';
export { CHECK_RULES } from './readiness';
export { isStrategyFileName } from './files';
export * from './types';
export { keyDescription, keysAt, valuesAt, valueDescription } from './schema-info';
export type { KeyInfo } from './schema-info';
export { missingBlockFix, newStrategyTemplate, BLOCK_FOR_RULE } from './templates';
export type { BlockFix, TextEdit } from './templates';
export { placeAt, completionPlaceAt, parseYaml } from './yaml-ast';
export type { PlaceInDocument, CompletionPlace } from './yaml-ast';
