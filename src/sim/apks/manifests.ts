// The AndroidManifest.xml of the virtual phone's test app, com.example.chat, integrating one push
// channel as the vendor documents (shared/seeds) lay it out, and the broken variants the virtual
// phone's faults need (the mistakes people really make: a service left out, a placeholder left in,
// the vendor demo's package left in a permission or authority, a tap target not exported or not
// matching the console's URI).
import type { VendorChannel } from '../../shared/types';

export const TEST_PACKAGE = 'com.example.chat';
/** The package of Tencent's TUIKit demo, which integrators copy names from. */
export const DEMO_PACKAGE = 'com.tencent.qcloud.tim.tuikit';
export const CLICK_SCHEME = 'pushscheme';
export const CLICK_HOST = TEST_PACKAGE;
export const CLICK_PATH = '/detail';
export const CLICK_ACTIVITY = `${TEST_PACKAGE}.chat.ChatActivity`;

export type ManifestFault =
  | 'manifest-missing-service'
  | 'manifest-placeholder'
  | 'manifest-foreign-permission'
  | 'click-not-exported'
  | 'click-no-default'
  | 'click-unresolvable';

interface Ctx {
  pkg: string;
  /** The package written where the app's own package belongs (the demo's, under the foreign fault). */
  own: string;
  missing: boolean;
  placeholder: boolean;
}

const perm = (name: string) => `    <uses-permission android:name="${name}" />`;
const ownPermission = (name: string, level: string) =>
  `    <permission android:name="${name}" android:protectionLevel="${level}" />\n${perm(name)}`;

