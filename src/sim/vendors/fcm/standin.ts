// Firebase Cloud Messaging's stand-in: its credentials, its URLs on the stand-in server, and its API's answers as
// push-apis.md describes them (each answer names its source: push-apis.md = "apis §n",
// push-api-audit.md = "audit §n"; codes no source confirms are marked "unverified").
import { generateKeyPairSync } from 'node:crypto';
import type { StandinContext, StandinModule } from '../../standins/kit';
import { j, rnd } from '../../standins/kit';
import { checkFcmAssertion } from './assertion';

export interface FcmCredentials {
  projectId: string;
  clientEmail: string;
  privateKeyPem: string;
  publicKeyPem: string;
  privateKeyId: string;
}

function routes(s: StandinContext<FcmCredentials>): void {
  // FCM HTTP v1 — apis §1: token endpoint (oauth2 jwt.go), send + google.rpc error envelope with
  // FcmError details (firebase error-codes page; UNREGISTERED 404 as observed in firebase-admin-java#972).
  s.route('POST', /^\/fcm\/token$/, async (r) => {
    const assertion = r.form.get('assertion') ?? '';
    if (r.form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || !assertion)
      return j(400, { error: 'invalid_request', error_description: 'grant_type or assertion missing' });
    // Google's answer to a bad assertion: 400 invalid_grant (apis §1, oauth2 jwt.go error parsing).
    const verdict = await checkFcmAssertion(
      assertion,
      s.cred.publicKeyPem,
      s.cred.clientEmail,
      `${s.origin()}/fcm/token`,
    );
    if (!verdict.ok) return j(400, { error: 'invalid_grant', error_description: verdict.error });
    return j(200, { access_token: s.issue(3600), expires_in: 3599, token_type: 'Bearer' });
  });
  s.route('POST', /^\/fcm\/v1\/projects\/([^/]+)\/messages:send$/, (r) => {
    const fcmError = (status: number, s: string, message: string, errorCode?: string) =>
      j(status, {
        error: {
          code: status,
          message,
          status: s,
          details: errorCode ? [{ '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError', errorCode }] : [],
        },
      });
    if (!s.valid(/^Bearer (.+)$/.exec(r.headers.authorization ?? '')?.[1]))
      return fcmError(
        401,
        'UNAUTHENTICATED',
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      );
    const project = /projects\/([^/]+)\//.exec(r.path)![1];
    if (project !== s.cred.projectId)
      return fcmError(
        403,
        'PERMISSION_DENIED',
        `Permission 'cloudmessaging.messages.create' denied on resource '//cloudresourcemanager.googleapis.com/projects/${project}'`,
        'SENDER_ID_MISMATCH',
      );
    const m = (r.json as { message?: Record<string, any> })?.message;
    if (!m?.token)
      return fcmError(400, 'INVALID_ARGUMENT', 'Request contains an invalid argument.', 'INVALID_ARGUMENT');
    if (m.android?.restricted_package_name && m.android.restricted_package_name !== s.package)
      return fcmError(400, 'INVALID_ARGUMENT', 'Request contains an invalid argument.', 'INVALID_ARGUMENT');
    if (s.overQuota()) return fcmError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded for quota metric', 'QUOTA_EXCEEDED');
    if (!/^[A-Za-z0-9_-]+:APA91b/.test(m.token))
      return fcmError(
        400,
        'INVALID_ARGUMENT',
        'The registration token is not a valid FCM registration token',
        'INVALID_ARGUMENT',
      );
    if (!s.phone('fcm', m.token)) return fcmError(404, 'NOT_FOUND', 'Requested entity was not found.', 'UNREGISTERED');
    const id = `0:${Date.now()}%${rnd(8)}`;
    return j(200, { name: `projects/${project}/messages/${id}` }, [
      {
        vendor: 'fcm',
        via: 'fcm',
        token: m.token,
        package: s.package,
        title: m.notification?.title ?? '',
        body: m.notification?.body ?? '',
        channelId: m.android?.notification?.channel_id,
        ext: m.data,
        messageId: id,
        // AndroidMessagePriority (FCM HTTP v1): NORMAL unless the sender asks for HIGH.
        priority: String(m.android?.priority ?? '').toLowerCase() === 'high' ? 'high' : 'normal',
      },
    ]);
  });
}

export const standin: StandinModule<FcmCredentials, 'fcm', 'fcm'> = {
  credKey: 'fcm',
  credentials: () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return {
      projectId: 'push-doctor-sim',
      clientEmail: 'firebase-adminsdk@push-doctor-sim.iam.gserviceaccount.com',
      privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      privateKeyId: rnd(20),
    };
  },
  urls: (origin) => ({ baseUrl: `${origin}/fcm`, tokenUrl: `${origin}/fcm/token` }),
  routes,
  profile: (_c, u, files) => ({
    serviceAccountFile: files.serviceAccountFile,
    tokenUrl: u.tokenUrl,
    baseUrl: u.baseUrl,
  }),
};

/** The service-account JSON file Google's console hands out, for these credentials. */
export function serviceAccountJson(c: FcmCredentials, tokenUri: string): string {
  return JSON.stringify(
    {
      type: 'service_account',
      project_id: c.projectId,
      private_key_id: c.privateKeyId,
      private_key: c.privateKeyPem,
      client_email: c.clientEmail,
      client_id: '100000000000000000000',
      token_uri: tokenUri,
    },
    null,
    2,
  );
}
