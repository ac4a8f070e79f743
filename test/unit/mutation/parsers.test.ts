// Table tests of the dumpsys / am / getprop parsers on real output shapes (device-facts.md §3,
// where each capture is cited), written to kill the mutants Stryker found surviving: every field
// each parser reads, each alternative of its regexes, and each boundary it decides on.
import { describe, expect, it } from 'vitest';
import { parseAmStart, parseResumedActivity, parseUiDump } from '../../../src/main/device/outputs/activity';
import { detect } from '../../../src/main/device/detect';
import {
  appOpMode,
  parseAppOps,
  parseDeviceIdleWhitelist,
  parseStandbyBucket,
  parseZenMode,
  STANDBY_BUCKETS,
  ZEN_MODES,
} from '../../../src/main/device/outputs/power';
import { IMPORTANCE_NAMES, parseDumpsysNotification } from '../../../src/main/device/outputs/notification';
import { notificationGrant, parseDumpsysPackage, parsePmPath } from '../../../src/main/device/outputs/package';
import {
  deriveProductProps,
  formatGetprop,
  mergeBuildProps,
  parseBuildProp,
  parseGetprop,
  parseProps,
  partitionOf,
} from '../../../src/main/device/props';

describe('am start', () => {
  it('success with -W (device-facts §6 success shape; LaunchState/TotalTime from AOSP ActivityManagerShellCommand)', () => {
    expect(
      parseAmStart(
        'Starting: Intent { cmp=com.example.chat/.chat.ChatActivity }\r\nStatus: ok\r\nLaunchState: COLD\r\nActivity: com.example.chat/.chat.ChatActivity\r\nTotalTime: 312\r\nWaitTime: 318\r\nComplete\r\n',
      ),
    ).toEqual({
      ok: true,
      activity: 'com.example.chat/.chat.ChatActivity',
      totalTimeMs: 312,
    });
  });
  it('success without -W: only the Starting line', () => {
    expect(
      parseAmStart(
        'Starting: Intent { cmp=com.miui.securitycenter/com.miui.permcenter.autostart.AutoStartManagementActivity }\n',
      ),
    ).toEqual({ ok: true, activity: undefined, totalTimeMs: undefined });
  });
  it('a Status other than ok', () => {
    expect(parseAmStart('Starting: Intent { cmp=a/.B }\nStatus: timeout\nActivity: a/.B\n')).toMatchObject({
      ok: false,
      activity: 'a/.B',
    });
  });
  it('nothing recognisable is not a success', () => {
    expect(parseAmStart('')).toEqual({ ok: false, activity: undefined, totalTimeMs: undefined });
    expect(parseAmStart('Warning: Starting: Intent')).toMatchObject({ ok: false });
  });
  it('Permission Denial (device-facts §6, code id 67142803014)', () => {
    const out = parseAmStart(
      'Starting: Intent { cmp=com.huawei.systemmanager/.startupmgr.ui.StartupAwakedAppListActivity }\njava.lang.SecurityException: Permission Denial: starting Intent { flg=0x10000000 cmp=com.huawei.systemmanager/.startupmgr.ui.StartupAwakedAppListActivity } from null (pid=4211, uid=2000) not exported from uid 1000\n\tat com.android.server.wm.ActivityTaskSupervisor.checkStartAnyActivityPermission(ActivityTaskSupervisor.java:1142)\n',
    );
    expect(out).toEqual({
      ok: false,
      error: 'not-exported',
      message:
        'Permission Denial: starting Intent { flg=0x10000000 cmp=com.huawei.systemmanager/.startupmgr.ui.StartupAwakedAppListActivity } from null (pid=4211, uid=2000) not exported from uid 1000',
    });
  });
  it('missing class (ids 9094110973, 60583042123)', () => {
    expect(
      parseAmStart(
        'Starting: Intent { cmp=com.x/.Y }\nError type 3\nError: Activity class {com.x/com.x.Y} does not exist.\n',
      ),
    ).toEqual({ ok: false, error: 'not-found', message: 'Error: Activity class {com.x/com.x.Y} does not exist.' });
    expect(parseAmStart('Error type 3\n')).toEqual({ ok: false, error: 'not-found', message: 'Error type 3' });
  });
  it('unresolvable implicit intent', () => {
    expect(
      parseAmStart(
        'Starting: Intent { act=android.intent.action.VIEW dat=pushscheme://com.example.chat/... }\nError: Activity not started, unable to resolve Intent { act=android.intent.action.VIEW dat=pushscheme://com.example.chat/... flg=0x10000000 }\n',
      ),
    ).toEqual({
      ok: false,
      error: 'unresolvable',
      message:
        'Error: Activity not started, unable to resolve Intent { act=android.intent.action.VIEW dat=pushscheme://com.example.chat/... flg=0x10000000 }',
    });
  });
  it('other errors and exceptions', () => {
    expect(parseAmStart('Error: Unknown option: -Q\n')).toEqual({
      ok: false,
      error: 'other',
      message: 'Error: Unknown option: -Q',
    });
    expect(parseAmStart('Starting: Intent {}\njava.lang.IllegalArgumentException: Unknown component\n')).toEqual({
      ok: false,
      error: 'other',
      message: 'java.lang.IllegalArgumentException: Unknown component',
    });
    expect(parseAmStart('Error something\n')).toMatchObject({ ok: false, error: 'other', message: 'Error something' });
    expect(parseAmStart('Starting: Intent {}\nMy Error: x\n')).toMatchObject({ ok: true });
  });
});

