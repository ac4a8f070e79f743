// Phone snapshots in the UI: open a `.pdsnap` (button or drop) as a phone of its own, save a live
// phone's snapshot, and compare two open snapshots of one phone (before and after a fix).
import { useRef, useState, type DragEvent } from 'react';
import type { SnapshotDiffSummary } from '../../../shared/contract';
import type { DeviceSummary } from '../../../shared/types';
import { useApp, useActions } from '../hooks';
import { useText } from '../i18n';
import { downloadFile } from '../download';

function toBase64(bytes: ArrayBuffer): string {
  const u8 = new Uint8Array(bytes);
  let s = '';
  for (let i = 0; i < u8.length; i += 0x8000) s += String.fromCharCode(...u8.subarray(i, i + 0x8000));
  return btoa(s);
}

/** A base64 file from the core, saved under its name. */
function downloadBase64(fileName: string, base64: string): void {
  downloadFile(
    fileName,
    Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
    'application/gzip',
  );
}

/** "Open snapshot…" below the phone list; a .pdsnap dropped on it opens too. */
export function SnapshotOpener() {
  const { t } = useText();
  const bridge = useApp((s) => s.bridge);
  const { select, setPackage } = useActions();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<{ busy: boolean; error?: string; over?: boolean }>({ busy: false });
  const open = async (file: File) => {
    setState({ busy: true });
    try {
      const summary = await bridge.openSnapshot({ fileName: file.name, data: toBase64(await file.arrayBuffer()) });
      select(summary.serial);
      if (summary.snapshot) setPackage(summary.snapshot.package);
      setState({ busy: false });
    } catch (err) {
      const e = err as Error & { hint?: string };
      setState({ busy: false, error: [e.message, e.hint].filter(Boolean).join(' ') });
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    setState((s) => ({ ...s, over: false }));
    if (file) void open(file);
  };
  return (
    <div
      className={`snapshot-opener ${state.over ? 'over' : ''}`}
      data-testid="snapshot-drop"
      onDragOver={(e) => {
        e.preventDefault();
        if (!state.over) setState((s) => ({ ...s, over: true }));
      }}
      onDragLeave={() => setState((s) => ({ ...s, over: false }))}
      onDrop={onDrop}
    >
      <input
        ref={input}
        type="file"
        accept=".pdsnap,application/gzip"
        hidden
        data-testid="snapshot-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void open(f);
        }}
      />
      <button type="button" onClick={() => input.current?.click()} disabled={state.busy}>
        {state.busy ? t('ui.snapshot.opening') : t('ui.snapshot.open')}
      </button>
      <span className="muted small">{t('ui.snapshot.dropHint')}</span>
      {state.error && (
        <p className="warn-text small" role="alert">
          {state.error}
        </p>
      )}
    </div>
  );
}

/** The snapshot chip of a phone row or page title. */
export function SnapshotChip({ device }: { device: DeviceSummary }) {
  const { t } = useText();
  if (!device.snapshot) return null;
  return (
    <span className="chip snapshot" title={t('ui.snapshot.chipHint', { file: device.snapshot.fileName })}>
      {t('ui.snapshot.chip')}
    </span>
  );
}

