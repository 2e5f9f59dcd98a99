import { defineRule } from '../rule';
import { at, recordsAt } from '../data';
import { closest } from '../suggest';

export default defineRule({
  meta: {
    id: 'unknown-segment',
    defaultSeverity: 'error',
    title: { en: 'Refer only to segments defined in the market', ja: '市場に定義されたセグメントだけを参照すること' },
    rationale: {
      en: "Purposes and partners are tied to the market through segment ids. An id that names no segment breaks that tie silently: the rules that check a segment's partners and status can no longer see it.",
      ja: '目的とパートナーはセグメント id で市場と結び付いています。存在しないセグメントを指す id はその結び付きを黙って断ち切り、セグメントのパートナーや状態を確認するルールが働かなくなります。',
    },
  },
  messages: {
    en: {
      unknown: (a) =>
        `No segment in \`market.segments\` has the id \`${a.id}\`; ${a.suggestion ? `change it to \`${a.suggestion}\`` : 'change it to the id of a segment defined there'}, or add the segment to \`market.segments\`.`,
    },
    ja: {
      unknown: (a) =>
        `\`market.segments\` に、id が \`${a.id}\` のセグメントはありません。${a.suggestion ? `\`${a.suggestion}\` に直す` : '定義済みのセグメントの id に直す'}か、そのセグメントを \`market.segments\` に追加してください。`,
    },
  },
  check(context) {
    // Segments the schema rejects (`segments:` left empty, an entry that is not a map or has no text id) leave the list of ids
    // unknown: the schema reports them, and every reference would otherwise be reported as well.
    const segments = at(context.data, 'market', 'segments');
    if (segments !== undefined && (!Array.isArray(segments) || segments.some((segment) => typeof at(segment, 'id') !== 'string'))) return;
    const ids = recordsAt(context.data, 'market', 'segments').flatMap(({ item }) => (typeof item.id === 'string' ? [item.id] : []));
    const check = (id: unknown, path: (string | number)[]): void => {
      if (typeof id !== 'string' || ids.includes(id)) return;
      const suggestion = closest(id, ids);
      context.report({ path, args: { id, suggestion: suggestion ?? '' }, ...(suggestion ? { replacement: suggestion } : {}) });
    };
    for (const { item, index } of recordsAt(context.data, 'purposes')) check(item.segment, ['purposes', index, 'segment']);
    for (const { item, index } of recordsAt(context.data, 'partners')) {
      if (Array.isArray(item.segments)) item.segments.forEach((id, i) => check(id, ['partners', index, 'segments', i]));
    }
  },
});