describe('dumpsys activity activities', () => {
  const dump = [
    'ACTIVITY MANAGER ACTIVITIES (dumpsys activity activities)',
    'Display #0 (activities from top to bottom):',
    '  * Task{4f1c2a1 #12 type=standard A=10123:com.example.chat U=0 visible=true mode=fullscreen translucent=false sz=1}',
    '    * ActivityRecord{b0c8e72 u0 com.example.chat/.chat.ChatActivity t12}',
    '      intent={act=android.intent.action.VIEW dat=pushscheme://com.example.chat/... flg=0x14000000 cmp=com.example.chat/.chat.ChatActivity (has extras)}',
    '      dataString=pushscheme://com.example.chat/detail',
    '      extras=Bundle[{pd_click=pd-click-a1b2c3, from=push, text=a=b, c}]',
    '  mResumedActivity: ActivityRecord{b0c8e72 u0 com.example.chat/.chat.ChatActivity t12}',
  ].join('\r\n');
  it('resumed component, extras (values may hold `=` and `, `), data string', () => {
    expect(parseResumedActivity(dump)).toEqual({
      component: 'com.example.chat/.chat.ChatActivity',
      extras: { pd_click: 'pd-click-a1b2c3', from: 'push', text: 'a=b, c' },
      data: 'pushscheme://com.example.chat/detail',
    });
  });
  it('topResumedActivity= (Android 10+) and a record without a task id; dat= when no dataString', () => {
    expect(
      parseResumedActivity(
        '  * ActivityRecord{1 u0 a.b/.C}\n    intent={dat=x://y/z flg=0x10000000}\n  topResumedActivity=ActivityRecord{1 u0 a.b/.C}\n',
      ),
    ).toEqual({ component: 'a.b/.C', extras: {}, data: 'x://y/z' });
    expect(parseResumedActivity('ResumedActivity: ActivityRecord{9 u10 a.b/.D t3}')).toEqual({
      component: 'a.b/.D',
      extras: {},
      data: undefined,
    });
  });
  it('nothing resumed', () => expect(parseResumedActivity('Display #0\n  mFocusedApp=null\n')).toBeNull());
  it('extras of another record are not taken', () => {
    const two =
      '  * ActivityRecord{1 u0 x.y/.Other t1}\n      extras=Bundle[{k=other}]\n' +
      '  * ActivityRecord{2 u0 a.b/.Mine t2}\n      extras=Bundle[{k=mine}]\n  mResumedActivity: ActivityRecord{2 u0 a.b/.Mine t2}';
    expect(parseResumedActivity(two)?.extras).toEqual({ k: 'mine' });
  });
});

describe('uiautomator dump', () => {
  it('nodes with text, resource id, package and bounds; entities unescaped; nodes without bounds skipped', () => {
    const xml =
      '<?xml version=\'1.0\' encoding=\'UTF-8\' standalone=\'yes\' ?><hierarchy rotation="0"><node index="0" text="Push Doctor &quot;tap&quot; &lt;1&gt; &amp; more" resource-id="android:id/title" class="android.widget.TextView" package="com.android.systemui" bounds="[42,310][1038,372]" /><node index="1" text="x" bounds=""><node text="" resource-id="" package="p" bounds="[0,0][1,2]"></node></node></hierarchy>';
    expect(parseUiDump(xml)).toEqual([
      {
        text: 'Push Doctor "tap" <1> & more',
        resourceId: 'android:id/title',
        packageName: 'com.android.systemui',
        bounds: [42, 310, 1038, 372],
      },
      { text: '', resourceId: '', packageName: 'p', bounds: [0, 0, 1, 2] },
    ]);
  });
});

describe('power answers (device-facts §3.1-3.3, §3.7)', () => {
  it('deviceidle whitelist (Android 15 emulator capture, id 69709178878)', () => {
    expect(
      parseDeviceIdleWhitelist(
        'system-excidle,com.android.providers.calendar,10079\r\nsystem-excidle,com.android.shell,2000\r\nuser,com.example.bilimonitor,10153\r\n  system,android,1000  \r\nAdded: x\r\nbad,line\r\n',
      ),
    ).toEqual([
      { type: 'system-excidle', pkg: 'com.android.providers.calendar', uid: 10079 },
      { type: 'system-excidle', pkg: 'com.android.shell', uid: 2000 },
      { type: 'user', pkg: 'com.example.bilimonitor', uid: 10153 },
      { type: 'system', pkg: 'android', uid: 1000 },
    ]);
  });
  it('standby bucket: a bare number, or the `pkg: N` table', () => {
    expect(parseStandbyBucket('5\r\n')).toBe(5);
    expect(parseStandbyBucket(' 45 ')).toBe(45);
    expect(parseStandbyBucket('com.a: 10\ncom.example.chat: 40\n', 'com.example.chat')).toBe(40);
    expect(parseStandbyBucket('com.a: 10\ncom.example.chat:40', 'com.example.chat')).toBe(40);
    expect(parseStandbyBucket('com.a: 10\n', 'com.example.chat')).toBeNull();
    expect(parseStandbyBucket('com.example.chat: 10\n')).toBeNull();
    expect(parseStandbyBucket('x com.example.chat: 10 y\n', 'com.example.chat')).toBeNull();
    expect(parseStandbyBucket('Unknown package')).toBeNull();
  });
  it('appops: package and uid entries, MIUI numeric ops, suffixes, every mode', () => {
    const ops = parseAppOps(
      'Uid mode: RUN_ANY_IN_BACKGROUND: deny\nRUN_ANY_IN_BACKGROUND: allow; time=+2m\nPOST_NOTIFICATION: ignore\nMIUIOP(10008): allow; time=+52s311ms ago\nWAKE_LOCK: foreground\nCAMERA: default\nOP_X(12): errored\nSYSTEM_ALERT_WINDOW: deny (running)\nNo operations.\nDefault mode: allow\nlower_case: allow\n',
    );
    expect(ops).toEqual([
      { op: 'RUN_ANY_IN_BACKGROUND', mode: 'deny', uidMode: true },
      { op: 'RUN_ANY_IN_BACKGROUND', mode: 'allow', uidMode: false },
      { op: 'POST_NOTIFICATION', mode: 'ignore', uidMode: false },
      { op: 'MIUIOP(10008)', mode: 'allow', uidMode: false },
      { op: 'WAKE_LOCK', mode: 'foreground', uidMode: false },
      { op: 'CAMERA', mode: 'default', uidMode: false },
      { op: 'OP_X(12)', mode: 'errored', uidMode: false },
      { op: 'SYSTEM_ALERT_WINDOW', mode: 'deny', uidMode: false },
    ]);
    expect(appOpMode(ops, 'RUN_ANY_IN_BACKGROUND')).toBe('allow');
    expect(appOpMode([{ op: 'A', mode: 'deny', uidMode: true }], 'A')).toBe('deny');
    expect(appOpMode(ops, 'NOPE')).toBeUndefined();
    expect(parseAppOps('RUN_IN_BACKGROUND: allowed\n')).toEqual([]);
  });
  it('zen_mode: numbers, null (unset = off), garbage', () => {
    expect(parseZenMode('null\n')).toBe(0);
    expect(parseZenMode('')).toBe(0);
    expect(parseZenMode('4\r\n')).toBe(4);
    expect(parseZenMode('1')).toBe(1);
    expect(parseZenMode('on')).toBeNull();
    expect(parseZenMode('1 2')).toBeNull();
  });
});

