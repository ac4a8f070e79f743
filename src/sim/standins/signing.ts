// The stand-ins' own signature checks, written from the vendors' documented algorithms and not
// from the product's senders, so that a sender that signs wrongly is refused here (the known-answer
// vectors in test/vectors check both sides against the same fixed values). Each vendor's check is
// in its folder (src/sim/vendors/<id>/signing.ts); this file keeps the OAuth form both Huawei and
// Honor use and gathers the rest for the vectors.
export { oppoExpectedSign } from '../vendors/oppo/signing';
export { vivoExpectedSign } from '../vendors/vivo/signing';
export { meizuExpectedSign } from '../vendors/meizu/signing';
export { xiaomiAuthorized } from '../vendors/xiaomi/signing';
export { userSigHmac, decodeUserSig, checkUserSig, type UserSigVerdict } from '../vendors/tencent-im/signing';

/** Huawei and Honor: an OAuth client-credentials form (push-apis.md §2, §3; HMS-Java `HuaweiCredential.createRequestBody`). */
export function clientCredentialsMatch(form: URLSearchParams, clientId: string, clientSecret: string): boolean {
  return (
    form.get('grant_type') === 'client_credentials' &&
    form.get('client_id') === clientId &&
    form.get('client_secret') === clientSecret
  );
}
