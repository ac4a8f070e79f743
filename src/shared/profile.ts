// The app profile: one JSON file per app that the CLI, the UI and the tests share. It says which
// package to check, the notification channel ids the pushes use, the click-through targets, extra
// token patterns, and the credentials of each push provider. Validated with zod; a missing or
// wrong field is named by its path. No Node imports: the renderer's profile editor uses it too.
import { z } from 'zod';
import { isPackageName } from './validate';
import { PROVIDERS, type ProviderName, type VendorChannel } from './types';
import { IM_IDS, IM_SERVICES, VENDOR_IDS, VENDORS, type ImId, type VendorId } from './vendors';

const nonEmpty = z.string().min(1, 'must not be empty');
// Secrets go to these addresses: only http(s) (http for local stand-ins and proxies).
const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://host/path' });
const vendor = z.enum(VENDOR_IDS);

// Vendor facts the profile checks at load, with their sources (shared/reference/push-apis.md,
// push-api-audit.md). Regions are named instead of raw URLs; `baseUrl` still overrides a region.
/** Xiaomi REST hosts per region (push-apis.md §4; modood xiaomipush/message.go). */
export const XIAOMI_REGIONS = {
  china: 'https://api.xmpush.xiaomi.com',
  global: 'https://api.xmpush.global.xiaomi.com',
  europe: 'https://fr-api.xmpush.global.xiaomi.com',
  russia: 'https://ru-api.xmpush.global.xiaomi.com',
  india: 'https://idmb-api.xmpush.global.xiaomi.com',
  singapore: 'https://sgp-api.xmpush.global.xiaomi.com',
} as const;
/** OPPO hosts (push-apis.md §5: overseas registration ids go to the intl host). */
export const OPPO_REGIONS = {
  china: 'https://api.push.oppomobile.com',
  overseas: 'https://api-intl.push.oppomobile.com',
} as const;
/** Meizu hosts; the official SDK uses https (push-api-audit.md §7, MZ-SDK SystemConstants). */
export const MEIZU_REGIONS = {
  china: 'https://server-api-push.meizu.com',
  overseas: 'https://server-api-push.in.meizu.com',
} as const;
/** Tencent Cloud IM REST domains (push-apis.md §8, tencentcloud.com/document/product/1047/34620). */
export const TENCENT_IM_REGIONS = {
  china: 'https://console.tim.qq.com',
  singapore: 'https://adminapisgp.im.qcloud.com',
  seoul: 'https://adminapikr.im.qcloud.com',
  frankfurt: 'https://adminapiger.im.qcloud.com',
  mumbai: 'https://adminapiind.im.qcloud.com',
  siliconvalley: 'https://adminapiusa.im.qcloud.com',
  jakarta: 'https://adminapiidn.im.qcloud.com',
} as const;
/**
 * vivo's second-level categories and the classification each belongs to (vivo doc 359, linked
 * from modood vivopush SendReq; TIM-push: `"VIVOCategory": "IM" // 系统消息`, `"MARKETING" // 运营消息`).
 * A pair that disagrees is refused by vivo with 10097.
 */
export const VIVO_SYSTEM_CATEGORIES = ['IM', 'ACCOUNT', 'TODO', 'DEVICE_REMINDER', 'ORDER', 'SUBSCRIPTION'] as const;
export const VIVO_OPERATIONAL_CATEGORIES = ['NEWS', 'CONTENT', 'MARKETING', 'SOCIAL'] as const;
export function vivoClassificationOf(category: string): 0 | 1 | undefined {
  if ((VIVO_SYSTEM_CATEGORIES as readonly string[]).includes(category)) return 1;
  if ((VIVO_OPERATIONAL_CATEGORIES as readonly string[]).includes(category)) return 0;
  return undefined;
}
/** Huawei self-classification values (push-apis.md §2, modood huaweipush AndroidConfig comment). */
export const HUAWEI_CATEGORIES = [
  'IM',
  'VOIP',
  'SUBSCRIPTION',
  'TRAVEL',
  'HEALTH',
  'WORK',
  'ACCOUNT',
  'EXPRESS',
  'FINANCE',
  'DEVICE_REMINDER',
  'MAIL',
  'PLAY_VOICE',
  'MARKETING',
] as const;

