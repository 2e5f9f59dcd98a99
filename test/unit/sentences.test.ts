/**
 * Every message of every rule says what is wrong and then what to do (rules.md, "Messages"), in one voice: in English
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
        const args = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? filler : undefined) });
        out.push({ where: `${rule.meta.id} ${id} (${JSON.stringify(filler)})`, ruleId: rule.meta.id, text: format(args, locale) });
      }
    }
  }
  return out;
}

/** The text with its code spans and quotations taken out: what they hold is the user's or YAML's, not our sentence. */
function prose(text: string): string {
  return text.replace(/`[^`]*`/g, 'CODE').replace(/"[^"]*"/g, 'QUOTE').replace(/「[^」]*」/g, 'QUOTE');
}

/** The verbs an English message may tell its reader to do, after its semicolon. */
const ACTIONS = new Set([
  'add', 'agree', 'align', 'change', 'check', 'correct', 'define', 'describe', 'find', 'fix', 'flatten', 'free', 'get', 'give',
  'indent', 'join', 'keep', 'list', 'measure', 'move', 'point', 'put', 'raise', 'reduce', 'refer', 'remove', 'rename', 'replace',
  'shorten', 'simplify', 'start', 'take', 'use', 'widen', 'write',
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

  // rules.md v2: in Japanese, short sentences (what is wrong, then what to do) rather than one long 〜ため、〜してください.
  it('Japanese: up to three sentences, the last saying what to do (…てください。)', () => {
    const found: string[] = [];
    for (const { where, ruleId, text } of everyMessage('ja')) {
      const body = prose(text);
      const sentences = (body.match(/。/g) ?? []).length;
      if (sentences < 1 || sentences > 3 || /[?？!！;；]/.test(body)) found.push(`${where}: not one to three sentences: ${text}`);
      else if (!/ください(\([^)]*\))?。$/.test(body)) found.push(`${where}: does not end with what to do: ${text}`);
      else if (namesKey(where, ruleId) && !text.includes('`')) found.push(`${where}: names no key: ${text}`);
    }
    assert.equal(found.length, 0, `\n${found.join('\n')}`);
  });
});
