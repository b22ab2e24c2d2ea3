import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../lib/dossier/escape-html';

describe('escapeHtml', () => {
  it('makes a tag with a handler plain text', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it('cannot close a script or style element the document might hold', () => {
    expect(escapeHtml('</script><script>alert(1)</script>')).toBe(
      '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(escapeHtml('</style>')).not.toContain('<');
  });

  it('cannot leave a quoted attribute, single or double', () => {
    expect(escapeHtml(`" onclick='x'`)).toBe('&quot; onclick=&#39;x&#39;');
  });

  it('escapes the ampersand first, so an entity in the text stays as typed', () => {
    expect(escapeHtml('&lt; AT&T')).toBe('&amp;lt; AT&amp;T');
  });

  it('leaves other text, numbers and non-Latin letters as they are', () => {
    expect(escapeHtml('Продавец предложил $5.00')).toBe('Продавец предложил $5.00');
    expect(escapeHtml(42)).toBe('42');
  });
});