function channelPart(channel: VendorChannel, c: Ctx): { top: string[]; app: string[] } {
  const value = (real: string, placeholder: string) => (c.placeholder ? placeholder : real);
  switch (channel) {
    case 'xiaomi':
      return {
        top: [
          ownPermission(`${c.placeholder ? 'xxxx' : c.own}.permission.MIPUSH_RECEIVE`, 'signature'),
          perm('android.permission.ACCESS_WIFI_STATE'),
          perm('android.permission.VIBRATE'),
        ],
        app: [
          `        <service android:name="com.xiaomi.push.service.XMPushService" android:enabled="true" android:process=":pushservice" />`,
          `        <service android:name="com.xiaomi.push.service.XMJobService" android:enabled="true" android:exported="false" android:permission="android.permission.BIND_JOB_SERVICE" android:process=":pushservice" />`,
          `        <service android:name="com.xiaomi.mipush.sdk.PushMessageHandler" android:enabled="true" android:exported="true" android:permission="com.xiaomi.xmsf.permission.MIPUSH_RECEIVE" />`,
          `        <activity android:name="com.xiaomi.mipush.sdk.NotificationClickedActivity" android:exported="true" android:launchMode="singleInstance" android:excludeFromRecents="true" />`,
          `        <service android:name="com.xiaomi.mipush.sdk.MessageHandleService" android:enabled="true" />`,
          `        <receiver android:name="com.xiaomi.push.service.receivers.NetworkStatusReceiver" android:exported="true">
            <intent-filter>
                <action android:name="android.net.conn.CONNECTIVITY_CHANGE" />
                <category android:name="android.intent.category.DEFAULT" />
            </intent-filter>
        </receiver>`,
          `        <receiver android:name="com.xiaomi.push.service.receivers.PingReceiver" android:exported="false" android:process=":pushservice">
            <intent-filter>
                <action android:name="com.xiaomi.push.PING_TIMER" />
            </intent-filter>
        </receiver>`,
          c.missing
            ? ''
            : `        <receiver android:name="${c.pkg}.push.XiaomiMsgReceiver" android:exported="true">
            <intent-filter>
                <action android:name="com.xiaomi.mipush.RECEIVE_MESSAGE" />
            </intent-filter>
            <intent-filter>
                <action android:name="com.xiaomi.mipush.MESSAGE_ARRIVED" />
            </intent-filter>
            <intent-filter>
                <action android:name="com.xiaomi.mipush.ERROR" />
            </intent-filter>
        </receiver>`,
          `        <meta-data android:name="XIAOMI_APP_ID" android:value="${value('MI-2882303761517426801', 'MI-xxxx')}" />`,
        ],
      };
    case 'huawei':
      return {
        top: [
          ownPermission(`${c.own}.permission.PROCESS_PUSH_MSG`, 'signatureOrSystem'),
          perm('com.huawei.android.launcher.permission.CHANGE_BADGE'),
        ],
        app: [
          `        <meta-data android:name="com.huawei.hms.client.appid" android:value="${value('appid=104412345', 'appid=1234567890')}" />`,
          c.missing
            ? ''
            : `        <service android:name="${c.pkg}.push.HUAWEIHmsMessageService" android:exported="false">
            <intent-filter>
                <action android:name="com.huawei.push.action.MESSAGING_EVENT" />
            </intent-filter>
        </service>`,
        ],
      };
    case 'honor':
      return {
        top: [],
        app: [
          `        <meta-data android:name="com.hihonor.push.app_id" android:value="${value('104987654', 'xxxx')}" />`,
          c.missing
            ? ''
            : `        <service android:name="${c.pkg}.push.MyHonorMessageService" android:exported="false">
            <intent-filter>
                <action android:name="com.hihonor.push.action.MESSAGING_EVENT" />
            </intent-filter>
        </service>`,
        ],
      };
    case 'oppo':
      return {
        top: [
          perm('com.coloros.mcs.permission.RECIEVE_MCS_MESSAGE'),
          perm('com.heytap.mcs.permission.RECIEVE_MCS_MESSAGE'),
        ],
        app: [
          `        <service android:name="com.heytap.msp.push.service.CompatibleDataMessageCallbackService" android:exported="true" android:permission="com.coloros.mcs.permission.SEND_MCS_MESSAGE">
            <intent-filter>
                <action android:name="com.coloros.mcs.action.RECEIVE_MCS_MESSAGE" />
            </intent-filter>
        </service>`,
          c.missing
            ? ''
            : `        <service android:name="com.heytap.msp.push.service.DataMessageCallbackService" android:exported="true" android:permission="com.heytap.mcs.permission.SEND_PUSH_MESSAGE">
            <intent-filter>
                <action android:name="com.heytap.mcs.action.RECEIVE_MCS_MESSAGE" />
                <action android:name="com.heytap.msp.push.RECEIVE_MCS_MESSAGE" />
            </intent-filter>
        </service>`,
          `        <meta-data android:name="OPPO_APP_KEY" android:value="${value('OP-5b2f7c1e9a4d4e8f', 'OP-您的 AppKey')}" />`,
        ],
      };
    case 'vivo':
      return {
        top: [],
        app: [
          `        <service android:name="com.vivo.push.sdk.service.CommandClientService" android:exported="true" />`,
          `        <activity android:name="com.vivo.push.sdk.LinkProxyClientActivity" android:exported="false" android:screenOrientation="portrait" android:theme="@android:style/Theme.Translucent.NoTitleBar" />`,
          c.missing
            ? ''
            : `        <receiver android:name="${c.pkg}.push.VIVOPushMessageReceiverImpl" android:exported="false">
            <intent-filter>
                <action android:name="com.vivo.pushclient.action.RECEIVE" />
            </intent-filter>
        </receiver>`,
          `        <meta-data android:name="com.vivo.push.api_key" android:value="${value('2b0c8e3f-4a1d-4b6e-9c7f-5d8e1a2b3c4d', '您应用分配的证书 APPKEY')}" />`,
          `        <meta-data android:name="com.vivo.push.app_id" android:value="${value('105612345', '您应用分配的证书 APPID')}" />`,
        ],
      };
    case 'meizu':
      return {
        top: [
          perm('com.meizu.flyme.push.permission.RECEIVE'),
          ownPermission(`${c.own}.push.permission.MESSAGE`, 'signature'),
          perm('com.meizu.c2dm.permission.RECEIVE'),
          ownPermission(`${c.own}.permission.C2D_MESSAGE`, 'signature'),
        ],
        app: [
          c.missing
            ? ''
            : `        <receiver android:name="${c.pkg}.push.MEIZUPushReceiver" android:exported="true">
            <intent-filter>
                <action android:name="com.meizu.flyme.push.intent.MESSAGE" />
                <action android:name="com.meizu.flyme.push.intent.REGISTER.FEEDBACK" />
                <action android:name="com.meizu.flyme.push.intent.UNREGISTER.FEEDBACK" />
                <action android:name="com.meizu.c2dm.intent.REGISTRATION" />
                <action android:name="com.meizu.c2dm.intent.RECEIVE" />
                <category android:name="${c.own}" />
            </intent-filter>
        </receiver>`,
          `        <meta-data android:name="MEIZU_APP_ID" android:value="${value('MZ-123456', 'MZ-xxxx')}" />`,
        ],
      };
    case 'fcm':
      return {
        top: [],
        app: [
          c.missing
            ? ''
            : `        <service android:name="${c.pkg}.push.GoogleFCMMsgService" android:exported="false">
            <intent-filter>
                <action android:name="com.google.firebase.MESSAGING_EVENT" />
            </intent-filter>
        </service>`,
          `        <meta-data android:name="com.google.firebase.messaging.default_notification_channel_id" android:value="${value('push_messages', 'xxxx')}" />`,
          `        <provider android:name="com.google.firebase.provider.FirebaseInitProvider" android:authorities="${c.own}.firebaseinitprovider" android:exported="false" android:initOrder="100" />`,
        ],
      };
  }
}