describe('dumpsys notification (device-facts §3.0)', () => {
  const dump = [
    'Current Notification Manager state:',
    '',
    '  Notification List:',
    '    NotificationRecord(0x01a0bcb9: pkg=com.example.chat user=UserHandle{0} id=1 tag=null importance=2 key=0|com.example.chat|1|null|10230: Notification(channel=push_messages shortcut=null contentView=null vibrate=null sound=null defaults=0x0 flags=0x62 color=0x00000000 groupKey=silent vis=SECRET))',
    '      uid=10230 userId=0',
    '      opPkg=com.xiaomi.xmsf',
    '      flags=0x62',
    '      notification=',
    '            when=1777723466492',
    '            extras={',
    '                android.title=String (Hello (1))',
    '                android.text=String [length=12]',
    '                pd_click=String (pd-click-1)',
    '                android.showWhen=Boolean (true)',
    '                not an extra',
    '            }',
    '      mIntercept=true',
    '      mCreationTimeMs=1777723466000',
    "      effectiveNotificationChannel=NotificationChannel{mId='ignored_here', mName=X, mImportance=2}",
    '    NotificationRecord(0x42d0e430: pkg=com.google.android.gms user=UserHandle{-1} id=-5 tag=GCM score=0: Notification(pri=0 contentView=null flags=0x10 kind=[null]))',
    '      uid=10039 userId=-1',
    '      mIntercept=false',
    "      effectiveNotificationChannel=NotificationChannel{mId='gms_channel', mName=Google, mImportance=3}",
    '',
    'per-package config:',
    'PackagePreferences:',
    '  AppSettings: com.example.chat (10230) importance=NONE userSet=true',
    "    NotificationChannel{mId='push_messages', mName=Chat messages, mDescription=, mImportance=4, mBypassDnd=true, mLockscreenVisibility=-1000, mSound=null}",
    "    NotificationChannel{mId='default', mName=General, mImportance=0, mBypassDnd=false}",
    "    NotificationChannelGroup{mId='g'}",
    '  AppSettings: com.restored (UNKNOWN_UID)',
    "    NotificationChannel{mId='c', mName=Ota..., mImportance=2, mFgServiceShown=true}",
    'Restored without uid:',
    "    NotificationChannel{mId='orphan', mName=Orphan, mImportance=3}",
  ].join('\n');
  // Parsed inside each test, not at collection: under Stryker a mutant that throws while a file is
  // collected leaves it with no test results, which counts as "survived".
  const parse = () => parseDumpsysNotification(dump);

  it('records: every field of the first line and of its block', () => {
    const d = parse();
    expect(d.records).toHaveLength(2);
    expect(d.records[0]).toEqual({
      pkg: 'com.example.chat',
      opPkg: 'com.xiaomi.xmsf',
      user: 0,
      id: 1,
      tag: null,
      importance: 2,
      key: '0|com.example.chat|1|null|10230',
      channelId: 'push_messages',
      uid: 10230,
      title: 'Hello (1)',
      text: 'String [length=12]',
      extras: { pd_click: 'pd-click-1', 'android.showWhen': 'true' },
      when: 1777723466492,
      createdAtMs: 1777723466000,
      intercepted: true,
    });
  });
  it('an Android 4-6 record (score=, no key, no channel: the effective channel fills it)', () => {
    const d = parse();
    expect(d.records[1]).toEqual({
      pkg: 'com.google.android.gms',
      user: -1,
      id: -5,
      tag: 'GCM',
      importance: 0,
      key: '-1|com.google.android.gms|-5|GCM',
      channelId: 'gms_channel',
      uid: 10039,
      extras: {},
      intercepted: false,
    });
  });
  it('app settings and channels; sections after them are not taken as channels', () => {
    const d = parse();
    expect(d.apps['com.example.chat']).toEqual({
      pkg: 'com.example.chat',
      uid: 10230,
      importance: 'NONE',
      channels: [
        { id: 'push_messages', name: 'Chat messages', importance: 4, bypassDnd: true, lockscreenVisibility: -1000 },
        { id: 'default', name: 'General', importance: 0, bypassDnd: undefined, lockscreenVisibility: undefined },
      ],
    });
    expect(d.apps['com.restored']).toEqual({
      pkg: 'com.restored',
      uid: undefined,
      importance: undefined,
      channels: [{ id: 'c', name: 'Ota...', importance: 2, bypassDnd: undefined, lockscreenVisibility: undefined }],
    });
    expect(Object.keys(d.apps)).toEqual(['com.example.chat', 'com.restored']);
  });
  it('channel=null on the record line is no channel', () => {
    const r = parseDumpsysNotification(
      'NotificationRecord(0x1: pkg=a user=UserHandle{0} id=2 tag=t importance=3 key=k: Notification(channel=null flags=0x0))',
    ).records[0];
    expect(r.channelId).toBeUndefined();
    expect(r.tag).toBe('t');
  });
  it('a record after app settings is a record again, and extras end at their brace', () => {
    const r = parseDumpsysNotification(
      'AppSettings: a (1)\nNotificationRecord(0x1: pkg=b user=UserHandle{0} id=2 tag=null importance=3 key=k: Notification(channel=c))\nextras={\nandroid.title=String (T)\n}\nandroid.text=String (outside)\nuid=7\n',
    );
    expect(r.records[0]).toMatchObject({ pkg: 'b', title: 'T', uid: 7 });
    expect(r.records[0].text).toBeUndefined();
  });
});

