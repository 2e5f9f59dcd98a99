/** Every report format, by the name `--format` takes: adding one is a file in this folder and a line here. */
import type { Formatter } from '../report';
import { formatGithub } from './github';
import { formatGitlab } from './gitlab';
import { formatHtml } from './html';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatMarkdown } from './markdown';
import { formatRdjson } from './rdjson';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export const FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  rdjson: formatRdjson,
  gitlab: formatGitlab,
  markdown: formatMarkdown,
  html: formatHtml,
} as const satisfies Record<string, Formatter>;

export type Format = keyof typeof FORMATTERS;

export const FORMATS = Object.keys(FORMATTERS) as Format[];
