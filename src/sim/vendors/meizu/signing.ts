// Meizu's request signature as the stand-in checks it, from Meizu's documented algorithm (not from
// the product's sender), Node builtins only; the known-answer vectors in test/vectors pin it.
import { createHash } from 'node:crypto';

/**
 * Meizu: every parameter but `sign`, sorted by key, concatenated as `k=v` with no separator (raw
 * values), then the AppSecret; MD5 lower hex (push-apis.md §7, MZ README "接口签名规范"; MZ-SDK
 * `HttpClient.getSignature` uses a TreeMap, i.e. byte order of the keys).
 */
export function meizuExpectedSign(params: Record<string, string>, appSecret: string): string {
  const keys = Object.keys(params).filter((k) => k !== 'sign');
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('md5')
    .update(keys.map((k) => `${k}=${params[k]}`).join('') + appSecret, 'utf8')
    .digest('hex');
}