const upper = z.string().regex(/^[A-Z][A-Z_]*$/, 'must be an UPPERCASE category such as IM or MARKETING');
const huaweiCategory = z.enum(HUAWEI_CATEGORIES, {
  error: `must be one of ${HUAWEI_CATEGORIES.join(', ')} (Huawei self-classification)`,
});
const lowNormal = z.enum(['LOW', 'NORMAL'], {
  error: 'must be LOW (information/marketing) or NORMAL (service/communication)',
});
const oppoNotifyLevel = z.union([z.literal(1), z.literal(2), z.literal(16)], {
  error: 'must be 1 (notification bar), 2 (+ lock screen) or 16 (+ banner, sound, vibration)',
});
const zeroOne = (what: string) => z.union([z.literal(0), z.literal(1)], { error: `must be 0 or 1 (${what})` });
const regionOf = <T extends Record<string, string>>(regions: T) =>
  z.enum(Object.keys(regions) as [keyof T & string, ...(keyof T & string)[]], {
    error: `must be one of ${Object.keys(regions).join(', ')}`,
  });
const stringMap = z.record(z.string(), z.string());

/** vivo refuses a category of the other classification (10097): checked here, not at send time. */
function vivoPairIssue(classification: 0 | 1 | undefined, category: string | undefined): string | null {
  if (category === undefined || classification === undefined) return null;
  const of = vivoClassificationOf(category);
  if (of === undefined || of === classification) return null;
  return of === 1
    ? `${category} is a system category (classification 1); with classification 0 use an operational one (${VIVO_OPERATIONAL_CATEGORIES.join(', ')}) — vivo refuses the pair with 10097`
    : `${category} is an operational category (classification 0); with classification 1 use a system one (${VIVO_SYSTEM_CATEGORIES.join(', ')}) — vivo refuses the pair with 10097`;
}

/** Per-vendor fields an IM server passes on to each vendor (Tencent `AndroidInfo`, Easemob `em_android_push_ext`). */
const imVendorFields = {
  huaweiCategory: huaweiCategory.optional(),
  honorImportance: lowNormal.optional(),
  vivoCategory: upper.optional(),
  oppoCategory: upper.optional(),
};
const vivoCategoryKnown = (t: { vivoCategory?: string }) =>
  t.vivoCategory === undefined || vivoClassificationOf(t.vivoCategory) !== undefined;
const vivoCategoryMessage = {
  message: `must be one of ${[...VIVO_SYSTEM_CATEGORIES, ...VIVO_OPERATIONAL_CATEGORIES].join(', ')}`,
  path: ['vivoCategory'],
};