describe('dumpsys package (device-facts §3.4)', () => {
  const dump = [
    'Packages:',
    '  Package [com.example.chat] (3c2b1a0):',
    '    userId=10123',
    '    codePath=/data/app/~~x==/com.example.chat-y==',
    '    versionCode=42 minSdk=24 targetSdk=34',
    '    versionName=4.2.0',
    '    flags=[ HAS_CODE ALLOW_CLEAR_USER_DATA DEBUGGABLE ]',
    '    pkgFlags=[ HAS_CODE ALLOW_CLEAR_USER_DATA ALLOW_BACKUP ]',
    '    installerPackageName=com.miui.packageinstaller',
    '    firstInstallTime=2024-03-11 23:16:14',
    '    lastUpdateTime=2024-03-12 08:00:00',
    '    requested permissions:',
    '      android.permission.INTERNET',
    '      android.permission.POST_NOTIFICATIONS',
    '    install permissions:',
    '      android.permission.INTERNET: granted=true',
    '      android.permission.WAKE_LOCK: granted=false',
    '    User 0: ceDataInode=1155675 installed=true hidden=false suspended=false stopped=true notLaunched=false enabled=0 quarantined=false',
    '      firstInstallTime=2030-01-01 00:00:00',
    '      runtime permissions:',
    '        android.permission.POST_NOTIFICATIONS: granted=false, flags=[ USER_SET|USER_SENSITIVE_WHEN_GRANTED|USER_SENSITIVE_WHEN_DENIED]',
    '        android.permission.READ_PHONE_STATE: granted=true',
    '    User 999: ceDataInode=0 installed=false hidden=true suspended=true stopped=false notLaunched=true enabled=3',
    '  Package [com.other] (1):',
    '    versionCode=1',
  ].join('\r\n');

  it('every field, by name, with the MIUI second user', () => {
    expect(parseDumpsysPackage(dump, 'com.example.chat')).toEqual({
      found: true,
      versionCode: 42,
      versionName: '4.2.0',
      minSdk: 24,
      targetSdk: 34,
      codePath: '/data/app/~~x==/com.example.chat-y==',
      installer: 'com.miui.packageinstaller',
      firstInstallTime: '2024-03-11 23:16:14',
      lastUpdateTime: '2024-03-12 08:00:00',
      pkgFlags: ['HAS_CODE', 'ALLOW_CLEAR_USER_DATA', 'ALLOW_BACKUP'],
      debuggable: true,
      requestedPermissions: ['android.permission.INTERNET', 'android.permission.POST_NOTIFICATIONS'],
      installPermissions: { 'android.permission.INTERNET': true, 'android.permission.WAKE_LOCK': false },
      users: [
        {
          userId: 0,
          installed: true,
          hidden: false,
          suspended: false,
          stopped: true,
          notLaunched: false,
          enabled: 0,
          runtimePermissions: {
            'android.permission.POST_NOTIFICATIONS': {
              granted: false,
              flags: ['USER_SET', 'USER_SENSITIVE_WHEN_GRANTED', 'USER_SENSITIVE_WHEN_DENIED'],
            },
            'android.permission.READ_PHONE_STATE': { granted: true, flags: [] },
          },
        },
        {
          userId: 999,
          installed: false,
          hidden: true,
          suspended: true,
          stopped: false,
          notLaunched: true,
          enabled: 3,
          runtimePermissions: {},
        },
      ],
    });
  });
  it('the block ends at the next package; a missing package is not found', () => {
    expect(parseDumpsysPackage(dump, 'com.other')).toMatchObject({
      found: true,
      versionCode: 1,
      minSdk: undefined,
      targetSdk: undefined,
      users: [],
    });
    expect(parseDumpsysPackage(dump, 'com.none')).toEqual({
      found: false,
      pkgFlags: [],
      debuggable: false,
      requestedPermissions: [],
      installPermissions: {},
      users: [],
    });
  });
  it('installer null; no DEBUGGABLE; a user line without enabled=', () => {
    const p = parseDumpsysPackage(
      '  Package [a] (1):\n    installerPackageName=null\n    pkgFlags=[ HAS_CODE ]\n    User 0: installed=true\n',
      'a',
    );
    expect(p.installer).toBeUndefined();
    expect(p.debuggable).toBe(false);
    expect(p.users[0].enabled).toBe(0);
  });
  it('pm path: one line per APK (split APKs), noise ignored', () => {
    expect(
      parsePmPath(
        'package:/data/app/x/base.apk\r\npackage:/data/app/x/split_config.arm64_v8a.apk\n\nWARNING: linker\n',
      ),
    ).toEqual(['/data/app/x/base.apk', '/data/app/x/split_config.arm64_v8a.apk']);
    expect(parsePmPath('')).toEqual([]);
  });
});

