// Looks for a secret in text in every shape it can leave in: raw, URL-encoded (once or twice,
// any hex case, form encoding), and inside base64/base64url at any byte offset. Any 5-character
// window of the secret found in the text or in one of its decodings is a leak.
export function findLeaks(text: string, secret: string): string[] {
  const found = new Set<string>();
  const windows = Array.from({ length: Math.max(1, secret.length - 4) }, (_, i) => secret.slice(i, i + 5));
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      return s.replace(/%([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    }
  };
  const views = [text, decode(text), decode(decode(text))];
  for (const run of text.match(/[A-Za-z0-9+/_=-]{8,}/g) ?? [])
    for (const shift of ['', 'A', 'AA', 'AAA'])
      views.push(Buffer.from(shift + run.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1'));
  for (const v of views) for (const w of windows) if (v.includes(w)) found.add(w);
  return [...found];
}
