// The redactor knows each secret's raw, URL-encoded (upper/lowercase hex, form and double
// encoding), JSON-escaped, base64 and base64url forms, also when the secret sits at any byte
// offset inside a longer base64 string (HTTP Basic auth, a JWT, a signed blob).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Redactor, secretForms } from '../../../src/shared/redact';
import { findLeaks as leaks } from '../../helpers/leaks';

const SECRET = 'mi+Secret/Value=42xyz';

describe('redactor', () => {
  const r = new Redactor();
  r.register(SECRET);
  const encodings: [string, string][] = [
    ['raw', SECRET],
    ['encodeURIComponent', encodeURIComponent(SECRET)],
    ['lowercase hex', encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())],
    ['form body', new URLSearchParams({ k: SECRET }).toString()],
    ['double encoded', encodeURIComponent(encodeURIComponent(SECRET))],
    ['JSON', JSON.stringify({ s: SECRET })],
    ['base64', Buffer.from(SECRET).toString('base64')],
    ['base64url', Buffer.from(SECRET).toString('base64url')],
    ['Basic auth', `Authorization: Basic ${Buffer.from(`client:${SECRET}`).toString('base64')}`],
    ['base64 offset 1', Buffer.from(`x${SECRET}tail`).toString('base64')],
    ['base64 offset 2', Buffer.from(`xy${SECRET}tail`).toString('base64')],
    [
      'base64url offset 2 in a URL',
      `https://h/cb?state=${encodeURIComponent(Buffer.from(`xy${SECRET}`).toString('base64'))}`,
    ],
  ];
  it.each(encodings)('removes the %s form', (_name, form) => {
    const out = r.text(`echo: ${form} end`);
    expect(out).toContain('***');
    expect(leaks(out, SECRET)).toEqual([]);
  });

  it('leaves ordinary text alone and redacts deep values and keys', () => {
    expect(r.text('nothing secret here, 42 apples')).toBe('nothing secret here, 42 apples');
    expect(r.text('Basic notifications are allowed')).toBe('Basic notifications are allowed');
    const v = r.deep({ a: [{ b: `x${encodeURIComponent(SECRET)}` }], [SECRET]: 1, n: 3, z: null });
    expect(JSON.stringify(v)).not.toContain('Secret');
    expect(v.n).toBe(3);
  });

  it('lists forms longest first and never forms shorter than the minimum', () => {
    const forms = secretForms(SECRET);
    expect(forms).toContain(SECRET);
    expect(forms).toContain('mi%2BSecret%2FValue%3D42xyz');
    expect(forms).toContain('mi%2bSecret%2fValue%3d42xyz');
    for (let i = 1; i < forms.length; i++) expect(forms[i - 1].length).toBeGreaterThanOrEqual(forms[i].length);
  });

  it('property: any secret at any offset in base64 or URL encoding is gone', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 12, maxLength: 40, unit: 'grapheme-ascii' }),
        fc.string({ maxLength: 5 }),
        fc.constantFrom('b64', 'b64url', 'uri', 'form'),
        (secret, prefix, kind) => {
          fc.pre(secret.trim().length === secret.length && !/\s/.test(secret));
          const rr = new Redactor();
          rr.register(secret);
          const buf = Buffer.from(prefix + secret);
          const text =
            kind === 'b64'
              ? buf.toString('base64')
              : kind === 'b64url'
                ? buf.toString('base64url')
                : kind === 'uri'
                  ? encodeURIComponent(prefix + secret)
                  : new URLSearchParams({ k: prefix + secret }).toString();
          const out = rr.text(text);
          expect(leaks(out, secret)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