describe('getprop and build.prop', () => {
  it('getprop: one line per property, multi-line values, CRLF, bad lines counted with samples', () => {
    const p = parseGetprop(
      '[ro.product.brand]: [Xiaomi]\r\n[ro.build.fingerprint]: [a/b:15/c]\r\n[persist.sys.multi]: [line one\r\nline two]\r\n\r\nnot a prop\r\n[x]:[y]\r\n',
    );
    expect(p.props).toEqual({
      'ro.product.brand': 'Xiaomi',
      'ro.build.fingerprint': 'a/b:15/c',
      'persist.sys.multi': 'line one\nline two',
      x: 'y',
    });
    expect(p.format).toBe('getprop');
    expect(p.badLines).toBe(1);
    expect(p.badSamples).toEqual(['not a prop']);
  });
  it('getprop: a value cut by the next property is bad; samples are capped at 3 and 80 chars', () => {
    const p = parseGetprop(`[a]: [open\n[b]: [ok]\n${'z'.repeat(100)}\nq\nr\ns\n[c]: [never closed\ncontinues`);
    expect(p.props).toEqual({ b: 'ok' });
    expect(p.badLines).toBe(6);
    expect(p.badSamples).toEqual(['[a]: [open', 'z'.repeat(80), 'q']);
  });
  it('getprop: empty and keys with spaces', () => {
    expect(parseGetprop('')).toEqual({ props: {}, format: 'empty', badLines: 0, badSamples: [] });
    expect(parseGetprop('[a b]: [c]').props).toEqual({});
  });
  it('build.prop: comments, import lines, later wins, trimmed values, bad lines', () => {
    const p = parseBuildProp(
      '# begin\nimport /vendor/build.prop\n ro.product.brand = OPPO \nro.product.brand=realme\nro.x=\nbad line here\n@weird\n',
    );
    expect(p.props).toEqual({ 'ro.product.brand': 'realme', 'ro.x': '' });
    expect(p.format).toBe('build.prop');
    expect(p.badLines).toBe(2);
    expect(p.badSamples).toEqual(['bad line here', '@weird']);
    expect(parseBuildProp('#only\n').format).toBe('empty');
  });
  it('parseProps picks the format from the first lines', () => {
    expect(parseProps('# saved\n[ro.a]: [1]\n[ro.b]: [2]\n').format).toBe('getprop');
    expect(parseProps('ro.a=1\nro.b=2\n').format).toBe('build.prop');
    expect(parseProps('ro.a=1\n[ro.b]: [2]\n').format).toBe('getprop');
    expect(parseProps('nothing here').format).toBe('empty');
    expect(
      parseProps(`${Array.from({ length: 20 }, (_, i) => `ro.k${i}=v`).join('\n')}\n[a]: [b]\n[c]: [d]\n`).format,
    ).toBe('build.prop');
  });
  it('formatGetprop sorts by key and ends with a newline', () => {
    expect(formatGetprop({ b: '2', a: '1' })).toBe('[a]: [1]\n[b]: [2]\n');
  });
});

// Second round (Stryker run of 2026-11-29): each case below failed on at least one surviving mutant.
// Formats: AOSP sources quoted in device-facts.md §3 and §6 (NotificationRecord.dump, PreferencesHelper,
// ActivityManagerShellCommand, DeviceIdleController, PackageManager dump, property_service.cpp).

describe('am start: lines as people paste them', () => {
  it('the `Error: Activity class {…} does not exist.` line alone is not-found (device-facts §6, ids 9094110973, 60583042123)', () => {
    // AOSP prints `Error type 3` and this line to stderr; a paste often keeps only the second one.
    const line =
      'Error: Activity class {com.huawei.systemmanager/com.huawei.systemmanager.optimize.process.ProtectActivity} does not exist.';
    expect(parseAmStart(`${line}\n`)).toEqual({ ok: false, error: 'not-found', message: line });
  });
  it('the message is the line starting with Error, not an earlier line whose component holds the word', () => {
    // START_PERMISSION_DENIED's text in ActivityManagerShellCommand.
    expect(
      parseAmStart(
        'Starting: Intent { cmp=com.example.chat/.ErrorReportActivity }\nError: Activity not started, you do not have permission to access it.\n',
      ),
    ).toEqual({
      ok: false,
      error: 'other',
      message: 'Error: Activity not started, you do not have permission to access it.',
    });
  });
});

describe('uiautomator dump: attributes a node may lack', () => {
  it('a node without resource-id and package reads them as empty strings', () => {
    expect(
      parseUiDump(
        '<?xml version=\'1.0\' encoding=\'UTF-8\' standalone=\'yes\' ?><hierarchy rotation="0"><node index="0" text="Allow" class="android.widget.Button" bounds="[96,1620][984,1752]" /></hierarchy>',
      ),
    ).toEqual([{ text: 'Allow', resourceId: '', packageName: '', bounds: [96, 1620, 984, 1752] }]);
  });
});