export const providerSchemas = {
  xiaomi: z
    .object({
      appSecret: nonEmpty,
      region: regionOf(XIAOMI_REGIONS).optional(),
      baseUrl: url.optional(),
      restrictedPackage: nonEmpty.optional(),
    })
    .strict(),
  huawei: z
    .object({
      appId: nonEmpty,
      clientSecret: nonEmpty,
      /** The OAuth client id when it differs from the App ID (v2 project-level credentials). */
      clientId: nonEmpty.optional(),
      authUrl: url.optional(),
      baseUrl: url.optional(),
      category: huaweiCategory.optional(),
      importance: z.enum(['LOW', 'NORMAL', 'HIGH'], { error: 'must be LOW, NORMAL or HIGH' }).optional(),
    })
    .strict(),
  honor: z
    .object({
      appId: nonEmpty,
      clientId: nonEmpty,
      clientSecret: nonEmpty,
      authUrl: url.optional(),
      baseUrl: url.optional(),
      importance: lowNormal.optional(),
    })
    .strict(),
  oppo: z
    .object({
      appKey: nonEmpty,
      masterSecret: nonEmpty,
      region: regionOf(OPPO_REGIONS).optional(),
      baseUrl: url.optional(),
      category: upper.optional(),
      notifyLevel: oppoNotifyLevel.optional(),
      privateTemplateId: nonEmpty.optional(),
      privateTitleParameters: stringMap.optional(),
      privateContentParameters: stringMap.optional(),
    })
    .strict()
    .refine((o) => o.notifyLevel === undefined || o.category !== undefined, {
      message: 'notifyLevel needs a category (OPPO answers 67 otherwise)',
      path: ['notifyLevel'],
    })
    .refine(
      (o) =>
        (o.privateTitleParameters === undefined && o.privateContentParameters === undefined) ||
        o.privateTemplateId !== undefined,
      {
        message: 'private template parameters need privateTemplateId',
        path: ['privateTemplateId'],
      },
    ),
  vivo: z
    .object({
      appId: nonEmpty,
      appKey: nonEmpty,
      appSecret: nonEmpty,
      baseUrl: url.optional(),
      classification: zeroOne('0 operational, 1 system').optional(),
      category: upper.optional(),
      testMode: z.boolean().optional(),
    })
    .strict()
    .superRefine((v, ctx) => {
      const issue = vivoPairIssue(v.classification, v.category);
      if (issue) ctx.addIssue({ code: 'custom', message: issue, path: ['category'] });
    }),
  meizu: z
    .object({
      appId: nonEmpty,
      appSecret: nonEmpty,
      region: regionOf(MEIZU_REGIONS).optional(),
      baseUrl: url.optional(),
      noticeMsgType: zeroOne('0 public, 1 private message').optional(),
    })
    .strict(),
  // The service-account key as a file path (profile files run from the CLI) or as its JSON content
  // (the UI: the core never reads a path the UI hands it; the content is stored as a secret).
  fcm: z
    .object({
      serviceAccountFile: nonEmpty.optional(),
      serviceAccount: nonEmpty.max(64 * 1024).optional(),
      tokenUrl: url.optional(),
      baseUrl: url.optional(),
    })
    .strict()
    .refine((c) => (c.serviceAccountFile === undefined) !== (c.serviceAccount === undefined), {
      message:
        "give either serviceAccountFile (a path, in a profile file) or serviceAccount (the key's JSON content), not both",
      path: ['serviceAccount'],
    }),
  'tencent-im': z
    .object({
      sdkAppId: z.union([z.number().int().positive(), z.string().regex(/^\d+$/, 'must be the numeric SDKAppID')]),
      secretKey: nonEmpty,
      adminId: nonEmpty,
      fromUser: nonEmpty,
      toUser: nonEmpty,
      region: regionOf(TENCENT_IM_REGIONS).optional(),
      baseUrl: url.optional(),
      ...imVendorFields,
      oppoPrivateTemplateId: nonEmpty.optional(),
      meizuNoticeMsgType: zeroOne('0 public, 1 private message').optional(),
    })
    .strict()
    .refine(vivoCategoryKnown, vivoCategoryMessage),
  easemob: z
    .object({
      orgName: nonEmpty,
      appName: nonEmpty,
      clientId: nonEmpty,
      clientSecret: nonEmpty,
      fromUser: nonEmpty.optional(),
      toUser: nonEmpty,
      /** The app's REST domain from the Easemob console (each app lives on one cluster). */
      baseUrl: url.optional(),
      /** Unit of the token `ttl`: seconds on most clusters, milliseconds on VIP 5 (push-api-audit.md §9). */
      ttlUnit: z.enum(['s', 'ms'], { error: 'must be s (seconds) or ms (milliseconds, VIP 5 clusters)' }).optional(),
      ...imVendorFields,
      oppoNotifyLevel: oppoNotifyLevel.optional(),
    })
    .strict()
    .refine(vivoCategoryKnown, vivoCategoryMessage)
    .refine((t) => t.oppoNotifyLevel === undefined || t.oppoCategory !== undefined, {
      message: 'oppoNotifyLevel needs oppoCategory',
      path: ['oppoNotifyLevel'],
    }),
} satisfies Record<ProviderName, z.ZodTypeAny>;

export const clickActionSchema = z
  .object({
    type: z.enum(['app', 'url', 'activity']),
    value: z.string().max(2048).optional(),
  })
  .strict()
  .refine((c) => c.type === 'app' || !!c.value, { message: 'value is required for url and activity', path: ['value'] });

