/**
 * Every message of every rule says what is wrong and then what to do (docs/reference/rules.md, "Messages"), in one voice: in English
 * one sentence, "what is wrong; what to do.", in Japanese short sentences ending with "…してください。". Outside `syntax`, whose findings
 * are about characters, each names the key to change.
 */
import { strict as assert } from 'node:assert';
import { rules } from '../../src/core/index';
import type { Locale } from '../../src/core/index';

/** Every argument the same, so that each branch of a message is reached by one of them (`state: requested`, `limit: 1`, …). */
const FILLERS = ['X', '', 'requested', 'none', 'yes', 1];

function everyMessage(locale: Locale): { where: string; ruleId: string; text: string }[] {
  const out: { where: string; ruleId: string; text: string }[] = [];
  for (const rule of rules) {
    for (const [id, format] of Object.entries(rule.messages[locale])) {
      for (const filler of new Set(FILLERS)) {
        // A currency is a three-letter code wherever it appears; every other argument takes the filler.
        const args = new Proxy({}, { get: (_target, key) => (key === 'currency' ? 'USD' : typeof key === 'string' ? filler : undefined) });
        out.push({ where: `${rule.meta.id} ${id} (${JSON.stringify(filler)})`, ruleId: rule.meta.id, text: format(args, locale) });
      }
    }
  }
  return out;
}

/** The text with its code spans and quotations taken out: what they hold is the user's or YAML's, not our sentence. */
function prose(text: string): string {
  return text
    .replace(/`[^`]*`/g, 'CODE')
    .replace(/"[^"]*"/g, 'QUOTE')
    .replace(/「[^」]*」/g, 'QUOTE');
}

/** The verbs an English message may tell its reader to do, after its semicolon. */
const ACTIONS = new Set([
  'add',
  'agree',
  'align',
  'change',
  'check',
  'correct',
  'define',
  'describe',
  'find',
  'fix',
  'flatten',
  'free',
  'get',
  'give',
  'indent',
  'join',
  'keep',
  'list',
  'measure',
  'move',
  'point',
  'put',
  'raise',
  'reduce',
  'refer',
  'remove',
  'rename',
  'replace',
  'shorten',
  'simplify',
  'start',
  'take',
  'use',
  'widen',
  'write',
]);

/** A syntax finding is about characters, and an unused suppression comment is the thing to remove: neither has a key. */
function namesKey(where: string, ruleId: string): boolean {
  return ruleId !== 'syntax' && !where.startsWith('unused-disable unused ');
}

describe('messages: one sentence, what is wrong and what to do', () => {
  it('English: one sentence, "what is wrong; what to do.", ending in a full stop', () => {
    const found: string[] = [];
    for (const { where, ruleId, text } of everyMessage('en')) {
      const body = prose(text);
      const stops = body.match(/[.!?](?=\s|$)/g) ?? [];
      const [, action] = body.split(';');
      const firstWord = /^\s*([a-z]+)/.exec(action ?? '')?.[1];
      if (!text.endsWith('.') || stops.length !== 1) found.push(`${where}: not one sentence: ${text}`);
      else if ((body.match(/;/g) ?? []).length !== 1 || !firstWord || !ACTIONS.has(firstWord)) found.push(`${where}: no "; <what to do>": ${text}`);
      else if (namesKey(where, ruleId) && !text.includes('`')) found.push(`${where}: names no key: ${text}`);
    }
    assert.equal(found.length, 0, `\n${found.join('\n')}`);
  });

  // docs/reference/rules.md v2 and the Japanese style page: a problem sentence and an action sentence (three at the most), each short,
  // in a business register: です・ます, no 〜なのに, no order to sell direct, and what the file lacks said of the file.
  it('Japanese: short sentences, the last saying what to do (…てください。), in a business register', () => {
    const found: string[] = [];
    for (const { where, ruleId, text } of everyMessage('ja')) {
      const body = prose(text);
      const sentences = body.split('。').filter((sentence) => sentence.trim() !== '');
      const longest = Math.max(...sentences.map((sentence) => [...sentence].length));
      if (sentences.length < 1 || sentences.length > 3 || /[?？!！;；]/.test(body)) found.push(`${where}: not one to three sentences: ${text}`);
      else if (!/ください(（[^）]*）)?。$/.test(body)) found.push(`${where}: does not end with what to do: ${text}`);
      else if (longest > 90) found.push(`${where}: a sentence of ${longest} characters (90 at the most): ${text}`);
      else if (/なのに|で売ってください|が書かれていないため/.test(body)) found.push(`${where}: the register accuses or orders: ${text}`);
      else if (sentences.length === 1 && /ため、/.test(body))
        found.push(`${where}: one long 〜ため、〜してください sentence; say the problem, then what to do: ${text}`);
      else if (namesKey(where, ruleId) && !text.includes('`')) found.push(`${where}: names no key: ${text}`);
    }
    assert.equal(found.length, 0, `\n${found.join('\n')}`);
  });
});
