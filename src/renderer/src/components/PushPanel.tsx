import { useEffect, useMemo, useState } from 'react';
import { useApp, useActions } from '../hooks';
import { useText } from '../i18n';
import { stepData, type ProviderName } from '../../../shared/types';
import type { PushView } from '../store';

function useNow(active: boolean): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!active) return;
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, [active]);
  return now;
}

/** A round step (1, 2 or 5 × a power of ten, in ms) that cuts `span` into at most `most` parts. */
export function niceStep(span: number, most = 6): number {
  const raw = span / most;
  const p = 10 ** Math.floor(Math.log10(Math.max(raw, 1e-3)));
  return [1, 2, 5, 10].map((k) => k * p).find((s) => s >= raw) ?? 10 * p;
}

/** sent → accepted → arrived per message, on a shared time axis scaled to the data. */
function Timeline({ view, now }: { view: PushView; now: number }) {
  const { t } = useText();
  const msgs = Object.values(view.messages).sort((a, b) => a.index - b.index);
  const t0 = Math.min(...msgs.map((m) => Date.parse(m.sentAt)));
  const last = Math.max(...msgs.map((m) => Date.parse(m.arrivedAt ?? m.acceptedAt ?? m.sentAt)));
  // While pushes are in flight the axis follows the clock; once done it ends at the last event.
  const end = view.done ? last : Math.max(now, last);
  const step = niceStep(Math.max(50, end - t0));
  const span = Math.ceil(Math.max(50, end - t0) / step) * step;
  const W = 640;
  const row = 28;
  const left = 90;
  const x = (ms: number) => left + ((ms - t0) / span) * (W - left - 20);
  const H = msgs.length * row + 40;
  const ticks = Math.round(span / step);
  const unit = span < 2000 ? 'ms' : 's';
  const label = (ms: number) =>
    unit === 'ms' ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(step < 1000 ? 1 : 0)} s`;
  return (
    <figure className="timeline">
      <figcaption>{t('ui.push.timeline')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('ui.push.timeline')} width="100%">
        {Array.from({ length: ticks + 1 }, (_, i) => {
          const ms = t0 + (span * i) / ticks;
          return (
            <g key={i}>
              <line x1={x(ms)} x2={x(ms)} y1={8} y2={H - 24} className="grid" />
              <text x={x(ms)} y={H - 8} className="axis" textAnchor={i === ticks ? 'end' : 'middle'}>
                {label(ms - t0)}
              </text>
            </g>
          );
        })}
        {msgs.map((m, i) => {
          const y = 20 + i * row;
          const sent = Date.parse(m.sentAt);
          const acc = m.acceptedAt ? Date.parse(m.acceptedAt) : undefined;
          const arr = m.arrivedAt ? Date.parse(m.arrivedAt) : undefined;
          const endX = Math.max(sent, arr ?? (m.phase === 'accepted' || m.phase === 'sending' ? now : (acc ?? sent)));
          return (
            <g key={m.index}>
              <text x={8} y={y + 4} className="label">
                {t('ui.push.message', { index: m.index })}
              </text>
              <line x1={x(sent)} x2={x(endX)} y1={y} y2={y} className={`bar phase-${m.phase}`} />
              <circle cx={x(sent)} cy={y} r={4} className="pt sent">
                <title>{t('ui.push.sent')}</title>
              </circle>
              {acc !== undefined && (
                <circle cx={x(acc)} cy={y} r={4} className="pt accepted">
                  <title>{t('ui.push.accepted')}</title>
                </circle>
              )}
              {arr !== undefined && (
                <circle cx={x(arr)} cy={y} r={5} className="pt arrived">
                  <title>{`${t('ui.push.arrived')} ${m.latencyMs} ms`}</title>
                </circle>
              )}
            </g>
          );
        })}
      </svg>
      <div className="legend" aria-hidden="true">
        {(['sent', 'accepted', 'arrived'] as const).map((phase) => (
          <span key={phase}>
            <svg width="12" height="12">
              <circle cx="6" cy="6" r={phase === 'arrived' ? 5 : 4} className={`pt ${phase}`} />
            </svg>{' '}
            {t(`ui.push.${phase}`)}
          </span>
        ))}
      </div>
      <div className="axis-note">{t('ui.push.axis')}</div>
    </figure>
  );
}

export function PushPanel() {
  const { t, tt } = useText();
  const profileId = useApp((s) => s.profileId);
  const profile = useApp((s) => s.profiles.find((p) => p.id === s.profileId));
  const device = useApp((s) => s.devices.find((d) => d.serial === s.selected));
  const view = useApp((s) => s.pushes[s.activePush[s.selected ?? ''] ?? '']);
  const hasToken = useApp((s) => {
    const id = s.activeRun[s.selected ?? ''];
    return !!(
      id &&
      (s.runs[id]?.token ||
        stepData(
          s.runs[id]?.steps.find((x) => x.id === 'push.token'),
          'push.token',
        )?.token)
    );
  });
  // A failed step of the last diagnosis that stops a notification from showing, to explain a miss.
  const blocker = useApp((s) => {
    const id = s.activeRun[s.selected ?? ''];
    const steps = id ? s.runs[id]?.steps : undefined;
    return steps?.find(
      (x) =>
        (x.id === 'app.notifications' ||
          x.id === 'device.power' ||
          x.id === 'app.manifest' ||
          x.id === 'device.pushService') &&
        x.status === 'fail',
    );
  });
  const { sendPush } = useActions();
  const providers = profile?.providers ?? [];
  const isIm = (p: string) => p === 'tencent-im' || p === 'easemob';
  // The phone's own channel and the IM services first: a vendor API only takes its own vendor's token.
  const suggested = providers.filter((p) => isIm(p) || p === device?.pushChannel);
  const others = providers.filter((p) => !suggested.includes(p));
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [data, setData] = useState('');
  // '' keeps the profile's tap action for the channel; otherwise this one for the test.
  const [tap, setTap] = useState<{ type: '' | 'app' | 'activity' | 'url'; value: string }>({ type: '', value: '' });
  const tapOk = tap.type === '' || tap.type === 'app' || tap.value.trim() !== '';
  // `key=value, key2=value2`: what the app's click handler reads from the push's extras.
  const parsedData = useMemo(() => {
    const out: Record<string, string> = {};
    for (const part of data
      .split(/[,\n]/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      const eq = part.indexOf('=');
      if (eq <= 0) return undefined;
      out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
    }
    return out;
  }, [data]);
  const preferred = (providers.find((p) => p === 'tencent-im' || p === 'easemob') ??
    providers.find((p) => p === device?.pushChannel) ??
    providers[0]) as ProviderName | undefined;
  const [provider, setProvider] = useState<ProviderName | undefined>(preferred);
  const [count, setCount] = useState(3);
  const chosen = provider && providers.includes(provider) ? provider : preferred;
  const busy = !!view && !view.done;
  const now = useNow(busy);
  const msgs = useMemo(() => (view ? Object.values(view.messages).sort((a, b) => a.index - b.index) : []), [view]);
  const vendorNeedsToken = chosen && chosen !== 'tencent-im' && chosen !== 'easemob' && !hasToken;
  return (
    <div className="card push-panel">
      <h3>{t('ui.push.title')}</h3>
      {!profileId ? (
        <p className="muted">{t('ui.push.needProfile')}</p>
      ) : (
        <form
          className="row push-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen && parsedData && tapOk)
              void sendPush(chosen, count, {
                title: title.trim() || undefined,
                body: body.trim() || undefined,
                data: Object.keys(parsedData).length ? parsedData : undefined,
                clickAction: tap.type
                  ? { type: tap.type, ...(tap.type !== 'app' ? { value: tap.value.trim() } : {}) }
                  : undefined,
              });
          }}
        >
          <label>
            <span>{t('ui.push.provider')}</span>
            <select value={chosen ?? ''} onChange={(e) => setProvider(e.target.value as ProviderName)}>
              {[
                { label: t('ui.push.suggested'), list: suggested },
                { label: t('ui.push.others'), list: others },
              ]
                .filter((g) => g.list.length > 0)
                .map((g) => (
                  <optgroup key={g.label} label={g.label}>
                    {g.list.map((p) => (
                      <option key={p} value={p}>
                        {p}
                      </option>
                    ))}
                  </optgroup>
                ))}
            </select>
          </label>
          <label>
            <span>{t('ui.push.count')}</span>
            <input
              type="number"
              min={1}
              max={20}
              value={count}
              onChange={(e) => setCount(Math.max(1, Math.min(20, Number(e.target.value) || 1)))}
            />
          </label>
          <label>
            <span>{t('ui.push.pushTitle')}</span>
            <input value={title} maxLength={100} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label className="grow">
            <span>{t('ui.push.pushBody')}</span>
            <input value={body} maxLength={500} onChange={(e) => setBody(e.target.value)} />
          </label>
          <label className="grow">
            <span>{t('ui.push.pushData')}</span>
            <input
              value={data}
              placeholder="chatId=42, from=alice"
              onChange={(e) => setData(e.target.value)}
              aria-invalid={!parsedData}
              spellCheck={false}
            />
          </label>
          <label>
            <span>{t('ui.push.tap')}</span>
            <select value={tap.type} onChange={(e) => setTap({ ...tap, type: e.target.value as typeof tap.type })}>
              <option value="">{t('ui.push.tapProfile')}</option>
              <option value="app">{t('ui.push.tapApp')}</option>
              <option value="activity">{t('ui.push.tapActivity')}</option>
              <option value="url">{t('ui.push.tapUrl')}</option>
            </select>
          </label>
          {(tap.type === 'activity' || tap.type === 'url') && (
            <label className="grow">
              <span>{t('ui.push.tapTarget')}</span>
              <input
                value={tap.value}
                placeholder={
                  tap.type === 'url' ? 'https://example.com/chat/42' : 'intent://chat/42#Intent;scheme=myapp;…;end'
                }
                onChange={(e) => setTap({ ...tap, value: e.target.value })}
                aria-invalid={!tapOk}
                spellCheck={false}
              />
            </label>
          )}
          <button
            type="submit"
            className="primary"
            data-testid="send-test-push"
            disabled={!chosen || busy || !!vendorNeedsToken || !parsedData || !tapOk}
          >
            {t('ui.push.send')}
          </button>
        </form>
      )}
      {vendorNeedsToken && <p className="muted">{t('ui.push.needToken')}</p>}
      {chosen && !isIm(chosen) && device?.pushChannel && chosen !== device.pushChannel && (
        <p className="banner warn" data-testid="push-mismatch">
          {t('ui.push.mismatch', { channel: device.pushChannel, provider: chosen })}
        </p>
      )}
      {!view && profileId && <p className="muted">{t('ui.push.none')}</p>}
      {view && (
        <>
          <table className="push-table" data-testid="push-results">
            <tbody>
              {msgs.map((m) => {
                const left = m.deadline ? Math.max(0, Math.ceil((Date.parse(m.deadline) - now) / 1000)) : undefined;
                return (
                  <tr key={m.index} data-testid="push-message" data-phase={m.phase}>
                    <td>{t('ui.push.message', { index: m.index })}</td>
                    <td>
                      <span className={`badge phase-${m.phase}`}>{t(`ui.push.${m.phase}`)}</span>
                    </td>
                    <td className="mono" data-testid="push-latency">
                      {m.arrived && m.latencyMs !== undefined
                        ? t('ui.push.latency', { ms: m.latencyMs })
                        : m.phase === 'accepted' && left !== undefined
                          ? t('ui.push.countdown', { s: left })
                          : ''}
                    </td>
                    <td className="muted small">
                      {m.phase === 'timeout'
                        ? blocker
                          ? t('ui.push.notArrivedBecause', { step: tt(blocker.title) })
                          : t('ui.push.notArrived')
                        : m.ok
                          ? m.messageId
                          : m.meaning}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {msgs.length > 0 && <Timeline view={view} now={now} />}
        </>
      )}
    </div>
  );
}