/**
 * FCM's `click_action` is the action of an intent filter: "an activity with a matching intent
 * filter is launched" (push-api-audit.md §1, googleapis fcm_v1 AndroidNotification.clickAction).
 * A class name, an intent URI or a URL there opens nothing, so the profile refuses them.
 */
export const ACTION_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
function fcmClickActionIssue(c: Partial<Record<z.infer<typeof vendor>, ClickAction>>, ctx: z.RefinementCtx): void {
  const f = c.fcm;
  if (!f || f.type === 'app') return;
  if (f.type === 'url')
    ctx.addIssue({
      code: 'custom',
      path: ['fcm', 'type'],
      message:
        'FCM cannot open a URL from a notification: use type "activity" with the action of an intent filter (e.g. com.example.chat.OPEN_LINK) whose activity opens it, or type "app"',
    });
  else if (f.value && !ACTION_NAME.test(f.value))
    ctx.addIssue({
      code: 'custom',
      path: ['fcm', 'value'],
      message: `FCM click_action must be the action name of an <intent-filter> such as com.example.chat.OPEN_CHAT, not ${/^[a-z][\w+.-]*:/i.test(f.value) ? 'an intent URI or URL' : 'a component or class'} ("${f.value.slice(0, 60)}")`,
    });
}

export const appProfileSchema = z
  .object({
    package: z.string().refine(isPackageName, 'must be an Android package name such as com.example.chat'),
    channels: z.partialRecord(vendor, nonEmpty).optional(),
    clickAction: z.partialRecord(vendor, clickActionSchema).superRefine(fcmClickActionIssue).optional(),
    tokenPatterns: z
      .array(z.object({ vendor, regex: nonEmpty.max(500), group: z.number().int().min(0).max(9).optional() }).strict())
      .max(50)
      .optional(),
    /** Which provider `diagnose` sends its test pushes through (default: the IM provider if set, else the phone's channel). */
    deliveryProvider: z.enum(PROVIDERS).optional(),
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

/** Something in a valid profile that will likely stop real pushes from showing (texts in i18n push.warn.*). */
export interface ProfileWarning {
  path: string;
  key: string;
  params?: Record<string, string>;
}

/** What a real account would trip over although the profile is valid. */
export function profileWarnings(p: AppProfile): ProfileWarning[] {
  const out: ProfileWarning[] = [];
  const im = p.providers['tencent-im'] ?? p.providers.easemob;
  // Xiaomi shows a message without extra.channel_id in the default channel, 1 a day per device (push-api-audit.md §4).
  if ((p.providers.xiaomi || im) && !p.channels?.xiaomi)
    out.push({ path: 'channels.xiaomi', key: 'push.warn.xiaomiNoChannel' });
  // OPPO needs channel_id on Android 8+ (push-apis.md §5; TIM docs 1047/60546).
  if ((p.providers.oppo || im) && !p.channels?.oppo)
    out.push({ path: 'channels.oppo', key: 'push.warn.oppoNoChannel' });
  const fcm = p.clickAction?.fcm;
  if (
    fcm?.type === 'activity' &&
    fcm.value &&
    /\.[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/.test(fcm.value) &&
    /(Activity|Screen|Page)$/.test(fcm.value)
  )
    out.push({ path: 'clickAction.fcm.value', key: 'push.warn.fcmClassName', params: { value: fcm.value } });
  if (p.providers.easemob && !p.providers.easemob.baseUrl)
    out.push({ path: 'providers.easemob.baseUrl', key: 'push.warn.easemobHost' });
  return out;
}
export type ProviderConfig<P extends ProviderName> = z.infer<(typeof providerSchemas)[P]>;

/** Fields that hold secrets: masked in the UI, never logged, redacted in reports. */
export const SECRET_FIELDS: Record<ProviderName, readonly string[]> = {
  ...(Object.fromEntries(VENDOR_IDS.map((v) => [v, VENDORS[v].secretFields])) as Record<VendorId, readonly string[]>),
  ...(Object.fromEntries(IM_IDS.map((v) => [v, IM_SERVICES[v].secretFields])) as Record<ImId, readonly string[]>),
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
