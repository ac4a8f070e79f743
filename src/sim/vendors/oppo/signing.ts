// OPPO's auth signature as the stand-in checks it, from OPPO's documented algorithm (not from the
// product's sender), Node builtins only; the known-answer vectors in test/vectors pin it.
import { createHash } from 'node:crypto';

/** OPPO `/server/v1/auth`: lower-hex SHA-256 of appKey + timestamp + masterSecret (push-apis.md §5; OPPO-jar `Auth.getSign`). */
export function oppoExpectedSign(appKey: string, timestamp: string, masterSecret: string): string {
  return createHash('sha256').update(`${appKey}${timestamp}${masterSecret}`, 'utf8').digest('hex');
}
