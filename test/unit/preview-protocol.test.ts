import { strict as assert } from 'node:assert';
import { isFromWebview, isToWebview, isWebviewState } from '../../src/extension/preview/protocol';
import { createNonce } from '../../src/extension/preview/nonce';

describe('preview message protocol', () => {
  it('accepts the messages the webview may send', () => {
    assert.equal(isFromWebview({ type: 'ready' }), true);
    assert.equal(isFromWebview({ type: 'toggleLock' }), true);
    assert.equal(isFromWebview({ type: 'reveal', line: 49, column: 16 }), true);
  });

  const rejected: [string, unknown][] = [
    ['null', null],
    ['a string', 'reveal'],
    ['an unknown type', { type: 'runCommand', command: 'workbench.action.terminal.new' }],
    ['a line of 0', { type: 'reveal', line: 0, column: 1 }],
    ['a fractional column', { type: 'reveal', line: 1, column: 1.5 }],
    ['a line given as text', { type: 'reveal', line: '1', column: 1 }],
    ['a huge line', { type: 'reveal', line: 1e12, column: 1 }],
    ['extra properties', { type: 'reveal', line: 1, column: 1, uri: 'file:///etc/passwd' }],
    ['extra properties on ready', { type: 'ready', html: '<script>' }],
  ];
  for (const [what, message] of rejected) {
    it(`rejects ${what}`, () => assert.equal(isFromWebview(message), false));
  }

  it('checks what the extension sends and what the webview keeps as state', () => {
    // The panel's labels travel with the model (src/core/view/labels.ts).
    const labels = {};
    assert.equal(isToWebview({ type: 'error', message: 'x', labels, fileName: 'a', uri: 'file:///a', locked: false }), true);
    assert.equal(isToWebview({ type: 'render', model: {}, labels, fileName: 'a', uri: 'file:///a', locked: true }), true);
    assert.equal(isToWebview({ type: 'render', model: {}, fileName: 'a', uri: 'file:///a', locked: true }), false, 'no labels');
    assert.equal(isToWebview({ type: 'render', model: null, labels, fileName: 'a', uri: 'file:///a', locked: true }), false);
    assert.equal(isToWebview({ type: 'render', model: {}, labels, fileName: 'a', locked: true }), false);
    assert.equal(isWebviewState({ uri: 'file:///a', locked: false }), true);
    assert.equal(isWebviewState({ uri: 1, locked: false }), false);
    assert.equal(isWebviewState(undefined), false);
  });

  it('makes nonces from a cryptographic source, fit for a CSP', () => {
    const nonces = new Set(Array.from({ length: 100 }, () => createNonce()));
    assert.equal(nonces.size, 100);
    for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9_-]{32}$/);
  });
});