export function manifestFor(channel: VendorChannel, faults: readonly string[] = [], pkg = TEST_PACKAGE): string {
  const c: Ctx = {
    pkg,
    own: faults.includes('manifest-foreign-permission') ? DEMO_PACKAGE : pkg,
    missing: faults.includes('manifest-missing-service'),
    placeholder: faults.includes('manifest-placeholder'),
  };
  const part = channelPart(channel, c);
  const clickExported = !faults.includes('click-not-exported');
  const clickPath = faults.includes('click-unresolvable') ? '/conversation' : CLICK_PATH;
  // BROWSABLE without DEFAULT: what people write when they copy a filter meant for web links.
  const clickCategory = faults.includes('click-no-default')
    ? 'android.intent.category.BROWSABLE'
    : 'android.intent.category.DEFAULT';
  return `<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android"
    package="${pkg}"
    android:versionCode="42"
    android:versionName="4.2.0">

    <uses-sdk android:minSdkVersion="24" android:targetSdkVersion="34" />

    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_NETWORK_STATE" />
    <uses-permission android:name="android.permission.POST_NOTIFICATIONS" />
    <uses-permission android:name="android.permission.WAKE_LOCK" />
${part.top.join('\n')}

    <application android:name="${pkg}.ChatApplication" android:label="Chat" android:allowBackup="false">
        <activity android:name="${pkg}.MainActivity" android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
        <activity android:name="${CLICK_ACTIVITY.replace(TEST_PACKAGE, pkg)}" android:exported="${clickExported}" android:launchMode="singleTask">
            <intent-filter>
                <action android:name="android.intent.action.VIEW" />
                <category android:name="${clickCategory}" />
                <data android:scheme="${CLICK_SCHEME}" android:host="${pkg}" android:path="${clickPath}" />
            </intent-filter>
        </activity>
        <provider android:name="androidx.core.content.FileProvider" android:authorities="${c.own}.fileprovider" android:exported="false" android:grantUriPermissions="true" />
${part.app.filter(Boolean).join('\n')}
    </application>
</manifest>
`;
}
