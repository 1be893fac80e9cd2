/// <reference types="node" />
/**
 * The sanitizer's pre-pass (src/core/sanitize.ts `stripInlineAttributes`): event-handler and style
 * attributes leave the start tags before the browser parses the markup (a strict CSP reports each
 * one it parses); everything else stays byte for byte. DOMPurify, the real sanitizer, runs after it
 * (test/core/sanitize.test.ts, in the browser).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stripInlineAttributes as strip } from '../../src/core/sanitize.js';

describe('stripInlineAttributes', () => {
  it('drops on… and style attributes, quoted, unquoted or bare, in any case', () => {
    assert.equal(strip('<img src="x" onerror="alert(1)">'), '<img src="x">');
    assert.equal(strip('<p style="color:red" onclick=\'a()\' title=t>x</p>'), '<p title=t>x</p>');
    assert.equal(strip('<b ONMOUSEOVER=go() Style = "x">y</b>'), '<b>y</b>');
    assert.equal(strip('<svg onload><circle r="4"></circle></svg>'), '<svg><circle r="4"></circle></svg>');
    assert.equal(strip('<a\nhref="https://x.example"\tonfocus="f()"/>'), '<a\nhref="https://x.example"/>');
  });

  it('reads quoted values as the tokenizer does: a > or a handler inside a value is the value', () => {
    assert.equal(strip('<a title="a > b onclick=x()" onclick="y()">z</a>'), '<a title="a > b onclick=x()">z</a>');
    assert.equal(strip("<a title='\"' style='c'>z</a>"), "<a title='\"'>z</a>");
  });

  it('keeps text, comments, end tags and lone < as they are', () => {
    const text = 'Se a < b e c > d, <strong>confira</strong> o <!-- <b onclick="x"> --> manual. 3 <4';
    assert.equal(strip(text), text);
    assert.equal(strip('</p onclick="x">'), '</p onclick="x">'); // an end tag's attributes mean nothing to the parser
  });

  it('keeps attributes whose names only contain "on" or "style"', () => {
    const html = '<td colspan="2" data-style="x" button="y">z</td>';
    assert.equal(strip(html), html);
  });

  it('ends cleanly on a tag cut off mid-attribute', () => {
    assert.equal(strip('<p class="a" onclick="x'), '<p class="a"');
    assert.equal(strip('<p class="a'), '<p class="a');
  });
});
