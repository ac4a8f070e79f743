import { useEffect, useState } from 'react';
import { useApp, useActions } from '../hooks';
import { useText } from '../i18n';
import { PROVIDERS, type ProviderName } from '../../../shared/types';
import { SECRET_FIELDS, providerSchemas } from '../../../shared/profile';

type Json = Record<string, unknown>;
const VENDORS = ['xiaomi', 'huawei', 'honor', 'oppo', 'vivo', 'meizu', 'fcm'] as const;

/** Field names of a provider, from its schema (the same one the core validates with). */
function fieldsOf(p: ProviderName): string[] {
  return Object.keys((providerSchemas[p] as unknown as { shape: Json }).shape);
}

export function ProfileEditor() {
  const { t } = useText();
  const profiles = useApp((s) => s.profiles);
  const bridge = useApp((s) => s.bridge);
  const { refreshProfiles } = useActions();
  const [id, setId] = useState(profiles[0]?.id ?? '');
  const [draft, setDraft] = useState<Json>({ package: 'com.example.chat', channels: {}, providers: {} });
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const summary = profiles.find((p) => p.id === id);

  useEffect(() => {
    if (!id || !profiles.some((p) => p.id === id)) return;
    void bridge.getProfile({ id }).then((p) => p && setDraft(p));
  }, [id, bridge, profiles]);

  const providers = (draft.providers ?? {}) as Record<string, Json>;
  const channels = (draft.channels ?? {}) as Record<string, string>;
  const setProvider = (p: string, field: string, value: unknown) => setDraft({ ...draft, providers: { ...providers, [p]: { ...providers[p], [field]: value } } });
  const missing = PROVIDERS.filter((p) => !providers[p]);

  const save = async () => {
    // Empty secret inputs mean "keep what is stored": they travel as null, never as text.
    const clean: Json = { ...draft, providers: Object.fromEntries(Object.entries(providers).map(([p, cfg]) => [p, Object.fromEntries(Object.entries(cfg).filter(([, v]) => v !== '' && v !== undefined).map(([k, v]) => [k, v]))])) };
    for (const [p, cfg] of Object.entries(clean.providers as Record<string, Json>)) for (const f of SECRET_FIELDS[p as ProviderName] ?? []) if (!(f in cfg)) cfg[f] = null;
    try {
      await bridge.saveProfile({ id, profile: clean });
      setStatus({ ok: true, text: t('ui.profiles.saved') });
      await refreshProfiles();
    } catch (err) {
      setStatus({ ok: false, text: `${t('ui.profiles.invalid')}: ${(err as Error).message}` });
    }
  };

  return (
    <section className="card profiles" aria-labelledby="profiles-title">
      <h2 id="profiles-title">{t('ui.profiles.title')}</h2>
      <p className="muted">{t('ui.profiles.intro')}</p>
      <div className="row">
        <label>
          <span>{t('ui.profiles.name')}</span>
          <input list="profile-ids" value={id} onChange={(e) => setId(e.target.value.trim())} spellCheck={false} />
          <datalist id="profile-ids">
            {profiles.map((p) => (
              <option key={p.id} value={p.id} />
            ))}
          </datalist>
        </label>
        <label>
          <span>{t('ui.device.package')}</span>
          <input value={String(draft.package ?? '')} onChange={(e) => setDraft({ ...draft, package: e.target.value.trim() })} spellCheck={false} />
        </label>
      </div>
      <fieldset>
        <legend>{t('ui.profiles.channels')}</legend>
        <div className="grid">
          {VENDORS.map((v) => (
            <label key={v}>
              <span>{v}</span>
              <input value={channels[v] ?? ''} onChange={(e) => setDraft({ ...draft, channels: { ...channels, [v]: e.target.value || undefined } })} />
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('ui.profiles.providers')}</legend>
        {Object.keys(providers).map((p) => (
          <div key={p} className="provider">
            <div className="row spread">
              <strong>{p}</strong>
              <button
                type="button"
                className="link"
                onClick={() => {
                  const rest = { ...providers };
                  delete rest[p];
                  setDraft({ ...draft, providers: rest });
                }}
              >
                {t('ui.profiles.remove')}
              </button>
            </div>
            <div className="grid">
              {fieldsOf(p as ProviderName).map((f) => {
                const secret = (SECRET_FIELDS[p as ProviderName] ?? []).includes(f);
                const stored = summary?.secrets[`${p}.${f}`];
                return (
                  <label key={f}>
                    <span>{f}</span>
                    <input
                      type={secret ? 'password' : 'text'}
                      autoComplete="off"
                      value={secret ? String(providers[p][f] ?? '') : String(providers[p][f] ?? '')}
                      placeholder={secret ? (stored === 'set' ? t('ui.profiles.secretSet') : t('ui.profiles.secretMissing')) : ''}
                      onChange={(e) => setProvider(p, f, e.target.value)}
                    />
                  </label>
                );
              })}
            </div>
          </div>
        ))}
        {missing.length > 0 && (
          <div className="row">
            <select aria-label={t('ui.profiles.add')} defaultValue="" onChange={(e) => e.target.value && setDraft({ ...draft, providers: { ...providers, [e.target.value]: {} } })}>
              <option value="">{t('ui.profiles.add')}…</option>
              {missing.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </div>
        )}
      </fieldset>
      <div className="row">
        <button type="button" className="primary" onClick={save} disabled={!id}>
          {t('ui.profiles.save')}
        </button>
        {summary && (
          <button
            type="button"
            onClick={async () => {
              await bridge.deleteProfile({ id });
              await refreshProfiles();
            }}
          >
            {t('ui.profiles.delete')}
          </button>
        )}
        {status && (
          <span role="status" className={status.ok ? 'ok-text' : 'warn-text'}>
            {status.text}
          </span>
        )}
      </div>
    </section>
  );
}