/** On a phone's page: save its snapshot; on a snapshot's page: where it came from, close, compare. */
export function SnapshotActions({ device }: { device: DeviceSummary }) {
  const { t } = useText();
  const bridge = useApp((s) => s.bridge);
  const pkg = useApp((s) => s.pkg);
  // Filtered here, not in the selector: a selector that returns a new array every time re-renders forever.
  const devices = useApp((s) => s.devices);
  const others = devices.filter((d) => d.snapshot && d.serial !== device.serial);
  const { select } = useActions();
  const [state, setState] = useState<{ busy: boolean; message?: string; error?: string }>({ busy: false });
  const [diff, setDiff] = useState<{ of: string; against: string; result: SnapshotDiffSummary } | undefined>();
  const fail = (err: unknown) => {
    const e = err as Error & { hint?: string };
    setState({ busy: false, error: [e.message, e.hint].filter(Boolean).join(' ') });
  };

  if (!device.snapshot) {
    if (device.state !== 'device') return null;
    const save = async () => {
      setState({ busy: true });
      try {
        const r = await bridge.captureSnapshot({ serial: device.serial, package: pkg });
        downloadBase64(r.fileName, r.data);
        setState({
          busy: false,
          message: t('ui.snapshot.saved', { file: r.fileName, size: Math.max(1, Math.round(r.bytes / 1024)) }),
        });
      } catch (err) {
        fail(err);
      }
    };
    return (
      <div className="snapshot-actions">
        <button
          type="button"
          onClick={() => void save()}
          disabled={state.busy}
          title={t('ui.snapshot.saveHint')}
          data-testid="snapshot-save"
        >
          {state.busy ? t('ui.snapshot.saving') : t('ui.snapshot.save')}
        </button>
        {state.message && (
          <span className="muted small" role="status" data-testid="snapshot-saved">
            {state.message}
          </span>
        )}
        {state.error && (
          <span className="warn-text small" role="alert">
            {state.error}
          </span>
        )}
      </div>
    );
  }

  const snap = device.snapshot;
  const compare = async (against: string) => {
    if (!against) return setDiff(undefined);
    setState({ busy: true });
    try {
      // The other snapshot is "before" when it was captured earlier.
      const other = others.find((o) => o.serial === against)!.snapshot!;
      const [before, after] = other.capturedAt <= snap.capturedAt ? [against, device.serial] : [device.serial, against];
      setDiff({ of: device.serial, against, result: await bridge.diffSnapshots({ before, after }) });
      setState({ busy: false });
    } catch (err) {
      fail(err);
    }
  };
  const shown = diff?.of === device.serial ? diff : undefined;
  return (
    <div className="snapshot-actions">
      <span className="muted small" data-testid="snapshot-origin">
        {t('ui.snapshot.captured', {
          time: new Date(snap.capturedAt).toLocaleString(),
          serial: snap.serial,
          package: snap.package,
        })}
      </span>
      {others.length > 0 && (
        <label className="small">
          {t('ui.snapshot.compare')}{' '}
          <select
            value={shown?.against ?? ''}
            onChange={(e) => void compare(e.target.value)}
            disabled={state.busy}
            data-testid="snapshot-compare"
          >
            <option value="">{t('ui.snapshot.comparePick')}</option>
            {others.map((o) => (
              <option key={o.serial} value={o.serial}>
                {o.snapshot!.fileName} ({new Date(o.snapshot!.capturedAt).toLocaleString()})
              </option>
            ))}
          </select>
        </label>
      )}
      <button
        type="button"
        onClick={() => {
          void bridge
            .closeSnapshot({ serial: device.serial })
            .then(() => others[0] && select(others[0].serial))
            .catch(fail);
        }}
        data-testid="snapshot-close"
      >
        {t('ui.snapshot.close')}
      </button>
      {state.error && (
        <span className="warn-text small" role="alert">
          {state.error}
        </span>
      )}
      {shown && <SnapshotDiffView diff={shown.result} onClose={() => setDiff(undefined)} />}
    </div>
  );
}

function SnapshotDiffView({ diff, onClose }: { diff: SnapshotDiffSummary; onClose: () => void }) {
  const { t, tt } = useText();
  const when = (iso: string) => new Date(iso).toLocaleString();
  return (
    <section className="card snapshot-diff" data-testid="snapshot-diff" aria-label={t('ui.snapshot.verdicts')}>
      <h3>
        {t('ui.snapshot.diffTitle', { before: when(diff.before.capturedAt), after: when(diff.after.capturedAt) })}
      </h3>
      {(!diff.samePhone || !diff.samePackage) && <p className="warn-text small">{t('ui.snapshot.otherPhone')}</p>}
      <p>
        <span className={`badge status-${diff.before.verdict}`}>
          {diff.before.headline ? tt(diff.before.headline) : diff.before.verdict}
        </span>
        {' → '}
        <span className={`badge status-${diff.after.verdict}`}>
          {diff.after.headline ? tt(diff.after.headline) : diff.after.verdict}
        </span>
      </p>
      <h4>{t('ui.snapshot.verdicts')}</h4>
      {diff.verdicts.length === 0 ? (
        <p className="muted">{t('ui.snapshot.noVerdictChange')}</p>
      ) : (
        <ul className="diff-verdicts">
          {diff.verdicts.map((v) => (
            <li key={v.step} data-testid="snapshot-diff-step" data-step={v.step}>
              <strong>{tt({ key: `step.${v.step}.title` })}</strong>{' '}
              <span className={`badge status-${v.before}`}>{t(`status.${v.before}`, { defaultValue: v.before })}</span>
              {' → '}
              <span className={`badge status-${v.after}`}>{t(`status.${v.after}`, { defaultValue: v.after })}</span>
              {v.afterSummary && <div className="muted small">{tt(v.afterSummary)}</div>}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('ui.snapshot.answers')}</h4>
      {diff.answers.length === 0 && !diff.manifestChanged && !diff.logWindowChanged ? (
        <p className="muted">{t('ui.snapshot.noAnswerChange')}</p>
      ) : (
        <ul className="diff-answers">
          {diff.answers.map((a) => (
            <li key={a.command}>
              <details>
                <summary>
                  <code>{a.command}</code>{' '}
                  <span className="muted small">
                    {t('ui.snapshot.lines', { removed: a.removedCount, added: a.addedCount })}
                  </span>
                </summary>
                <pre className="diff-lines">
                  {[...a.removedLines.map((l) => `- ${l.trim()}`), ...a.addedLines.map((l) => `+ ${l.trim()}`)].join(
                    '\n',
                  )}
                </pre>
              </details>
            </li>
          ))}
          {diff.manifestChanged && <li>{t('ui.snapshot.manifestChanged')}</li>}
          {diff.logWindowChanged && <li>{t('ui.snapshot.logChanged')}</li>}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        {t('ui.snapshot.closeDiff')}
      </button>
    </section>
  );
}