describe('dumpsys notification: more real shapes (device-facts §2.1, §3.0)', () => {
  it('a work-profile user, a five-digit id and a MiPush tag/channel; an Android 4.4 `score=20` record', () => {
    // MiPush tag and channel forms from §2.1 (ids 68333844835, 57629590844); user 10 = first work
    // profile, uid = 10 * 100000 + app id. Android 4.4 printed score = priority × 10 (PRIORITY_MAX = 2).
    const d = parseDumpsysNotification(
      [
        '  Notification List:',
        '    NotificationRecord(0x0a1b2c3d: pkg=com.ss.android.lark user=UserHandle{10} id=11890 tag=mipush_com.ss.android.lark importance=3 key=10|com.ss.android.lark|11890|mipush_com.ss.android.lark|1010234: Notification(channel=mipush|com.ss.android.lark|107787 shortcut=null contentView=null vibrate=null sound=null defaults=0x0 flags=0x10 color=0x00000000 vis=PRIVATE))',
        '      uid=1010234 userId=10',
        '      opPkg=com.xiaomi.xmsf',
        '    NotificationRecord(0x42d0e430: pkg=com.google.android.gms user=UserHandle{0} id=1 tag=null score=20: Notification(pri=2 contentView=com.google.android.gms/0x1090077 vibrate=null sound=null defaults=0x0 flags=0x10 kind=[null]))',
      ].join('\n'),
    );
    expect(
      d.records.map((r) => [r.pkg, r.user, r.id, r.tag, r.importance, r.key, r.channelId, r.uid, r.opPkg]),
    ).toEqual([
      [
        'com.ss.android.lark',
        10,
        11890,
        'mipush_com.ss.android.lark',
        3,
        '10|com.ss.android.lark|11890|mipush_com.ss.android.lark|1010234',
        'mipush|com.ss.android.lark|107787',
        1010234,
        'com.xiaomi.xmsf',
      ],
      ['com.google.android.gms', 0, 1, null, 20, '0|com.google.android.gms|1|null', undefined, undefined, undefined],
    ]);
  });

  it('a CRLF capture (adb on Windows) reads like the LF one', () => {
    const lines = [
      'Current Notification Manager state:',
      '  Notification List:',
      '    NotificationRecord(0x01a0bcb9: pkg=com.example.chat user=UserHandle{0} id=1 tag=null importance=4 key=0|com.example.chat|1|null|10230: Notification(channel=push_messages shortcut=null contentView=null vibrate=null sound=null defaults=0x0 flags=0x10 color=0x00000000 vis=PRIVATE))',
      '      uid=10230 userId=0',
      '      notification=',
      '            when=1777723466492',
      '            extras={',
      '                android.title=String (Alice)',
      '                android.text=String (See you at 8)',
      '            }',
      '      mIntercept=false',
      'per-package config:',
      '  AppSettings: com.example.chat (10230)',
      "    NotificationChannel{mId='push_messages', mName=Chat messages, mDescription=, mImportance=4, mBypassDnd=false, mLockscreenVisibility=-1000}",
    ];
    const crlf = parseDumpsysNotification(lines.join('\r\n'));
    expect(crlf).toEqual(parseDumpsysNotification(lines.join('\n')));
    expect(crlf.records).toHaveLength(1);
    expect(crlf.records[0]).toMatchObject({ uid: 10230, when: 1777723466492, title: 'Alice', text: 'See you at 8' });
    expect(crlf.apps['com.example.chat'].channels).toHaveLength(1);
  });

  it('extras of other types; array items (`[0] …` lines, --noredact) are not extras', () => {
    // NotificationRecord.dump (code ids 101635597, 336369747): `key=Type (value)`, `null`, Bitmap
    // `(WxH)`, arrays `Type[] (N)` then one `[j] String.valueOf(item)` line per item; a MessagingStyle
    // message item is a Bundle whose toString holds `key=value` pairs.
    const r = parseDumpsysNotification(
      [
        '    NotificationRecord(0x1c2d3e4f: pkg=com.example.chat user=UserHandle{0} id=7 tag=null importance=4 key=0|com.example.chat|7|null|10230: Notification(channel=push_messages shortcut=null contentView=null vibrate=null sound=null defaults=0x0 flags=0x10 color=0x00000000 vis=PRIVATE))',
        '      notification=',
        '            extras={',
        '                android.template=String (android.app.Notification$MessagingStyle)',
        '                android.subText=null',
        '                android.picture=Bitmap (1080x720)',
        '                android.messages=Parcelable[] (1)',
        '                  [0] Bundle[{sender=Alice, text=See you at 8, time=1777723460000}]',
        '            }',
      ].join('\n'),
    ).records[0];
    expect(r.extras).toEqual({
      'android.template': 'android.app.Notification$MessagingStyle',
      'android.subText': 'null',
      'android.picture': '1080x720',
      'android.messages': 'Parcelable[] (1)',
    });
  });

  it('a channel whose lock-screen visibility the user set: 0 private, -1 secret (Notification.VISIBILITY_*)', () => {
    const d = parseDumpsysNotification(
      [
        '  AppSettings: com.example.chat (10230) importance=DEFAULT userSet=true',
        "    NotificationChannel{mId='push_messages', mName=Chat messages, mDescription=, mImportance=4, mBypassDnd=false, mLockscreenVisibility=0, mSound=content://settings/system/notification_sound}",
        "    NotificationChannel{mId='calls', mName=Calls, mDescription=, mImportance=5, mBypassDnd=false, mLockscreenVisibility=-1}",
      ].join('\n'),
    );
    expect(d.apps['com.example.chat'].channels.map((c) => [c.id, c.lockscreenVisibility])).toEqual([
      ['push_messages', 0],
      ['calls', -1],
    ]);
  });

  it('importance names are NotificationManager.IMPORTANCE_* (device-facts §3.0)', () => {
    expect(IMPORTANCE_NAMES).toEqual({
      [-1000]: 'UNSPECIFIED',
      0: 'NONE',
      1: 'MIN',
      2: 'LOW',
      3: 'DEFAULT',
      4: 'HIGH',
      5: 'MAX',
    });
  });
});

