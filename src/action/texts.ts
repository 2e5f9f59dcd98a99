/**
 * The GitHub Action's own words, in English and Japanese: its annotations about its inputs, the pull-request comment
 * and the fail-on threshold. The findings themselves are the CLI's, in the same language.
 */

export interface ActionTexts {
  badFailOn: (value: string) => string;
  badLocale: (value: string) => string;
  noToken: string;
  cannotComment: (detail: string) => string;
  failing: (count: number, failOn: string) => string;
}

const en: ActionTexts = {
  badFailOn: (value) => `fail-on must be error, warning, info or never, not '${value}'`,
  badLocale: (value) => `locale must be en or ja, not '${value}'`,
  noToken: 'no token to comment on the pull request: pass `token` or set GITHUB_TOKEN (the lint itself ran)',
  cannotComment: (detail) => `could not comment on the pull request (the lint itself ran): ${detail}`,
  failing: (count, failOn) => `${count} ${count === 1 ? 'finding' : 'findings'} at or above fail-on: ${failOn}`,
};

const ja: ActionTexts = {
  badFailOn: (value) => `fail-on には error、warning、info、never のいずれかを指定してください（'${value}' は使えません）`,
  badLocale: (value) => `locale には en か ja を指定してください（'${value}' は使えません）`,
  noToken: 'プルリクエストにコメントするトークンがありません。`token` を渡すか GITHUB_TOKEN を設定してください（検査は実行済みです）',
  cannotComment: (detail) => `プルリクエストにコメントできませんでした（検査は実行済みです）: ${detail}`,
  failing: (count, failOn) => `fail-on（${failOn}）以上の指摘が${count}件あります`,
};

// Its own two languages: the action imports nothing of src (it runs the CLI as a process).
const texts: Record<'en' | 'ja', ActionTexts> = { en, ja };

/** The words in the `locale` input's language, else the runner's (LC_ALL, LC_MESSAGES, LANG), else English. */
export function actionTexts(locale: string, env: NodeJS.ProcessEnv): ActionTexts {
  if (locale === 'en' || locale === 'ja') return texts[locale];
  const fromEnv = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return texts[fromEnv.toLowerCase().startsWith('ja') ? 'ja' : 'en'];
}
