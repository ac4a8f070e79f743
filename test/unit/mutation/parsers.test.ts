// Table tests of the dumpsys / am / getprop parsers on real output shapes (device-facts.md §3,
// where each capture is cited), written to kill the mutants Stryker found surviving: every field
// each parser reads, each alternative of its regexes, and each boundary it decides on.
import { describe, expect, it } from 'vitest';
import { parseAmStart, parseResumedActivity, parseUiDump } from '../../../src/main/device/outputs/activity';
import {
  appOpMode,
  parseAppOps,
  parseDeviceIdleWhitelist,
  parseStandbyBucket,
  parseZenMode,
} from '../../../src/main/device/outputs/power';
import { parseDumpsysNotification } from '../../../src/main/device/outputs/notification';
import { parseDumpsysPackage, parsePmPath } from '../../../src/main/device/outputs/package';
import { formatGetprop, parseBuildProp, parseGetprop, parseProps } from '../../../src/main/device/props';

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
  const d = parseDumpsysNotification(dump);

  it('records: every field of the first line and of its block', () => {
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
