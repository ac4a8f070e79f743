// Xiaomi's request authorisation as the stand-in checks it (push-apis.md §4), not from the product's sender.

/** Xiaomi has no token exchange: every call carries `Authorization: key=<AppSecret>` (push-apis.md §4; MI-jar `HttpBase`). */
export function xiaomiAuthorized(header: string | undefined, appSecret: string): boolean {
  return header === `key=${appSecret}`;
}
