/**
 * One word for one thing (docs/reference/glossary.md): every text of the product and every documentation page uses the
 * glossary's words. The variants it rules out are listed here, so that a new message cannot drift back to them.
 */
import { strict as assert } from 'node:assert';
import { documentationTexts, productTexts } from '../helpers/texts';
import { formatMoney } from '../../src/core/index';
import type { Text } from '../helpers/texts';

/** [a variant the glossary (docs/reference/glossary.md) rules out, the word to use]. */
const NOT_JAPANESE: [RegExp, string][] = [
  [/問題(?!なし)/, '指摘 (a finding); 問題なし is only the status "clear"'],
  [/判定/, '準備状況 (readiness)'],
  [/(?<!要)再検討/, '要再検討 (the verdict reconsider; 再検討 alone reads as a rejection)'],
  [/不明/, '未確定 (the status unknown: not written or not decided yet)'],
  [/レディネス/, '準備状況'],
  [/規則/, 'ルール'],
  [/責任者/, '専任担当者 (when dedicated) or 担当者 (the owner)'],
  [/専任者/, '専任担当者'],
  [/経営者|経営陣/, '経営層のスポンサー, or 経営層'],
  [/パートナー事業/, 'パートナービジネス'],
  [/直接販売/, '直販'],
  [/コンフィグ/, '設定'],
  [/失敗例|成功例/, '違反例 / 適合例'],
  [/プロダクトマーケットフィット/, 'PMF(プロダクト・マーケット・フィット), or PMF'],
  [/1社あたり LTV|1社あたりの生涯価値|顧客生涯価値\(LTV\)|1社あたりの顧客生涯価値/, '1社あたりの LTV'],
  [/無効化コメント|月間解約率/, '抑制コメント / 月次解約率'],
  [/増員|人手を増やす|営業人員|営業要員|営業担当者を増やす/, '営業担当者の数を増やす ("more sales people", one wording)'],
  [
    /基準|パートナーに必要な|(LTV|企業数|解約率)の?(下限|上限)|(下限|上限)の(月)?[\dX.]+%|企業数と(下限|上限)/,
    'しきい値 (a threshold of the configuration); 上限 and 下限 only for the limits of the format and the tool',
  ],
  [/(?<!未)記入|記述し|明記|に挙げ/, '書く (one verb for writing in the file)'],
  [/なのに/, 'two sentences, or 〜ですが (〜なのに reads as a reproach)'],
  [/\d (社|件|個|名|か月|行目|文字|階層|ステップ|バイト|ユーザー)/, 'a number joined to its counter, without a space (500社, 60か月)'],
  [/(LTV|PMF|KPI)(?=[\u3041-\u30fa\u30fc-\u30ff\u4e00-\u9fff])/, 'a space between an embedded Latin term and the Japanese after it (1社あたりの LTV が)'],
];

/** "problem" stays where English means a customer's problem; what a rule reports is a finding. */
const NOT_ENGLISH: [RegExp, string][] = [
  [/\b\d+ problems?\b|\bthe problem instead\b/i, 'finding'],
  [/\bregulations?\b/i, 'rule'],
];

function violations(texts: Text[], forbidden: [RegExp, string][]): string[] {
  const found: string[] = [];
  for (const { where, text } of texts) {
    for (const [pattern, instead] of forbidden) {
      const match = pattern.exec(text);
      if (match) found.push(`${where}: "${text.slice(Math.max(0, match.index - 15), match.index + 20).replace(/\n/g, ' ')}" — use ${instead}`);
    }
  }
  return [...new Set(found)];
}

/** Japanese text with what is not Japanese prose taken out: code spans, Markdown link targets, fenced code. */
function japaneseProse(text: string): string {
  return text
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, 'C')
    .replace(/\]\([^)\n]*\)/g, ']');
}

const JAPANESE_CHAR = '[\\u3040-\\u30ff\\u4e00-\\u9fff]';
/** A half-width parenthesis opened or closed against Japanese, or holding Japanese: the glossary (docs/reference/glossary.md) asks for （）. */
const HALF_WIDTH_PARENTHESIS = new RegExp(`${JAPANESE_CHAR}\\(|\\)${JAPANESE_CHAR}|\\([^()\\n]*${JAPANESE_CHAR}[^()\\n]*\\)`);

/** A slash or comma between Japanese words or code spans (C): a list the glossary (docs/reference/glossary.md) writes with 、 or ・. */
const LIST_ITEM = `(?:${JAPANESE_CHAR}|[（）「」]|C)`;
const LIST_SLASH_OR_COMMA = new RegExp(`${LIST_ITEM}\\s*[/／，,]|[/／，,]\\s*${LIST_ITEM}`);