describe('dumpsys package / pm path: more real shapes (device-facts §3.4, §3.6)', () => {
  it('a blank or space-only line inside the block (pasted captures) does not end it', () => {
    const p = parseDumpsysPackage(
      '  Package [com.example.chat] (3c2b1a0):\n    versionCode=42 minSdk=24 targetSdk=34\n\n    versionName=4.2.0\n    \n    User 0: ceDataInode=1155675 installed=true hidden=false suspended=false stopped=true notLaunched=false enabled=0\n',
      'com.example.chat',
    );
    expect(p).toMatchObject({ versionCode: 42, versionName: '4.2.0' });
    expect(p.users).toHaveLength(1);
  });
  it('an empty flag set prints `[ ]` (printFlags) and is no flags', () => {
    const p = parseDumpsysPackage(
      '  Package [com.android.theme.icon.roundedrect] (5f0e1d2):\n    flags=[ ]\n    pkgFlags=[ ]\n',
      'com.android.theme.icon.roundedrect',
    );
    expect(p.pkgFlags).toEqual([]);
    expect(p.debuggable).toBe(false);
  });
  it('pm path with `\\r\\r\\n` line ends (old adb through a PTY, device-facts §3.6)', () => {
    expect(parsePmPath('package:/data/app/x/base.apk\r\r\npackage:/data/app/x/split_config.xxhdpi.apk\r\r\n')).toEqual([
      '/data/app/x/base.apk',
      '/data/app/x/split_config.xxhdpi.apk',
    ]);
  });

  // Android 13 + a work profile (user 10): the grant is per user.
  const twoUsers = () =>
    parseDumpsysPackage(
      [
        '  Package [com.example.chat] (3c2b1a0):',
        '    requested permissions:',
        '      android.permission.POST_NOTIFICATIONS',
        '    User 0: ceDataInode=1155675 installed=true hidden=false suspended=false stopped=false notLaunched=false enabled=0',
        '      runtime permissions:',
        '        android.permission.POST_NOTIFICATIONS: granted=true, flags=[ USER_SET|USER_SENSITIVE_WHEN_GRANTED|USER_SENSITIVE_WHEN_DENIED]',
        '    User 10: ceDataInode=2210011 installed=true hidden=false suspended=false stopped=false notLaunched=false enabled=0',
        '      runtime permissions:',
        '        android.permission.POST_NOTIFICATIONS: granted=false, flags=[ USER_SET|USER_SENSITIVE_WHEN_GRANTED|USER_SENSITIVE_WHEN_DENIED]',
      ].join('\n'),
      'com.example.chat',
    );
  it.each([
    [0, 'granted'],
    [10, 'denied'],
    [999, 'denied'],
  ] as const)(
    'POST_NOTIFICATIONS for user %s is %s (a user missing from the dump falls back to the request)',
    (u, s) => {
      expect(notificationGrant(twoUsers(), 33, u)).toBe(s);
    },
  );
  it('an app that neither requests POST_NOTIFICATIONS nor has a grant recorded is unknown; before API 33 not needed', () => {
    const p = parseDumpsysPackage(
      '  Package [com.example.old] (1):\n    requested permissions:\n      android.permission.INTERNET\n    User 0: installed=true enabled=0\n',
      'com.example.old',
    );
    expect(notificationGrant(p, 34)).toBe('unknown');
    expect(notificationGrant(p, 32)).toBe('not-needed');
  });
});

describe('power answers: more real shapes (device-facts §3.1-3.3, §3.7)', () => {
  it('deviceidle whitelist with LF line ends (real Android 15 capture, id 69709178878)', () => {
    expect(
      parseDeviceIdleWhitelist(
        'system-excidle,com.android.providers.calendar,10079\nsystem-excidle,com.android.shell,2000\nuser,com.example.bilimonitor,10153\nsystem,android,1000\n',
      ),
    ).toHaveLength(4);
  });
  it('standby table with `\\r\\r\\n` line ends (AOSP runGetStandbyBucket prints `pkg: N`)', () => {
    expect(parseStandbyBucket('com.example.chat: 40\r\r\ncom.android.shell: 5\r\r\n', 'com.example.chat')).toBe(40);
  });
  it('bucket and zen names are the AOSP constants', () => {
    // UsageStatsManager.STANDBY_BUCKET_* and Settings.Global.ZEN_MODE_* (+ MIUI's 4), device-facts §3.1, §3.7.
    expect(STANDBY_BUCKETS).toEqual({
      5: 'exempted',
      10: 'active',
      20: 'working set',
      30: 'frequent',
      40: 'rare',
      45: 'restricted',
      50: 'never',
    });
    expect(ZEN_MODES).toEqual({ 0: 'off', 1: 'priority only', 2: 'total silence', 3: 'alarms only', 4: 'MIUI silent' });
  });
});

