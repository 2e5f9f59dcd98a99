/**
 * What each MCP tool does, apart from the protocol: plain functions of their input that return structured content or
 * a tool error's message. Linting is the CLI's own run (`-f json`), so that an assistant sees what the command line
 * reports: the same configuration discovery, the same handling of unreadable files, the same JSON.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHECK_IDS, catalogue, findRule, fixText, isStrategyFileName, newStrategyTemplate } from '../../core/index';
import type { Locale } from '../../core/index';
import type { JsonFile, JsonFinding, JsonReason } from '../formatters/json';
import { RULE_DOCS } from '../../core/generated/rule-docs';
import { Configs, describeConfigError } from '../configs';
import type { ConfigScope } from '../configs';
import { displayPath, expandPatterns } from '../files';
import { describeError, readStrategy } from '../read';
import { run } from '../run';
import type { McpOptions } from '../run';
import { cliTexts } from '../texts';
import type { CliTexts } from '../texts';
import { shownRoots } from './roots';
import type { RootList, Roots } from './roots';

/** Results stay small for an assistant's context: the findings of a file and the files of a folder are capped. */
export const MAX_FINDINGS_PER_FILE = 50;
export const MAX_FILES = 50;

export interface ToolContext extends McpOptions {
  /** The server's working folder: its only folder for a client without roots. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  roots: Roots;
  /** The language of the server's own words when a tool is not given one: --locale, else the environment's. */
  defaultLocale: Locale;
}

/** A tool's answer: its structured content, or why it cannot give one (a tool error, never a crash of the server). */
export type ToolAnswer = { content: Record<string, unknown> } | { error: string };

interface Source {
  path?: unknown;
  text?: unknown;
  fileName?: unknown;
}

/** A `fileName` as given with `text`: a plain name (no folder, no `.` or `..`), or the tool error that says why not. */
function fileNameOf(input: Source, words: CliTexts['mcp']): { name: string } | { error: string } {
  if (typeof input.fileName !== 'string' || input.fileName === '') return { name: 'partner-strategy.yaml' };
  const name = input.fileName;
  if (/[/\\\0]/.test(name) || name === '.' || name === '..') return { error: words.fileNameNotName(name) };
  return { name };
}

/** Where a tool's run starts: the first root, or (with no usable root) the working folder, where nothing is read. */
function baseOf(list: RootList, context: ToolContext): string {
  return 'roots' in list ? list.roots[0]!.given : context.cwd;
}

/** The files a `{path}` or `{text}` names, linted by the CLI; or the tool error that says why not. */
async function lintSource(input: Source, context: ToolContext, words: CliTexts['mcp']): Promise<{ files: JsonFile[]; single: boolean } | { error: string }> {
  const hasPath = typeof input.path === 'string' && input.path !== '';
  const hasText = typeof input.text === 'string';
  if (hasPath === hasText) return { error: words.pathOrText };
  const list = await context.roots.list();
  const base = baseOf(list, context);
  const scope = await context.roots.configScope();
  const common = ['-f', 'json', '--concurrency', 'off', '--max-file-size', String(context.maxFileSize), '--no-baseline'];
  if (context.config !== undefined) common.push('--config', context.config);
  if (context.locale !== undefined) common.push('--locale', context.locale);
  if (hasText) {
    const fileName = fileNameOf(input, words);
    if ('error' in fileName) return fileName;
    const outcome = await runCli(
      [...common, '--stdin', '--stdin-filename', fileName.name],
      base,
      context.env,
      scope,
      new TextEncoder().encode(input.text as string),
    );
    return 'error' in outcome ? outcome : { files: outcome.files, single: true };
  }
  const path = input.path as string;
  const resolved = await context.roots.resolve(path);
  if ('noRoot' in resolved) return { error: words.noUsableRoot(words.rootsWhy[resolved.noRoot]) };
  if ('outside' in resolved) return { error: words.outsideRoots(path, shownRoots(list)) };
  if ('missing' in resolved) return { error: words.notFound(path) };
  const folder = isFolder(resolved.absolute);
  let targets: string[];
  const refused: JsonFile[] = [];
  if (folder) {
    targets = [];
    // A strategy below the folder that is a link leading out of the roots is named, and not read.
    for (const target of expandPatterns([resolved.absolute], base).targets) {
      if (await context.roots.contains(target.absolutePath)) targets.push(target.absolutePath);
      else refused.push(refusedFile(displayPath(target.absolutePath, base), words.outsideRoots(target.displayPath, shownRoots(list))));
    }
    if (targets.length === 0 && refused.length === 0) return { error: words.noStrategyIn(path) };
  } else {
    if (!isStrategyFileName(resolved.absolute)) return { error: words.notStrategyFile(path) };
    targets = [resolved.absolute];
  }
  const outcome = targets.length ? await runCli([...common, ...targets], base, context.env, scope) : { files: [] };
  if ('error' in outcome) return outcome;
  const files = [...outcome.files, ...refused].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  if (!folder && files[0]?.error !== undefined) return { error: words.cannotLint(path, files[0].error) };
  return { files, single: !folder };
}

