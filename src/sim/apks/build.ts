// Builds real APKs from manifests with Debian's `aapt` (and the framework resources it links
// against), cached by content so that each variant is built once per machine.
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { VendorChannel } from '../../shared/types';
import { UserError } from '../../shared/errors';
import { manifestFor } from './manifests';

const run = promisify(execFile);

export const FRAMEWORK_RES_CANDIDATES = [
  process.env.PUSH_DOCTOR_FRAMEWORK_RES,
  '/usr/share/android-framework-res/framework-res.apk',
  '/usr/lib/android-sdk/platforms/android-23/android.jar',
].filter(Boolean) as string[];

export function cacheDir(): string {
  const base =
    process.env.PUSH_DOCTOR_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'push-doctor');
  return join(base, 'apks');
}

function frameworkRes(): string {
  const found = FRAMEWORK_RES_CANDIDATES.find((p) => existsSync(p));
  if (!found)
    throw new UserError(
      'The Android framework resources needed to build the test APK are missing.',
      'Install them: `sudo apt-get install android-framework-res` (or run `npm run setup`).',
    );
  return found;
}

const building = new Map<string, Promise<string>>();

/**
 * Builds (or finds in the cache) the APK of a manifest; returns its path. `paddingMb` adds an
 * asset of that many MB of incompressible bytes, stored after the manifest, for the size of a
 * real app (the in-place manifest read is measured on it).
 */
export function buildApk(manifestXml: string, paddingMb = 0): Promise<string> {
  const hash = createHash('sha256').update(`${manifestXml}\n${paddingMb}`).digest('hex').slice(0, 20);
  const dir = cacheDir();
  const out = join(dir, `${hash}.apk`);
  if (existsSync(out)) return Promise.resolve(out);
  let p = building.get(out);
  if (p) return p;
  p = (async () => {
    mkdirSync(dir, { recursive: true });
    const work = join(tmpdir(), `pd-apk-${hash}-${randomBytes(4).toString('hex')}`);
    mkdirSync(work, { recursive: true });
    try {
      writeFileSync(join(work, 'AndroidManifest.xml'), manifestXml);
      // Built next to its final name, then renamed, so that concurrent builders never see a half-written file.
      const tmpApk = join(dir, `${hash}.${randomBytes(4).toString('hex')}.part`);
      try {
        const assets: string[] = [];
        if (paddingMb > 0) {
          mkdirSync(join(work, 'assets'));
          // Deterministic noise (a hash chain), so the cached APK is the same on every machine.
          const block = Buffer.alloc(1 << 20);
          let seed = createHash('sha256').update(hash).digest();
          for (let o = 0; o < block.length; o += 32) {
            seed = createHash('sha256').update(seed).digest();
            seed.copy(block, o);
          }
          writeFileSync(
            join(work, 'assets', 'padding.bin'),
            Buffer.concat(
              Array.from({ length: paddingMb }, (_, i) => (i ? Buffer.from(block.map((b) => b ^ i)) : block)),
            ),
          );
          assets.push('-A', join(work, 'assets'), '-0', 'bin');
        }
        await run(
          'aapt',
          ['package', '-f', '-M', join(work, 'AndroidManifest.xml'), '-I', frameworkRes(), ...assets, '-F', tmpApk],
          { timeout: 120_000 },
        );
      } catch (err) {
        const e = err as NodeJS.ErrnoException & { stderr?: string };
        if (e.code === 'ENOENT')
          throw new UserError(
            "aapt is not installed; it builds the virtual phone's test APK.",
            'Install it: `sudo apt-get install aapt android-framework-res` (or run `npm run setup`).',
          );
        throw new UserError(
          `aapt could not build the test APK: ${String(e.stderr ?? e.message)
            .trim()
            .split('\n')
            .slice(-3)
            .join(' ')}`,
        );
      }
      renameSync(tmpApk, out);
      return out;
    } finally {
      rmSync(work, { recursive: true, force: true });
      building.delete(out);
    }
  })();
  building.set(out, p);
  return p;
}

export function testAppApk(channel: VendorChannel, faults: readonly string[] = [], paddingMb = 0): Promise<string> {
  return buildApk(manifestFor(channel, faults), paddingMb);
}