/** A space between Japanese and a number, or between a number and its counter or the Japanese after it ("解約率 2% で"). */
const SPACED_NUMBER = new RegExp(`${JAPANESE_CHAR} \\d|\\d% (?=${JAPANESE_CHAR})`);

describe('Japanese typography (glossary v2)', () => {
  it('full-width parentheses around and beside Japanese, in every text of the product', () => {
    const found = productTexts('ja')
      .filter(({ text }) => HALF_WIDTH_PARENTHESIS.test(japaneseProse(text)))
      .map(({ where, text }) => `${where}: ${text.slice(0, 100)}`);
    assert.deepEqual([...new Set(found)], []);
  });

  it('full-width parentheses, numbers without spaces, and no line break inside a paragraph, in the Japanese half of every page', () => {
    const found: string[] = [];
    for (const { where, text } of documentationTexts()) {
      const start = text.indexOf('\n## 日本語\n');
      if (start < 0) continue;
      let half = japaneseProse(text.slice(start));
      if (where === 'README.md') half = half.slice(0, half.indexOf('\n## ', 5));
      const lines = half.split('\n');
      lines.forEach((line, i) => {
        if (HALF_WIDTH_PARENTHESIS.test(line)) found.push(`${where}: half-width parentheses: ${line.slice(0, 80)}`);
        if (SPACED_NUMBER.test(line)) found.push(`${where}: a space around a number in Japanese: ${line.slice(0, 80)}`);
        const next = lines[i + 1] ?? '';
        const continues = next.trim() !== '' && !/^\s*([-*|>#]|\d+\.\s|<!--)/.test(next);
        if (continues && new RegExp(`${JAPANESE_CHAR}$`).test(line) && !/^\s*[|#]/.test(line))
          found.push(`${where}: a Japanese paragraph broken after "${line.slice(-20)}"`);
      });
    }
    assert.deepEqual(found, []);
  });

  it('no space before 、 and 。, in every text of the product (USD 149、 not USD 149 、)', () => {
    const found = productTexts('ja')
      .filter(({ text }) => / [、。]/.test(japaneseProse(text)))
      .map(({ where, text }) => `${where}: ${text.slice(0, 120)}`);
    assert.deepEqual([...new Set(found)], []);
  });

  it('lists take 、 (or ・ between short nouns), never a slash or a comma, in every text and page', () => {
    const found: string[] = [];
    const check = (where: string, text: string): void => {
      for (const line of japaneseProse(text).split('\n'))
        if (!line.startsWith('#') && LIST_SLASH_OR_COMMA.test(line)) found.push(`${where}: ${line.slice(0, 100)}`);
    };
    // A KPI's unit in a sample ("60件/月") is the user's own text, not ours.
    for (const { where, text } of productTexts('ja')) if (!where.startsWith('preview.kpis')) check(where, text);
    for (const { where, text } of documentationTexts()) {
      const start = text.indexOf('\n## 日本語\n');
      if (start < 0) continue;
      const half = text.slice(start);
      check(where, where === 'README.md' ? half.slice(0, half.indexOf('\n## ', 5)) : half);
    }
    assert.deepEqual([...new Set(found)], []);
  });

  it('yen in 万 and 億 where round, exact otherwise', () => {
    assert.equal(formatMoney(3_000_000, 'JPY', 'ja'), '300万円');
    assert.equal(formatMoney(120_000_000, 'JPY', 'ja'), '1億2,000万円');
    assert.equal(formatMoney(100_000_000, 'JPY', 'ja'), '1億円');
    assert.equal(formatMoney(1_053_670, 'JPY', 'ja'), '1,053,670円');
    assert.equal(formatMoney(5_000, 'JPY', 'ja'), '5,000円');
    assert.equal(formatMoney(3_000_000, 'JPY', 'en'), 'JPY 3,000,000');
    assert.equal(formatMoney(20_000, 'USD', 'ja'), 'USD 20,000');
  });
});

describe('glossary: one word for one thing', () => {
  it("every Japanese text of the product uses the glossary's words", () => {
    const found = violations(productTexts('ja'), NOT_JAPANESE);
    assert.equal(found.length, 0, `\n${found.join('\n')}`);
  });

  it("every English text of the product uses the glossary's words", () => {
    const found = violations(productTexts('en'), NOT_ENGLISH);
    assert.equal(found.length, 0, `\n${found.join('\n')}`);
  });

  it("every documentation page uses the glossary's words, and labels its examples 違反例 / 適合例 in Japanese", () => {
    const found = violations(documentationTexts(), [
      ...NOT_JAPANESE,
      ...NOT_ENGLISH,
      [/## 日本語[\s\S]*\b(Failing|Passing) (は|では|の例)/, '違反例 / 適合例 in the Japanese half'],
    ]);
    assert.equal(found.length, 0, `\n${found.join('\n')}`);
  });
});