/** The CLI's JSON report of a run in `cwd`; a run that wrote no report is a tool error with what it said. */
async function runCli(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  configScope: ConfigScope,
  stdin?: Uint8Array,
): Promise<{ files: JsonFile[] } | { error: string }> {
  let stdout = '';
  let stderr = '';
  await run(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: () => stdin ?? new Uint8Array(),
    isTty: false,
    env,
    cwd,
    configScope,
  });
  try {
    return { files: JSON.parse(stdout) as JsonFile[] };
  } catch {
    return { error: stderr.replace(/^partnerlint: /gm, '').trim() || 'no report' };
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function refusedFile(filePath: string, error: string): JsonFile {
  return { filePath, messages: [], errorCount: 0, warningCount: 0, infoCount: 0, readiness: null, error };
}

/** Files with errors first, then warnings, then the rest; the first MAX_FILES of them, and how many were left out. */
function capped<T>(files: JsonFile[], shape: (file: JsonFile) => T): { files: T[]; omittedFiles?: number } {
  const rank = (f: JsonFile): number => (f.error !== undefined || f.errorCount > 0 ? 0 : f.warningCount > 0 ? 1 : f.infoCount > 0 ? 2 : 3);
  const ordered = [...files].sort((a, b) => rank(a) - rank(b));
  const shown = ordered.slice(0, MAX_FILES).map(shape);
  return ordered.length > MAX_FILES ? { files: shown, omittedFiles: ordered.length - MAX_FILES } : { files: shown };
}

function findingsOf(file: JsonFile): { findings: JsonFinding[]; omittedFindings?: number } {
  const findings = file.messages.slice(0, MAX_FINDINGS_PER_FILE);
  return file.messages.length > MAX_FINDINGS_PER_FILE ? { findings, omittedFindings: file.messages.length - MAX_FINDINGS_PER_FILE } : { findings };
}

function summaryOf(files: JsonFile[]): Record<string, unknown> {
  const verdicts = { ready: 0, reconsider: 0, incomplete: 0, none: 0 };
  for (const file of files) verdicts[file.readiness?.verdict ?? 'none']++;
  return {
    files: files.length,
    errors: files.reduce((n, f) => n + f.errorCount, 0),
    warnings: files.reduce((n, f) => n + f.warningCount, 0),
    infos: files.reduce((n, f) => n + f.infoCount, 0),
    unreadable: files.filter((f) => f.error !== undefined).length,
    verdicts,
  };
}

const localeOf = (input: { locale?: unknown }, context: ToolContext): Locale =>
  input.locale === 'en' || input.locale === 'ja' ? input.locale : (context.locale ?? context.defaultLocale);

export async function lintStrategy(input: Source, context: ToolContext): Promise<ToolAnswer> {
  const words = cliTexts(context.locale ?? context.defaultLocale).mcp;
  const linted = await lintSource(input, context, words);
  if ('error' in linted) return linted;
  const content = capped(linted.files, (file) => ({
    filePath: file.filePath,
    ...findingsOf(file),
    errorCount: file.errorCount,
    warningCount: file.warningCount,
    infoCount: file.infoCount,
    readiness: file.readiness,
    ...(file.error !== undefined ? { error: file.error } : {}),
  }));
  return { content: { ...content, summary: summaryOf(linted.files) } };
}

export async function readiness(input: Source & { locale?: unknown }, context: ToolContext): Promise<ToolAnswer> {
  const locale = localeOf(input, context);
  const words = cliTexts(locale).mcp;
  const linted = await lintSource(input, { ...context, locale }, words);
  if ('error' in linted) return linted;
  const first = linted.files[0];
  if (linted.single && first && first.readiness === null) {
    const syntax = first.messages.find((m) => m.ruleId === 'syntax');
    return { error: words.doesNotParse(syntax ? `${syntax.message} (${first.filePath}:${syntax.line}:${syntax.column})` : first.filePath) };
  }
  const labels = catalogue(locale);
  const reason = (r: JsonReason) => ({ status: r.status, message: r.message, ruleId: r.ruleId, line: r.line });
  const content = capped(linted.files, (file) => {
    const r = file.readiness;
    return {
      filePath: file.filePath,
      verdict: r?.verdict ?? null,
      verdictLabel: r ? labels.verdicts[r.verdict] : null,
      checks: r
        ? CHECK_IDS.map((id) => ({
            id,
            label: labels.checks[id],
            status: r.checks[id],
            statusLabel: labels.checkStatus[r.checks[id]],
            reasons: (r.reasons[id] ?? []).map(reason),
          }))
        : [],
      otherReasons: (r?.otherReasons ?? []).map(reason),
      ...findingsOf(file),
      ...(file.error !== undefined ? { error: file.error } : {}),
    };
  });
  return { content };
}

export async function fixStrategy(input: Source, context: ToolContext): Promise<ToolAnswer> {
  const locale = context.locale ?? context.defaultLocale;
  const words = cliTexts(locale).mcp;
  const hasPath = typeof input.path === 'string' && input.path !== '';
  const hasText = typeof input.text === 'string';
  if (hasPath === hasText) return { error: words.pathOrText };
  const list = await context.roots.list();
  const base = baseOf(list, context);
  let text: string;
  let absolutePath: string;
  if (hasText) {
    const fileName = fileNameOf(input, words);
    if ('error' in fileName) return fileName;
    text = input.text as string;
    absolutePath = resolve(base, fileName.name);
  } else {
    const path = input.path as string;
    const resolved = await context.roots.resolve(path);
    if ('noRoot' in resolved) return { error: words.noUsableRoot(words.rootsWhy[resolved.noRoot]) };
    if ('outside' in resolved) return { error: words.outsideRoots(path, shownRoots(list)) };
    if ('missing' in resolved) return { error: words.notFound(path) };
    if (isFolder(resolved.absolute) || !isStrategyFileName(resolved.absolute)) return { error: words.notStrategyFile(path) };
    const read = readStrategy(resolved.absolute, locale, context.maxFileSize);
    if ('error' in read) return { error: words.cannotLint(path, read.error) };
    text = read.text;
    absolutePath = resolved.absolute;
  }
  try {
    const config = await new Configs(base, context.config, locale, await context.roots.configScope()).for(absolutePath);
    const fileLocale = context.locale ?? config.locale ?? locale;
    const fixed = fixText(text, { config, locale: fileLocale });
    return {
      content: {
        fixedText: fixed.text,
        changed: fixed.text !== text,
        applied: fixed.fixes.map((fix) => ({ ruleId: fix.ruleId, title: fix.title[fileLocale], replacement: fix.replacement })),
      },
    };
  } catch (error) {
    return { error: describeConfigError(error, base)?.replace(/^partnerlint: /, '') ?? describeError(error, locale) };
  }
}

export function explainRule(input: { ruleId?: unknown; locale?: unknown }, context: ToolContext): ToolAnswer {
  const locale = localeOf(input, context);
  const rule = typeof input.ruleId === 'string' ? findRule(input.ruleId) : undefined;
  if (!rule) return { error: cliTexts(locale).mcp.unknownRule(String(input.ruleId ?? '')) };
  const docs = ruleDocs(rule.meta.id, locale);
  const check = rule.meta.feeds?.[0];
  return {
    content: {
      ruleId: rule.meta.id,
      title: rule.meta.title[locale],
      defaultSeverity: rule.meta.defaultSeverity,
      rationale: rule.meta.rationale[locale],
      readinessCheck: check ? catalogue(locale).checks[check] : null,
      whatToDo: section(docs, locale === 'ja' ? '修正方法' : 'How to fix'),
      docsUrl: rule.meta.docsUrl,
      docs,
    },
  };
}

/** A rule's page in one language: the English part, or the part under `## 日本語`. */
export function ruleDocs(ruleId: string, locale: Locale): string {
  const page = Object.hasOwn(RULE_DOCS, ruleId) ? RULE_DOCS[ruleId]! : '';
  const split = page.indexOf('\n## 日本語');
  if (split < 0) return page.trim();
  return (locale === 'ja' ? page.slice(split + 1) : page.slice(0, split)).trim();
}

/** The text under a heading (any level) up to the next heading of that level or above. */
function section(markdown: string, heading: string): string {
  const match = new RegExp(`^(#{2,4}) ${heading}\\s*$`, 'm').exec(markdown);
  if (!match) return '';
  const rest = markdown.slice(match.index + match[0].length);
  const end = new RegExp(`^#{2,${match[1]!.length}} `, 'm').exec(rest);
  return (end ? rest.slice(0, end.index) : rest).trim();
}

export function newStrategy(input: { locale?: unknown; company?: unknown; product?: unknown }, context: ToolContext): ToolAnswer {
  const locale = localeOf(input, context);
  let text = newStrategyTemplate(locale);
  // JSON strings are YAML's double-quoted scalars: any company or product name goes in as a string.
  if (typeof input.company === 'string' && input.company !== '') text = text.replace(/^company: ""/m, () => `company: ${JSON.stringify(input.company)}`);
  if (typeof input.product === 'string' && input.product !== '')
    text = text.replace(/^(product:\n {2}name: )""/m, (_, start: string) => `${start}${JSON.stringify(input.product)}`);
  return { content: { fileName: 'partner-strategy.yaml', text } };
}
