import { defineRule } from '../rule';
import type { Report } from '../rule';
import { formatNumber } from '../i18n';
import type { Span } from '../types';
import type { YamlProblem } from '../yaml-ast';

/**
 * Reported by the engine from the YAML parser's problems; no check of its own. One message of ours per problem code
 * (the `yaml` library's codes and those of yaml-ast.ts), so that no English of the library reaches a Japanese reader.
 */
const rule = defineRule({
  meta: {
    id: 'syntax',
    defaultSeverity: 'error',
    title: {
      en: 'The file must be one well-formed YAML document without duplicate keys',
      ja: 'ファイルは重複キーのない、正しい形式の YAML ドキュメント1つであること',
    },
    rationale: {
      en: 'A file that does not parse cleanly cannot be trusted: a duplicate key silently hides one of its values, and a second document is ignored by every tool. No other rule runs until it parses.',
      ja: '正しく解析できないファイルの内容は信頼できません。重複したキーは片方の値を黙って隠し、2つ目のドキュメントはどのツールにも無視されます。解析できるまで他のルールは実行されません。',
    },
  },
  messages: {
    en: {
      generic: () => 'The YAML does not parse here; fix the syntax on this line.',
      DUPLICATE_KEY: (a) => `The key \`${a.key}\` appears twice in the same map; keep one and delete the other.`,
      MULTIPLE_DOCS: () => 'The file holds more than one YAML document; keep the strategy in one document and remove the `---` separator.',
      TAB_AS_INDENT: () => 'This line is indented with a tab, which YAML does not allow; indent it with spaces.',
      YAML_VERSION: (a) =>
        `The file declares YAML ${a.version}, which reads some values differently from the YAML 1.2 of partner strategies (\`no\` as false); remove the \`%YAML\` line.`,
      ALIAS_EXPANSION: (a, l) =>
        `Expanding the aliases would add more than ${formatNumber(Number(a.limit), l)} values, as an alias bomb does; write the values out instead of referring to them.`,
      ALIAS_CYCLE: (a) =>
        `The alias \`*${a.alias}\` stands inside the value its anchor names, so it would never end; refer to another anchor or write the value out.`,
      UNRESOLVED_ALIAS: (a) => `The alias \`*${a.alias}\` has no anchor \`&${a.alias}\` before it; define the anchor first or write the value out.`,
      BAD_MERGE: () => 'The merge key `<<` has a value that is neither a map, an alias of a map nor a list of those; give it one of them or remove it.',
      TOO_DEEP: (a) => `The YAML nests more than ${a.limit} levels deep here, far beyond any partner strategy; flatten the structure.`,
      ALIAS_PROPS: () => 'This alias carries an anchor or a tag, which an alias cannot have; remove them from the alias.',
      BAD_ALIAS: () => 'This alias is malformed; write `*name` to refer to an anchor `&name`.',
      BAD_DIRECTIVE: () => 'This `%` directive is not valid YAML; remove the line.',
      BAD_DQ_ESCAPE: () => 'This double-quoted text has an invalid escape sequence; write the character itself, or use single quotes.',
      BAD_INDENT: () =>
        'The indentation here does not fit the YAML around it, or a `[` or `{` is left open; align the line with its siblings and close every bracket.',
      BAD_PROP_ORDER: () => 'An anchor or a tag stands after its value here; move it in front of the value.',
      BAD_SCALAR_START: () => 'A plain value cannot start with this character; put the value in quotes.',
      BLOCK_AS_IMPLICIT_KEY: () => 'A nested block stands where a key should be; write the key as text followed by `:`.',
      BLOCK_IN_FLOW: () => "A block value stands inside `[…]` or `{…}`, where it cannot; write it in the brackets' style or move it out of them.",
      IMPOSSIBLE: () => 'The YAML cannot be read at this place; simplify the syntax here.',
      KEY_OVER_1024_CHARS: () => 'This key is longer than the 1,024 characters YAML allows; shorten it.',
      MISSING_CHAR: () => 'Something is missing here (a closing quote or bracket, a comma between items, a space after `:`, or a value after a key); add it.',
      MULTILINE_IMPLICIT_KEY: () => 'This key runs over more than one line; join its lines, or end the line with `:`.',
      MULTIPLE_ANCHORS: () => 'This value carries more than one anchor; keep one and remove the others.',
      MULTIPLE_TAGS: () => 'This value carries more than one tag; keep one and remove the others.',
      NON_STRING_KEY: () => 'This key is a list or a map, but a key must be text; write it as text.',
      RESOURCE_EXHAUSTION: () => 'The YAML is too complex to read at this place; simplify its structure.',
      TAG_RESOLVE_FAILED: (a) => `The tag \`${a.tag}\` is not part of YAML 1.2's core schema; remove it so that the value is read as written.`,
      UNEXPECTED_TOKEN: () =>
        'Something stands here that cannot (an extra `,`, `]` or `}`, or text where none may be); remove it or check the syntax of this line.',
      BAD_COLLECTION_TYPE: () => 'This list or map does not match its tag; remove the tag.',
    },
    ja: {
      generic: () => 'この位置の YAML を解析できません。この行の構文を修正してください。',
      DUPLICATE_KEY: (a) => `キー \`${a.key}\` が同じマップに2回出てきます。一方を残して他方を削除してください。`,
      MULTIPLE_DOCS: () => 'ファイルに複数の YAML ドキュメントがあります。戦略を1つのドキュメントにまとめ、`---` 区切りを削除してください。',
      TAB_AS_INDENT: () => 'この行はタブでインデントされていますが、YAML のインデントにタブは使えません。スペースでインデントしてください。',
      YAML_VERSION: (a) =>
        `このファイルは YAML ${a.version} を宣言しており、YAML 1.2 とは一部の値の読み方が違います（\`no\` が false になるなど）。\`%YAML\` の行を削除してください。`,
      ALIAS_EXPANSION: (a, l) =>
        `エイリアスを展開すると値が${formatNumber(Number(a.limit), l)}個を超え、エイリアス爆弾と同じ状態になります。参照せずに値を直接書いてください。`,
      ALIAS_CYCLE: (a) => `エイリアス \`*${a.alias}\` がそのアンカーの値の中にあり、展開が終わりません。別のアンカーを参照するか、値を直接書いてください。`,
      UNRESOLVED_ALIAS: (a) => `エイリアス \`*${a.alias}\` より前に、アンカー \`&${a.alias}\` がありません。先にアンカーを定義するか、値を直接書いてください。`,
      BAD_MERGE: () =>
        'マージキー `<<` の値が、マップ、マップのエイリアス、それらのリストのいずれでもありません。そのどれかにするか、マージキーを削除してください。',
      TOO_DEEP: (a) => `この位置で YAML の入れ子が${a.limit}階層を超えています。パートナー戦略としては深すぎるため、構造を浅くしてください。`,
      ALIAS_PROPS: () => 'エイリアスにはアンカーもタグも付けられません。エイリアスから外してください。',
      BAD_ALIAS: () => 'エイリアスの書き方が正しくありません。アンカー `&名前` を参照するには `*名前` と書いてください。',
      BAD_DIRECTIVE: () => 'この `%` ディレクティブは YAML として正しくありません。この行を削除してください。',
      BAD_DQ_ESCAPE: () => 'ダブルクォートの文字列に無効なエスケープシーケンスがあります。文字をそのまま書くか、シングルクォートで囲んでください。',
      BAD_INDENT: () =>
        'この位置のインデントが前後と合っていないか、`[` や `{` が閉じられていません。同じ階層の行とインデントを揃え、括弧をすべて閉じてください。',
      BAD_PROP_ORDER: () => 'アンカーやタグが値の後ろにあります。値の前に移動してください。',
      BAD_SCALAR_START: () => 'この文字で始まる値は、クォートなしでは書けません。値をクォートで囲んでください。',
      BLOCK_AS_IMPLICIT_KEY: () => 'キーの位置に入れ子のブロックがあります。キーを文字列で書き、後ろに `:` を付けてください。',
      BLOCK_IN_FLOW: () => '`[…]` や `{…}` の中には、ブロック形式の値を置けません。括弧内の書き方に合わせるか、括弧の外に出してください。',
      IMPOSSIBLE: () => 'この位置の YAML を読み取れません。この付近の構文を単純にしてください。',
      KEY_OVER_1024_CHARS: () => 'キーが YAML の上限の1,024文字を超えています。キーを短くしてください。',
      MISSING_CHAR: () => 'この位置に必要なもの（閉じるクォートや括弧、項目間のカンマ、`:` の後のスペース、キーに対する値）がありません。追加してください。',
      MULTILINE_IMPLICIT_KEY: () => 'キーが複数の行にまたがっています。1行につなげるか、行末に `:` を付けてください。',
      MULTIPLE_ANCHORS: () => '1つの値に複数のアンカーが付いています。1つを残して他を削除してください。',
      MULTIPLE_TAGS: () => '1つの値に複数のタグが付いています。1つを残して他を削除してください。',
      NON_STRING_KEY: () => 'キーがリストやマップになっています。キーは文字列で書いてください。',
      RESOURCE_EXHAUSTION: () => 'この位置の YAML は複雑すぎて読み取れません。構造を単純にしてください。',
      TAG_RESOLVE_FAILED: (a) => `タグ \`${a.tag}\` は YAML 1.2 のコアスキーマにありません。値が書いたとおりに読まれるよう、タグを削除してください。`,
      UNEXPECTED_TOKEN: () => 'この位置には置けないもの（余分な `,`、`]`、`}` など）があります。削除するか、この行の構文を確認してください。',
      BAD_COLLECTION_TYPE: () => 'このリストまたはマップがタグと一致しません。タグを削除してください。',
    },
  },
});

