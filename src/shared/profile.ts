// The app profile: one JSON file per app that the CLI, the UI and the tests share. It says which
// package to check, the notification channel ids the pushes use, the click-through targets, extra
// token patterns, and the credentials of each push provider. Validated with zod; a missing or
// wrong field is named by its path. No Node imports: the renderer's profile editor uses it too.
import { z } from 'zod';
import { isPackageName } from './validate';
import type { ProviderName, VendorChannel } from './types';

const nonEmpty = z.string().min(1, 'must not be empty');
// Secrets go to these addresses: only http(s) (http for local stand-ins and proxies).
const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://host/path' });
const vendor = z.enum(['xiaomi', 'huawei', 'honor', 'oppo', 'vivo', 'meizu', 'fcm']);

export const providerSchemas = {
  xiaomi: z.object({ appSecret: nonEmpty, baseUrl: url.optional(), restrictedPackage: nonEmpty.optional() }).strict(),
  huawei: z
    .object({ appId: nonEmpty, clientSecret: nonEmpty, authUrl: url.optional(), baseUrl: url.optional(), category: nonEmpty.optional() })
    .strict(),
  honor: z.object({ appId: nonEmpty, clientId: nonEmpty, clientSecret: nonEmpty, authUrl: url.optional(), baseUrl: url.optional() }).strict(),
  oppo: z.object({ appKey: nonEmpty, masterSecret: nonEmpty, baseUrl: url.optional(), category: nonEmpty.optional() }).strict(),
  vivo: z
    .object({
      appId: nonEmpty,
      appKey: nonEmpty,
      appSecret: nonEmpty,
      baseUrl: url.optional(),
      classification: z.union([z.literal(0), z.literal(1)]).optional(),
      category: nonEmpty.optional(),
      testMode: z.boolean().optional(),
    })
    .strict(),
  meizu: z.object({ appId: nonEmpty, appSecret: nonEmpty, baseUrl: url.optional() }).strict(),
  fcm: z.object({ serviceAccountFile: nonEmpty, tokenUrl: url.optional(), baseUrl: url.optional() }).strict(),
  'tencent-im': z
    .object({
      sdkAppId: z.union([z.number().int().positive(), z.string().regex(/^\d+$/, 'must be the numeric SDKAppID')]),
      secretKey: nonEmpty,
      adminId: nonEmpty,
      fromUser: nonEmpty,
      toUser: nonEmpty,
      baseUrl: url.optional(),
    })
    .strict(),
  easemob: z
    .object({
      orgName: nonEmpty,
      appName: nonEmpty,
      clientId: nonEmpty,
      clientSecret: nonEmpty,
      fromUser: nonEmpty.optional(),
      toUser: nonEmpty,
      baseUrl: url.optional(),
    })
    .strict(),
} satisfies Record<ProviderName, z.ZodTypeAny>;

export const clickActionSchema = z
  .object({
    type: z.enum(['app', 'url', 'activity']),
    value: z.string().max(2048).optional(),
  })
  .strict()
  .refine((c) => c.type === 'app' || !!c.value, { message: 'value is required for url and activity', path: ['value'] });

export const appProfileSchema = z
  .object({
    package: z.string().refine(isPackageName, 'must be an Android package name such as com.example.chat'),
    channels: z.partialRecord(vendor, nonEmpty).optional(),
    clickAction: z.partialRecord(vendor, clickActionSchema).optional(),
    tokenPatterns: z.array(z.object({ vendor, regex: nonEmpty.max(500), group: z.number().int().min(0).max(9).optional() }).strict()).max(50).optional(),
    /** Which provider `diagnose` sends its test pushes through (default: the IM provider if set, else the phone's channel). */
    deliveryProvider: z.enum(['fcm', 'huawei', 'honor', 'xiaomi', 'oppo', 'vivo', 'meizu', 'tencent-im', 'easemob']).optional(),
    /** Seconds the delivery step waits for each test push to show (the CLI's --delivery-timeout wins). */
    deliveryTimeoutSec: z.number().int().min(1).max(600).optional(),
    providers: z
      .object({
        xiaomi: providerSchemas.xiaomi.optional(),
        huawei: providerSchemas.huawei.optional(),
        honor: providerSchemas.honor.optional(),
        oppo: providerSchemas.oppo.optional(),
        vivo: providerSchemas.vivo.optional(),
        meizu: providerSchemas.meizu.optional(),
        fcm: providerSchemas.fcm.optional(),
        'tencent-im': providerSchemas['tencent-im'].optional(),
        easemob: providerSchemas.easemob.optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

export type AppProfile = z.infer<typeof appProfileSchema>;
export type ClickAction = z.infer<typeof clickActionSchema>;
export type ProviderConfig<P extends ProviderName> = z.infer<(typeof providerSchemas)[P]>;

/** Fields that hold secrets: masked in the UI, never logged, redacted in reports. */
export const SECRET_FIELDS: Record<ProviderName, string[]> = {
  xiaomi: ['appSecret'],
  huawei: ['clientSecret'],
  honor: ['clientSecret'],
  oppo: ['masterSecret'],
  vivo: ['appSecret'],
  meizu: ['appSecret'],
  fcm: [],
  'tencent-im': ['secretKey'],
  easemob: ['clientSecret'],
};

export function configuredProviders(p: AppProfile): ProviderName[] {
  return (Object.keys(p.providers) as ProviderName[]).filter((k) => p.providers[k as keyof AppProfile['providers']]);
}

export function vendorOfProvider(p: ProviderName): VendorChannel | null {
  return p === 'tencent-im' || p === 'easemob' ? null : p;
}

/** A zod error as lines `path: message`, the way the CLI and the UI show it. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(profile)'}: ${i.message}`);
}