describe('getprop / build.prop: more real shapes', () => {
  it('getprop: a space-only line is blank, not bad; a cut multi-line value is sampled at 80 chars', () => {
    const long = `[ro.build.description]: [${'x'.repeat(90)}`;
    const p = parseGetprop(`[ro.a]: [1]\n   \n${long}\n[ro.b]: [2]\n`);
    expect(p.props).toEqual({ 'ro.a': '1', 'ro.b': '2' });
    expect(p.badLines).toBe(1);
    expect(p.badSamples).toEqual([long.slice(0, 80)]);
  });
  it('build.prop: CRLF, blank and indented lines, values trimmed as init trims them (property_service.cpp LoadProperties)', () => {
    const p = parseBuildProp(
      '# begin build properties\r\n ro.product.model = Mi 10 \r\n   \r\n  # autogenerated by buildinfo.sh\r\nro.build.version.sdk=33\r\n',
    );
    expect(p.props).toEqual({ 'ro.product.model': 'Mi 10', 'ro.build.version.sdk': '33' });
    expect(p.badLines).toBe(0);
  });
  it('build.prop: bad lines sampled three at most, 80 chars each', () => {
    const long = `this line is not a property ${'y'.repeat(90)}`;
    const p = parseBuildProp(`${long}\nbad two\nbad three\nbad four\nro.a=1\n`);
    expect(p.badLines).toBe(4);
    expect(p.badSamples).toEqual([long.slice(0, 80), 'bad two', 'bad three']);
  });
  it('parseProps: the first 20 property lines decide; comments and blank lines do not count', () => {
    const build = Array.from({ length: 6 }, (_, i) => `ro.k${i}=v`);
    const comments = Array.from({ length: 10 }, (_, i) => `# note ${i}`);
    const getprop = Array.from({ length: 14 }, (_, i) => `[ro.g${i}]: [v]`);
    expect(parseProps([...build, '', ...comments, ...getprop].join('\n')).format).toBe('getprop');
    const tail = Array.from({ length: 25 }, (_, i) => `[ro.t${i}]: [v]`);
    expect(parseProps([...Array.from({ length: 20 }, (_, i) => `ro.k${i}=v`), ...tail].join('\n')).format).toBe(
      'build.prop',
    );
    expect(parseProps('ro.a=1\nro.b=2\n[ro.c]: [3]\n').format).toBe('build.prop');
    // A getprop capture saved on Windows (CRLF) under a comment line.
    expect(parseProps('# adb shell getprop > props.txt\r\n[ro.a]: [1]\r\n[ro.b]: [2]\r\n')).toMatchObject({
      format: 'getprop',
      props: { 'ro.a': '1', 'ro.b': '2' },
    });
    expect(parseProps('# a build.prop with nothing but a comment\n')).toEqual({
      props: {},
      format: 'empty',
      badLines: 0,
      badSamples: [],
    });
  });
  it('partitionOf: either key family names the partition', () => {
    expect(partitionOf({ 'ro.product.odm.brand': 'OnePlus' })).toBe('odm');
    expect(
      partitionOf({ 'ro.vendor.build.fingerprint': 'OnePlus/OnePlus9Pro/OnePlus9Pro:12/x/y:user/release-keys' }),
    ).toBe('vendor');
    expect(partitionOf({ 'ro.secure': '1' })).toBeUndefined();
  });
  it('mergeBuildProps: unknown files first, then system < system_ext < vendor < odm < product, later wins', () => {
    const vendor = { 'ro.vendor.build.date': 'x', 'ro.product.locale': 'zh-CN' };
    const defaultProp = { 'ro.secure': '1', 'persist.sys.usb.config': 'mtp', 'ro.product.locale': 'en-GB' };
    const system = { 'ro.system.build.date': 'x', 'persist.sys.usb.config': 'mtp,adb', 'ro.product.locale': 'en-US' };
    const product = { 'ro.product.product.model': 'LE2120' };
    const merged = mergeBuildProps([product, vendor, defaultProp, system]);
    expect(merged['ro.product.locale']).toBe('zh-CN');
    expect(merged['persist.sys.usb.config']).toBe('mtp,adb');
    expect(merged['ro.secure']).toBe('1');
    expect(Object.keys(merged)[0]).toBe('ro.secure');
    // Two files whose partition cannot be told: in the order given.
    expect(mergeBuildProps([{ 'ro.secure': '1' }, { 'ro.secure': '0' }])['ro.secure']).toBe('0');
  });
  it('deriveProductProps: an order with an entry that is not a partition name falls back to the default, as init does', () => {
    const parts = {
      'ro.product.system.model': 'qssi system image for arm64',
      'ro.product.vendor.model': 'OnePlus 9 Pro',
      'ro.product.product.model': 'LE2120',
    };
    const model = (order?: string) =>
      deriveProductProps({ ...parts, ...(order === undefined ? {} : { 'ro.product.property_source_order': order }) })
        .props['ro.product.model'];
    expect(model()).toBe('LE2120');
    expect(model('')).toBe('LE2120');
    // GSI porting scripts set this order (code ids 11962560937, 1231988332).
    expect(model('system,product,system_ext,vendor,odm')).toBe('qssi system image for arm64');
    expect(model('vendor,product')).toBe('OnePlus 9 Pro');
    expect(model('vendor, product')).toBe('LE2120');
    expect(model('vendr,product')).toBe('LE2120');
    expect(model('vendor,,product')).toBe('LE2120');
    // The note detection shows names the order actually used, not the rejected one.
    const note = detect({ ...parts, 'ro.product.property_source_order': 'vendr,product' }).notes.find(
      (n) => n.key === 'detect.note.derivedProduct',
    );
    expect(note?.params?.order).toBe('product,odm,vendor,system_ext,system');
  });
});