export default rule;

/** The report for one problem of the YAML: its message by code, the library's "here" widened so editors can show it. */
export function syntaxReport(problem: YamlProblem, text: string): Report {
  const args = { ...problem.args };
  const span = visibleSpan(problem.span, text);
  if (problem.code === 'DUPLICATE_KEY' && args.key === undefined) args.key = text.slice(span.start, span.end).replace(/^(["'])(.*)\1$/s, '$2');
  if (problem.code === 'TAG_RESOLVE_FAILED') args.tag = /^!\S*/.exec(text.slice(problem.span.start))?.[0] ?? '!';
  const messageId = Object.hasOwn(rule.messages.en, problem.code) ? problem.code : 'generic';
  return { path: [], span, messageId, args };
}

/** An empty span (the YAML library's "here") widened to one character, so that editors can show it. */
function visibleSpan(span: Span, text: string): Span {
  if (span.end > span.start) return span;
  const atLineEnd = span.start >= text.length || text[span.start] === '\n' || text[span.start] === '\r';
  if (!atLineEnd) return { start: span.start, end: span.start + 1 };
  const lineStart = Math.max(text.lastIndexOf('\n', span.start - 1), text.lastIndexOf('\r', span.start - 1)) + 1;
  return span.start > lineStart ? { start: span.start - 1, end: span.start } : span;
}
