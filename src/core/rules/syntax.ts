import { defineRule } from '../rule';

/** Reported by the engine from the YAML parser's errors; no check of its own. */
export default defineRule({
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
      generic: (a) => `The YAML does not parse (${a.detail}); fix the syntax here.`,
      duplicateKey: (a) => `The key \`${a.key}\` appears twice in the same map; keep one and delete the other.`,
      multipleDocs: () => 'The file holds more than one YAML document; keep the strategy in one document and remove the `---` separator.',
      tabIndent: () => 'Tabs cannot indent YAML; indent with spaces.',
      yamlVersion: (a) => `Partner strategies are YAML 1.2, but this file declares YAML ${a.version}, which reads values differently (\`no\` as false); remove the \`%YAML\` line.`,
      aliasBomb: (a) => `The file expands more than ${a.max} aliases, which looks like an alias bomb; write the values out instead.`,
    },
    ja: {
      generic: (a) => `YAML として解析できません(${a.detail})。この位置の構文を修正してください。`,
      duplicateKey: (a) => `キー \`${a.key}\` が同じマップに2回出現しています。一方を残して他方を削除してください。`,
      multipleDocs: () => 'ファイルに複数の YAML ドキュメントがあります。戦略は1つのドキュメントにまとめ、`---` 区切りを削除してください。',
      tabIndent: () => 'YAML のインデントにタブは使えません。スペースでインデントしてください。',
      yamlVersion: (a) => `パートナー戦略は YAML 1.2 ですが、このファイルは値の解釈が異なる YAML ${a.version} を宣言しているため(\`no\` が false になるなど)、\`%YAML\` の行を削除してください。`,
      aliasBomb: (a) => `エイリアスの展開が ${a.max} 個を超えており、エイリアス爆弾の疑いがあります。値を直接書いてください。`,
    },
  },
});
