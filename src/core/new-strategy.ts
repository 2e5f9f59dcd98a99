/**
 * The commented blocks of a strategy: the template of the "new strategy" command and the blocks the quick fixes insert.
 * Plain text, so that the editor's client loads no parser for it.
 */
import type { Block, Locale } from './types';

/** The block's lines, indented by `indent`, with comments in the locale saying what to write. */
export function blockLines(block: Block, locale: Locale): string[] {
  const ja = locale === 'ja';
  switch (block) {
    case 'purposes':
      return [
        'purposes:',
        `  - type: majority-reach   # ${ja ? 'majority-reach | new-segment | integration | new-business-model' : 'majority-reach | new-segment | integration | new-business-model'}`,
        `    description: ""        # ${ja ? 'パートナーと組んで、どの顧客にリーチするか、または製品価値をどう高めるか' : 'which customers partners reach, or how they make the product more valuable'}`,
      ];
    case 'partners':
      return [
        'partners:',
        `  - name: ""               # ${ja ? 'パートナー候補の名前' : 'a candidate partner'}`,
        `    type: reseller         # ${ja ? 'local-king | industry-specialist | reseller | system-integrator | technology | alliance | referral' : 'local-king | industry-specialist | reseller | system-integrator | technology | alliance | referral'}`,
        `    customerRelationships: false   # ${ja ? 'ターゲット顧客からすでに信頼されているか' : 'already trusted by the target customers?'}`,
      ];
    case 'kpis':
      return [
        'kpis:',
        `  - name: ""               # ${ja ? '測定する指標（例: パートナー経由の新規契約数）' : 'what is measured, e.g. partner-sourced new accounts'}`,
        '    target: 0',
        `    due: ""                # YYYY-MM-DD`,
      ];
    case 'executiveSponsor':
      return [
        'executiveSponsor:',
        `  name: ""                 # ${ja ? 'パートナービジネスを後押しする経営層のスポンサー' : 'the executive who backs the partner business'}`,
        `  understandsLongTerm: true   # ${ja ? '成果は中長期で出ることを受け入れているか' : 'accepts a mid-to-long-term payback?'}`,
        '  budget: requested        # approved | requested | none',
        '  headcount: requested     # approved | requested | none',
        '  priority: high           # high | medium | low',
      ];
    case 'owner':
      return [
        'owner:',
        `  name: ""                 # ${ja ? 'パートナービジネスを推進する専任担当者' : 'the person who runs partner business full time'}`,
        '  dedicated: true',
        '  directSalesQuota: false',
      ];
  }
}

/** A new strategy, every key commented, for the "new strategy" command. */
export function newStrategyTemplate(locale: Locale): string {
  const ja = locale === 'ja';
  const c = (en: string, jp: string): string => `# ${ja ? jp : en}`;
  return [
    c('Partner strategy as code: partnerlint checks this file as you type.', 'コードとして書くパートナー戦略。partnerlint が入力中に確認します。'),
    'version: 1',
    `title: ""                      ${c('e.g. "Acme Cloud partner strategy FY2027"', '例: 「Acme Cloud 2027年度パートナー戦略」')}`,
    'company: ""',
    '',
    'product:',
    '  name: ""',
    `  pmf:                         ${c('product-market fit: partners multiply what already sells', 'PMF（プロダクト・マーケット・フィット）: パートナーは売れているものを広げる')}`,
    '    status: unknown            # achieved | not-yet | unknown',
    `    evidence: []               ${c('win rate, retention, NPS', '受注率、継続率、NPS など')}`,
    `  directSalesStory: ""         ${c('to whom it sells direct today, and why they buy', '現在、直販で誰に、なぜ売れているか')}`,
    '  expertise: medium            # low | medium | high',
    `  enablement: ""               ${c('how partners learn to sell it', 'パートナーの育成方法')}`,
    '',
    'market:',
    `  targetCompanies: 0           ${c('companies (not users) that could buy; partner business needs more than about 500', '購入しうる企業数（ユーザー数ではない）。目安は 500社超')}`,
    '  segments: []',
    '',
    'economics:',
    '  currency: JPY',
    '  pricing: per-account         # per-account | per-user',
    '  monthlyPrice: 1',
    `  monthlyChurnRate: 0.01       ${c('share of accounts that cancel each month', '毎月解約する企業の割合')}`,
    '',
    ...blockLines('purposes', locale),
    '',
    'organization:',
    ...blockLines('executiveSponsor', locale).map((line) => `  ${line}`),
    ...blockLines('owner', locale).map((line) => `  ${line}`),
    '',
    ...blockLines('partners', locale),
    '',
    ...blockLines('kpis', locale),
    '',
  ].join('\n');
}
