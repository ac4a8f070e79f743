// zod schemas for the payload of every API method. Both bridges (Electron IPC and the `serve`
// WebSocket) validate through these before anything reaches the core.
import { z } from 'zod';
import { checkPackageName, checkSerial } from './validate';
import { PROVIDERS, STEP_IDS } from './types';
import { clickActionSchema } from './profile';
import type { ApiMethod, PushDoctorApi } from './contract';

const serial = z.string().superRefine((v, ctx) => {
  const c = checkSerial(v);
  if (!c.ok) ctx.addIssue({ code: 'custom', message: c.reason });
});
const pkg = z.string().superRefine((v, ctx) => {
  const c = checkPackageName(v);
  if (!c.ok) ctx.addIssue({ code: 'custom', message: c.reason });
});
const id = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be letters, digits, . _ - (at most 64)');
const runId = z.string().uuid('must be a run id');
const empty = z.union([z.undefined(), z.null(), z.object({}).strict()]);

/**
 * What each method takes, from the contract: the schema's output must be assignable to it, so a
 * field added to the contract but not to its schema (or typed differently) fails to compile.
 */
type InputOf<M extends ApiMethod> = Parameters<PushDoctorApi[M]> extends [] ? unknown : Parameters<PushDoctorApi[M]>[0];
type SchemaOf<M extends ApiMethod> = z.ZodType<InputOf<M>>;

export const methodSchemas: { [M in ApiMethod]: SchemaOf<M> } = {
  getInfo: empty,
  listDevices: empty,
  listServers: empty,
  getSettings: empty,
  setSettings: z
    .object({
      language: z.enum(['auto', 'en', 'zh-CN']).optional(),
      adbServers: z
        .array(z.string().regex(/^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/, 'must be HOST:PORT'))
        .max(32)
        .optional(),
      startAdbServers: z
        .array(z.string().regex(/^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/, 'must be HOST:PORT'))
        .max(32)
        .optional(),
      storeSecretsUnencrypted: z.boolean().optional(),
      defaultPackage: pkg.optional(),
    })
    .strict(),
  runDiagnosis: z
    .object({
      serial,
      package: pkg,
      profileId: id.optional(),
      steps: z.array(z.enum(STEP_IDS)).max(STEP_IDS.length).optional(),
      tokenTimeoutSec: z.number().int().min(1).max(600).optional(),
      pushCount: z.number().int().min(1).max(20).optional(),
      deliveryTimeoutSec: z.number().int().min(1).max(600).optional(),
    })
    .strict(),
  recordManualCheck: z
    .object({ runId, stepId: z.enum(STEP_IDS), done: z.boolean(), note: z.string().max(500).optional() })
    .strict(),
  cancelRun: z.object({ runId }).strict(),
  rerunStep: z.object({ runId, stepId: z.enum(STEP_IDS) }).strict(),
  getReport: z.object({ runId }).strict(),
  exportReport: z
    .object({ runId, format: z.enum(['html', 'md', 'json']), language: z.enum(['en', 'zh-CN']).optional() })
    .strict(),
  runAction: z
    .object({
      serial,
      package: pkg,
      actionId: z.string().regex(/^(restart-app|open-screen:[a-z0-9-]+)$/, 'is not a known action'),
      target: z.string().max(200).optional(),
    })
    .strict(),
  revealToken: z.object({ runId }).strict(),
  sendTestPush: z
    .object({
      serial,
      profileId: id,
      provider: z.enum(PROVIDERS),
      token: z.string().min(1).max(4096).regex(/^\S+$/, 'must not contain spaces').optional(),
      count: z.number().int().min(1).max(20),
      title: z.string().max(100).optional(),
      body: z.string().max(1000).optional(),
      data: z
        .record(
          z.string().regex(/^[A-Za-z_][\w.-]{0,63}$/, 'keys are letters, digits, _ . - (up to 64)'),
          z.string().max(1024),
        )
        .refine((d) => Object.keys(d).length <= 20, 'at most 20 keys')
        .optional(),
      clickAction: clickActionSchema.optional(),
    })
    .strict(),
  startLogcat: z
    .object({
      serial,
      filter: z
        .object({
          package: pkg.optional(),
          tag: z.string().max(100).optional(),
          minLevel: z.enum(['V', 'D', 'I', 'W', 'E', 'F', 'S']).optional(),
          text: z.string().max(200).optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  stopLogcat: z.object({ streamId: z.string().uuid() }).strict(),
  listProfiles: empty,
  getProfile: z.object({ id }).strict(),
  saveProfile: z.object({ id, profile: z.record(z.string(), z.unknown()) }).strict(),
  deleteProfile: z.object({ id }).strict(),
  screenshot: z.object({ serial }).strict(),
  listHistory: z.object({ serial: z.string().max(256).optional() }).strict(),
  setRunNotes: z.object({ runId: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/), notes: z.string().max(10_000) }).strict(),
  captureSnapshot: z
    .object({ serial, package: pkg, includeTokens: z.boolean().optional(), note: z.string().max(10_000).optional() })
    .strict(),
  openSnapshot: z
    .object({
      fileName: z.string().min(1).max(255),
      // Within one WebSocket message (1 MiB): a snapshot is rarely over 300 KB.
      data: z
        .string()
        .max(
          1_000_000,
          'the file is too large to open here (over 730 KB); diagnose it with `push-doctor diagnose --snapshot`',
        )
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
    })
    .strict(),
  closeSnapshot: z.object({ serial }).strict(),
  diffSnapshots: z.object({ before: serial, after: serial }).strict(),
  runReproduce: z
    .object({
      serial,
      package: pkg,
      profileId: id,
      conditions: z
        .array(
          z
            .string()
            .regex(
              /^[a-z-]{2,40}(\+[a-z-]{2,40}){0,3}$/,
              'must be condition names such as doze or standby-restricted+doze',
            ),
        )
        .min(1)
        .max(20),
      pushes: z.number().int().min(1).max(10).optional(),
      allowReboot: z.boolean().optional(),
    })
    .strict(),
  cancelReproduce: z.object({ reproduceId: z.string().uuid() }).strict(),
  startWatch: z
    .object({
      serial,
      package: pkg,
      profileId: id,
      // A second at least (each push waits for its notification), a day at most between pushes.
      everyMs: z.number().int().min(1_000).max(86_400_000),
      forMs: z
        .number()
        .int()
        .min(1_000)
        .max(7 * 86_400_000),
      condition: z
        .string()
        .regex(/^[a-z-]{2,40}(\+[a-z-]{2,40}){0,3}$/, 'must be a condition name such as doze')
        .optional(),
      route: z
        .string()
        .regex(/^[a-z-]{2,20}$/)
        .optional(),
      allowReboot: z.boolean().optional(),
    })
    .strict()
    .refine((v) => v.forMs >= v.everyMs, { message: 'forMs must be at least everyMs', path: ['forMs'] }),
  stopWatch: z.object({ watchId: z.string().uuid() }).strict(),
  listWatches: empty,
  watchReport: z.object({ watchId: z.string().uuid() }).strict(),
};

export const API_METHODS = Object.keys(methodSchemas) as ApiMethod[];
