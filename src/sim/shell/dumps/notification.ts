// `dumpsys notification [--noredact]` of the virtual phone (AOSP NotificationManagerService dump
// shape, device-facts.md §3.0): records, then the per-package preferences with their channels.
import type { SimAppNotificationSettings, SimNotification } from '../../phone/state';

const IMPORTANCE = ['NONE', 'MIN', 'LOW', 'DEFAULT', 'HIGH', 'MAX'];

function redactText(value: string, redact: boolean): string {
  return redact ? `String [length=${value.length}]` : `String (${value})`;
}

function ticker(text: string, redact: boolean): string {
  if (!redact) return text;
  return text.length > 16 ? `${text.slice(0, 8)}...` : '...';
}

function channelLine(c: SimAppNotificationSettings['channels'][number], redact: boolean): string {
  const name = redact && c.name.length > 3 ? `${c.name.slice(0, 3)}...` : c.name;
  return (
    `NotificationChannel{mId='${c.id}', mName=${name}, mDescription=${c.description ? 'hasDescription ' : ''}, mImportance=${c.importance}, ` +
    `mBypassDnd=${!!c.bypassDnd}, mLockscreenVisibility=${c.lockscreenVisibility ?? -1000}, mSound=content://settings/system/notification_sound, ` +
    `mLights=false, mLightColor=0, mVibration=null, mUserLockedFields=0, mFgServiceShown=false, mVibrationEnabled=false, mShowBadge=${c.showBadge ?? true}, ` +
    `mDeleted=false, mDeletedTimeMs=-1, mGroup='${c.group ?? 'null'}', mAudioAttributes=AudioAttributes: usage=USAGE_NOTIFICATION content=CONTENT_TYPE_SONIFICATION flags=0x800 tags= bundle=null, mBlockableSystem=false, mAllowBubbles=-1, mImportanceLockedByOEM=false, mImportanceLockedDefaultApp=false, mOriginalImp=${c.importance}, mParent=null, mConversationId=null, mDemoted=false, mImportantConvo=false, mLastNotificationUpdateTimeMs=0}`
  );
}

export interface NotificationDumpOptions {
  sdk: number;
  redact: boolean;
  uidOf: (pkg: string) => number | undefined;
}

export function formatDumpsysNotification(
  records: SimNotification[],
  settings: Map<string, SimAppNotificationSettings>,
  opts: NotificationDumpOptions,
): string {
  const out: string[] = ['Current Notification Manager state:', '', '  Notification List:'];
  for (const r of records) {
    const hash = ((r.id * 2654435761) >>> 0).toString(16).padStart(8, '0');
    out.push(
      `    NotificationRecord(0x${hash}: pkg=${r.pkg} user=UserHandle{0} id=${r.id} tag=${r.tag} importance=${r.importance} key=${r.key}: Notification(channel=${r.channelId} shortcut=null contentView=null vibrate=null sound=null defaults=0x0 flags=0x${r.flags.toString(16)} color=0x00000000 vis=PRIVATE))`,
      `      uid=${r.uid} userId=0`,
      `      opPkg=${r.opPkg}`,
      `      icon=Icon(typ=RESOURCE pkg=${r.pkg} id=0x7f0800a1)`,
      `      flags=0x${r.flags.toString(16)}`,
      '      originalFlags=0x10',
      '      pri=0',
      `      key=${r.key}`,
      '      seen=false',
      `      groupKey=${r.key}`,
      '      notification=',
      '            fullscreenIntent=null',
      `            contentIntent=${r.contentIntent ? `PendingIntent{${hash.slice(0, 7)}: PendingIntentRecord{${hash.slice(1, 8)} ${r.pkg} startActivity}}` : 'null'}`,
      '            deleteIntent=null',
      '            number=0',
      '            groupAlertBehavior=0',
      `            when=${r.when}`,
      `            tickerText=${ticker(r.text, opts.redact)}`,
      '            vis=PRIVATE',
      '            contentView=null',
      '            bigContentView=null',
      '            headsUpContentView=null',
      '            color=0x00000000',
      '            timeout=0',
      '            extras={',
      `                android.title=${redactText(r.title, opts.redact)}`,
      `                android.text=${redactText(r.text, opts.redact)}`,
      ...Object.entries(r.extras).map(([k, v]) => `                ${k}=${redactText(v, opts.redact)}`),
      '                android.reduced.images=Boolean (true)',
      '            }',
      '      publicNotification=None',
      '      stats=SingleNotificationStats{posttimeElapsedMs=0, posttimeToFirstClickMs=-1, posttimeToDismissMs=-1, airtimeCount=0, posttimeToFirstAirtimeMs=-1, currentlyAirtime=false, airtimeMs=0, currentAirtimeStartElapsedMs=-1, airtimeExpandedMs=0, posttimeToFirstVisibleExpansionMs=-1, currentAirtimeExpandedStartElapsedMs=-1, requestedImportance=2, naturalImportance=2, isNoisy=false}',
      '      mContactAffinity=0.0',
      '      mRecentlyIntrusive=false',
      '      mPackagePriority=0',
      '      mPackageVisibility=-1000',
      `      mSystemImportance=${r.importance}`,
      '      mAsstImportance=-1000',
      `      mImportance=${IMPORTANCE[r.importance] ?? 'UNSPECIFIED'}`,
      '      mImportanceExplanation=app',
      '      mIsAppImportanceLocked=false',
      `      mIntercept=${!!r.intercepted}`,
      `      mHidden==false`,
      `      mGlobalSortKey=crtr=0 intrsv=${r.intercepted ? 0 : 1} grnk=0 gsmry=0 rnk=${r.id}`,
      `      mRankingTimeMs=${r.when}`,
      `      mCreationTimeMs=${r.postedAt}`,
      `      mVisibleSinceMs=${r.intercepted ? 0 : r.postedAt}`,
      `      mUpdateTimeMs=${r.postedAt}`,
      `      mInterruptionTimeMs=${r.postedAt}`,
      '      mSuppressedVisualEffects= 0',
      `      effectiveNotificationChannel=${channelLine({ id: r.channelId, name: 'channel', importance: r.importance }, opts.redact)}`,
      '      mAdjustments=[]',
      '      shortcut=null found valid? false',
    );
  }
  out.push(
    '  ',
    '',
    '  mSnoozedNotifications:',
    '',
    '  Policy access:',
    '',
    '  Zen Mode:',
    '',
    '',
    'per-package config version: 1',
    'PackagePreferences:',
  );
  for (const [pkg, s] of settings) {
    const uid = opts.uidOf(pkg);
    const attrs = [
      s.importance && s.importance !== 'DEFAULT' ? ` importance=${s.importance}` : '',
      s.showBadge === false ? ' showBadge=false' : '',
    ].join('');
    out.push(`  AppSettings: ${pkg} (${uid ?? 'UNKNOWN_UID'})${attrs}`);
    for (const c of s.channels) out.push(`    ${channelLine(c, opts.redact)}`);
  }
  out.push('Restored without uid:', '', 'Notification assistant services:', '    all admitted packages', '');
  return out.join('\n') + '\n';
}
