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
