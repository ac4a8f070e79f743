import type { Command } from 'commander';
import { globals, secretInput, translator } from '../context';
import { usageError, EXIT_FAILED } from '../errors';
import { PROVIDERS, type ProviderName } from '../../shared/types';
import { loadProfile } from '../../main/push/profile-file';
import { profileWarnings } from '../../shared/profile';
import { createSender } from '../../main/push/providers';
import { maskToken } from '../../main/logs/token-shape';
import { registerSecret } from '../../main/secrets';

interface PushOptions {
  profile: string;
  provider: string;
  token?: string;
  tokenFile?: string;
  count?: string;
  title: string;
  body: string;
  json?: boolean;
  test?: boolean;
}

export function registerPush(program: Command): void {
  program
    .command('push')
    .description('send test pushes through a vendor API or an IM server, and say what each answer means')
    .requiredOption('--profile <file>', 'app profile with the provider credentials (mode 0600)')
    .requiredOption('--provider <name>', `one of ${PROVIDERS.join(', ')}`)
    .option(
      '--token <token>',
      "the phone's push token (vendor providers; IM providers push to the profile's toUser); also $PUSH_DOCTOR_TOKEN",
    )
    .option('--token-file <file>', 'read the push token from this file (first line) instead of the command line')
    .option('--count <n>', 'messages to send (default 1, at most 20)')
    .option('--title <text>', 'notification title', 'Push Doctor test')
    .option('--body <text>', 'notification text', 'If you can read this, offline push works.')
    .option(
      '--test',
      'send as a vendor test message where the vendor has one (Huawei/Honor target_user_type, vivo pushMode)',
    )
    .option('--json', 'print one JSON line per message')
    .action(async (opts: PushOptions, cmd: Command) => {
      const t = translator(globals(cmd));
      if (!(PROVIDERS as readonly string[]).includes(opts.provider))
        throw usageError(`--provider must be one of ${PROVIDERS.join(', ')}, not "${opts.provider}".`);
      const provider = opts.provider as ProviderName;
      opts.token = secretInput({ value: opts.token, file: opts.tokenFile, flag: '--token', env: 'PUSH_DOCTOR_TOKEN' });
      const vendor = provider !== 'tencent-im' && provider !== 'easemob';
      if (vendor && !opts.token)
        throw usageError(
          `--token (or --token-file, or $PUSH_DOCTOR_TOKEN) is required for ${provider}.`,
          'Find it with `push-doctor tokens --serial S --package P --restart`.',
        );
      if (opts.token !== undefined && (opts.token.length > 4096 || /\s/.test(opts.token)))
        throw usageError('--token is not a push token (it has spaces or is too long).');
      const count = opts.count === undefined ? 1 : Number(opts.count);
      if (!Number.isInteger(count) || count < 1 || count > 20)
        throw usageError(`--count must be from 1 to 20, not "${opts.count}".`);
      if (opts.title.length > 100 || opts.body.length > 1000)
        throw usageError('--title (100) or --body (1000 characters) is too long.');
      const profile = loadProfile(opts.profile);
      for (const w of profileWarnings(profile))
        process.stderr.write(`! ${w.path}: ${t({ key: w.key, params: w.params })}\n`);
      const sender = createSender(profile, provider);
      if (opts.token) registerSecret(opts.token);
      let refused = 0;
      for (let i = 1; i <= count; i++) {
        const r = await sender.send({
          token: opts.token ?? '',
          package: profile.package,
          title: opts.title,
          body: count > 1 ? `${opts.body} (${i}/${count})` : opts.body,
          channelId: vendor ? profile.channels?.[provider as keyof NonNullable<typeof profile.channels>] : undefined,
          testMode: opts.test,
        });
        if (!r.ok) refused++;
        const line = {
          provider: r.provider,
          ok: r.ok,
          httpStatus: r.httpStatus ?? null,
          vendorCode: r.vendorCode ?? null,
          meaning: t(r.meaning),
          messageId: r.messageId ?? null,
          sentAt: r.sentAt,
        };
        if (opts.json) process.stdout.write(JSON.stringify(line) + '\n');
        else
          process.stdout.write(
            `${r.ok ? '✔ accepted' : '✘ refused '} ${provider} ${i}/${count} → ${opts.token ? maskToken(opts.token) : 'IM user'}  HTTP ${line.httpStatus ?? '-'}, code ${line.vendorCode ?? '-'}${line.messageId ? `, id ${line.messageId}` : ''}\n  ${line.meaning}\n`,
          );
      }
      if (refused) process.exitCode = EXIT_FAILED;
    });
}
