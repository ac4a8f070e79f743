// vivo's auth signature as the stand-in checks it, from vivo's documented algorithm (not from the
// product's sender), Node builtins only; the known-answer vectors in test/vectors pin it.
import { createHash } from 'node:crypto';

/** vivo `/message/auth`: lower-hex MD5 of appId + appKey + timestamp + appSecret (push-apis.md §6; modood vivopush `auth`). */
export function vivoExpectedSign(appId: string, appKey: string, timestamp: string, appSecret: string): string {
  return createHash('md5').update(`${appId}${appKey}${timestamp}${appSecret}`, 'utf8').digest('hex');
}
