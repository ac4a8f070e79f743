import { useEffect, useMemo, useState } from 'react';
import { useApp, useActions } from '../hooks';
import { useText } from '../i18n';
import { PROVIDERS, type ProviderName } from '../../../shared/types';
import { SECRET_FIELDS, appProfileSchema, providerSchemas } from '../../../shared/profile';

type Json = Record<string, unknown>;
const VENDORS = ['xiaomi', 'huawei', 'honor', 'oppo', 'vivo', 'meizu', 'fcm'] as const;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** A fresh profile: nothing carried over from the one shown before. */
const blank = (): Json => ({ package: 'com.example.chat', channels: {}, providers: {} });

type Kind =
  { kind: 'text' } | { kind: 'number' } | { kind: 'boolean' } | { kind: 'choice'; options: (string | number)[] };

interface ZodLike {
  _zod?: {
    def: {
      type: string;
      innerType?: ZodLike;
      entries?: Record<string, string>;
      options?: ZodLike[];
      values?: unknown[];
      in?: ZodLike;
    };
  };
}

/** What input a schema field wants, read from the same zod schema the core validates with. */
export function kindOf(schema: unknown): Kind {
  let s = schema as ZodLike;
  for (let i = 0; i < 6 && s?._zod; i++) {
    const d = s._zod.def;
    if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable') s = d.innerType!;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else break;
  }
  const d = s?._zod?.def;
  if (!d) return { kind: 'text' };
  if (d.type === 'number') return { kind: 'number' };
  if (d.type === 'boolean') return { kind: 'boolean' };
  if (d.type === 'enum' && d.entries) return { kind: 'choice', options: Object.values(d.entries) };
  if (d.type === 'literal' && d.values) return { kind: 'choice', options: d.values as (string | number)[] };
  if (d.type === 'union' && d.options) {
    const opts = d.options.map((o) => o._zod?.def);
    if (opts.every((o) => o?.type === 'literal'))
      return { kind: 'choice', options: opts.flatMap((o) => (o!.values ?? []) as (string | number)[]) };
    if (opts.some((o) => o?.type === 'number')) return { kind: 'number' };
  }
  return { kind: 'text' };
}

/** Field names of a provider, from its schema. */
function fieldsOf(p: ProviderName): string[] {
  let s = providerSchemas[p] as unknown as ZodLike & { shape?: Json };
  for (let i = 0; i < 4 && !s.shape && s._zod; i++) s = (s._zod.def.innerType ?? s._zod.def.in) as typeof s;
  return Object.keys(s.shape ?? {});
}
const fieldSchema = (p: ProviderName, f: string) => {
  let s = providerSchemas[p] as unknown as ZodLike & { shape?: Json };
  for (let i = 0; i < 4 && !s.shape && s._zod; i++) s = (s._zod.def.innerType ?? s._zod.def.in) as typeof s;
  return s.shape?.[f];
};

/** Issues of the profile as the core will see it, by field path ("providers.vivo.category"). */
function issuesOf(draft: Json, storedSecrets: Record<string, string>, required = 'Required.'): Record<string, string> {
  // A secret left empty keeps what is stored: validate as if it were there.
  const probe = structuredClone(draft) as Json;
  const providers = (probe.providers ?? {}) as Record<string, Json>;
  for (const [p, cfg] of Object.entries(providers))
    for (const f of SECRET_FIELDS[p as ProviderName] ?? [])
      if ((cfg[f] === undefined || cfg[f] === '') && storedSecrets[`${p}.${f}`] === 'set') cfg[f] = 'stored';
  const r = appProfileSchema.safeParse(probe);
  const out: Record<string, string> = {};
  // zod's own wording for a missing field ("expected string, received undefined") is for programmers.
  if (!r.success)
    for (const i of r.error.issues)
      out[i.path.join('.')] ??= i.code === 'invalid_type' && i.input === undefined ? required : i.message;
  return out;
}

/** Drops empty inputs; an empty secret travels as null ("keep the stored one"). */
function cleaned(draft: Json): Json {
  const providers = (draft.providers ?? {}) as Record<string, Json>;
  const out: Json = { ...draft, providers: {} };
  for (const [p, cfg] of Object.entries(providers)) {
    const c: Json = Object.fromEntries(Object.entries(cfg).filter(([, v]) => v !== '' && v !== undefined));
    for (const f of SECRET_FIELDS[p as ProviderName] ?? []) if (!(f in c)) c[f] = null;
    (out.providers as Json)[p] = c;
  }
  for (const k of ['channels', 'clickAction'] as const) {
    const m = Object.fromEntries(
      Object.entries((draft[k] ?? {}) as Json).filter(([, v]) => v !== undefined && v !== ''),
    );
    if (Object.keys(m).length) out[k] = m;
    else delete out[k];
  }
  if (!out.deliveryProvider) delete out.deliveryProvider;
  if (out.deliveryTimeoutSec === undefined || out.deliveryTimeoutSec === '') delete out.deliveryTimeoutSec;
  if (!(out.tokenPatterns as unknown[] | undefined)?.length) delete out.tokenPatterns;
  return out;
}

function FieldError({ text }: { text?: string }) {
  return text ? <span className="field-error">{text}</span> : null;
}

export function ProfileEditor() {
  const { t } = useText();
  const profiles = useApp((s) => s.profiles);
  const bridge = useApp((s) => s.bridge);
  const { refreshProfiles, setStoreSecretsUnencrypted } = useActions();
  const storage = useApp((s) => s.info?.secretStorage);
  const backend = useApp((s) => s.info?.secretStorageBackend);
  const consent = useApp((s) => s.storeSecretsUnencrypted);
  const [id, setId] = useState(profiles[0]?.id ?? '');
  const [isNew, setIsNew] = useState(profiles.length === 0);
  const [draft, setDraft] = useState<Json>(blank);
  const [touched, setTouched] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const summary = isNew ? undefined : profiles.find((p) => p.id === id);
  const stored = useMemo(() => summary?.secrets ?? {}, [summary]);

  useEffect(() => {
    if (isNew || !id || !profiles.some((p) => p.id === id)) return;
    setTouched(false);
    setServerErrors({});
    void bridge.getProfile({ id }).then((p) => p && setDraft(p));
  }, [id, isNew, bridge, profiles]);

  const issues = useMemo(
    () => ({ ...issuesOf(draft, stored, t('ui.profiles.required')), ...serverErrors }),
    [draft, stored, serverErrors, t],
  );
  const shown = (path: string) => (touched ? issues[path] : undefined);
  const providers = (draft.providers ?? {}) as Record<string, Json>;
  const channels = (draft.channels ?? {}) as Record<string, string>;
  const clicks = (draft.clickAction ?? {}) as Record<string, { type?: string; value?: string }>;
  const patterns = (draft.tokenPatterns ?? []) as { vendor: string; regex: string; group?: number }[];
  const edit = (patch: Json) => {
    setTouched(true);
    setServerErrors({});
    setDraft({ ...draft, ...patch });
  };
  const setProvider = (p: string, field: string, value: unknown) =>
    edit({ providers: { ...providers, [p]: { ...providers[p], [field]: value } } });
  const missing = PROVIDERS.filter((p) => !providers[p]);
  const nameError = !id
    ? t('ui.profiles.nameRequired')
    : !NAME.test(id)
      ? t('ui.profiles.nameBad')
      : isNew && profiles.some((p) => p.id === id)
        ? t('ui.profiles.nameTaken')
        : undefined;

  const save = async () => {
    setTouched(true);
    if (nameError || Object.keys(issuesOf(draft, stored)).length) {
      setStatus({ ok: false, text: t('ui.profiles.fix') });
      return;
    }
    try {
      await bridge.saveProfile({ id, profile: cleaned(draft) });
      setStatus({ ok: true, text: t('ui.profiles.saved') });
      setIsNew(false);
      await refreshProfiles();
    } catch (err) {
      const message = (err as Error).message;
      // The core names the field first ("providers.x.baseUrl: …"): show it beside that field too.
      const m = /(?:^|: )((?:providers|channels|clickAction|tokenPatterns|package|delivery\w*)[\w.[\]-]*): (.*)$/.exec(
        message,
      );
      if (m) setServerErrors({ [m[1].replace(/\[(\d+)\]/g, '.$1')]: m[2] });
      setStatus({ ok: false, text: `${t('ui.profiles.invalid')}: ${message}` });
    }
  };
  const startNew = (from?: Json) => {
    setIsNew(true);
    setId('');
    setTouched(false);
    setServerErrors({});
    setStatus(null);
    // A duplicate copies what is shown, never the stored secrets (they are re-entered).
    setDraft(from ? (cleaned({ ...structuredClone(from) }) as Json) : blank());
  };

  const input = (
    path: string,
    value: unknown,
    kind: Kind,
    onChange: (v: unknown) => void,
    opts: { secret?: boolean; placeholder?: string; label: string },
  ) => {
    const err = shown(path);
    const common = { 'aria-invalid': !!err, 'aria-label': opts.label, 'data-path': path };
    if (kind.kind === 'boolean')
      return (
        <input type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} {...common} />
      );
    if (kind.kind === 'choice')
      return (
        <select
          value={value === undefined ? '' : String(value)}
          onChange={(e) =>
            onChange(
              e.target.value === ''
                ? undefined
                : typeof kind.options[0] === 'number'
                  ? Number(e.target.value)
                  : e.target.value,
            )
          }
          {...common}
        >
          <option value="">{t('ui.profiles.default')}</option>
          {kind.options.map((o) => (
            <option key={String(o)} value={String(o)}>
              {String(o)}
            </option>
          ))}
        </select>
      );
    if (kind.kind === 'number')
      return (
        <input
          type="number"
          value={value === undefined || value === null ? '' : String(value)}
          onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
          {...common}
        />
      );
    return (
      <input
        type={opts.secret ? 'password' : 'text'}
        autoComplete="off"
        spellCheck={false}
        value={value === undefined || value === null ? '' : String(value)}
        placeholder={opts.placeholder}
        onChange={(e) => onChange(e.target.value)}
        {...common}
      />
    );
  };

  return (
    <section className="card profiles" aria-labelledby="profiles-title">
      <h2 id="profiles-title">{t('ui.profiles.title')}</h2>
      <p className="muted">{t('ui.profiles.intro')}</p>
      {storage === 'weak' && (
        <div className="banner warn" data-testid="secret-storage-weak">
          <p>{t('ui.profiles.weakStorage', { backend: backend ?? 'none' })}</p>
          <label className="check">
            <input
              type="checkbox"
              checked={consent}
              onChange={(e) => void setStoreSecretsUnencrypted(e.target.checked)}
            />
            <span>{t('ui.profiles.weakConsent')}</span>
          </label>
        </div>
      )}
      <div className="row">
        {!isNew ? (
          <label>
            <span>{t('ui.profiles.name')}</span>
            <select value={id} onChange={(e) => setId(e.target.value)} data-testid="profile-select">
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.id}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label>
            <span>{t('ui.profiles.newName')}</span>
            <input
              value={id}
              onChange={(e) => setId(e.target.value.trim())}
              spellCheck={false}
              aria-invalid={touched && !!nameError}
              data-testid="profile-name"
            />
            <FieldError text={touched ? nameError : undefined} />
          </label>
        )}
        <button type="button" onClick={() => startNew()} data-testid="profile-new">
          {t('ui.profiles.new')}
        </button>
        {!isNew && summary && (
          <button type="button" onClick={() => startNew(draft)} data-testid="profile-duplicate">
            {t('ui.profiles.duplicate')}
          </button>
        )}
        {isNew && profiles.length > 0 && (
          <button
            type="button"
            onClick={() => {
              setIsNew(false);
              setId(profiles[0].id);
            }}
          >
            {t('ui.profiles.cancel')}
          </button>
        )}
      </div>

      <fieldset>
        <legend>{t('ui.profiles.app')}</legend>
        <div className="grid">
          <label>
            <span>{t('ui.device.package')}</span>
            {input('package', draft.package, { kind: 'text' }, (v) => edit({ package: String(v ?? '').trim() }), {
              label: t('ui.device.package'),
            })}
            <FieldError text={shown('package')} />
          </label>
          <label>
            <span>{t('ui.profiles.deliveryProvider')}</span>
            {input(
              'deliveryProvider',
              draft.deliveryProvider,
              { kind: 'choice', options: [...PROVIDERS] },
              (v) => edit({ deliveryProvider: v }),
              { label: t('ui.profiles.deliveryProvider') },
            )}
            <FieldError text={shown('deliveryProvider')} />
          </label>
          <label>
            <span>{t('ui.profiles.deliveryTimeoutSec')}</span>
            {input(
              'deliveryTimeoutSec',
              draft.deliveryTimeoutSec,
              { kind: 'number' },
              (v) => edit({ deliveryTimeoutSec: v }),
              { label: t('ui.profiles.deliveryTimeoutSec') },
            )}
            <FieldError text={shown('deliveryTimeoutSec')} />
          </label>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('ui.profiles.channels')}</legend>
        <div className="grid">
          {VENDORS.map((v) => (
            <label key={v}>
              <span>{v}</span>
              {input(
                `channels.${v}`,
                channels[v],
                { kind: 'text' },
                (x) => edit({ channels: { ...channels, [v]: x || undefined } }),
                { label: `${t('ui.profiles.channels')} ${v}` },
              )}
              <FieldError text={shown(`channels.${v}`)} />
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('ui.profiles.clickAction')}</legend>
        <div className="grid click-grid">
          {VENDORS.map((v) => (
            <div key={v} className="click-row">
              <label>
                <span>{v}</span>
                {input(
                  `clickAction.${v}.type`,
                  clicks[v]?.type,
                  { kind: 'choice', options: ['app', 'activity', 'url'] },
                  (x) => edit({ clickAction: { ...clicks, [v]: x ? { ...clicks[v], type: x } : undefined } }),
                  { label: `${t('ui.profiles.clickAction')} ${v}` },
                )}
              </label>
              {clicks[v]?.type && clicks[v]?.type !== 'app' && (
                <label className="grow">
                  <span>{t('ui.profiles.clickValue')}</span>
                  {input(
                    `clickAction.${v}.value`,
                    clicks[v]?.value,
                    { kind: 'text' },
                    (x) => edit({ clickAction: { ...clicks, [v]: { ...clicks[v], value: x } } }),
                    {
                      label: `${t('ui.profiles.clickValue')} ${v}`,
                      placeholder: v === 'fcm' ? 'com.example.chat.OPEN_CHAT' : 'intent://…#Intent;…;end',
                    },
                  )}
                </label>
              )}
              <FieldError
                text={shown(`clickAction.${v}.value`) ?? shown(`clickAction.${v}.type`) ?? shown(`clickAction.${v}`)}
              />
            </div>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('ui.profiles.tokenPatterns')}</legend>
        <p className="muted small">{t('ui.profiles.tokenPatternsHint')}</p>
        {patterns.map((p, i) => (
          <div key={i} className="row">
            <label>
              <span>{t('ui.profiles.vendor')}</span>
              {input(
                `tokenPatterns.${i}.vendor`,
                p.vendor,
                { kind: 'choice', options: [...VENDORS] },
                (x) => edit({ tokenPatterns: patterns.map((q, j) => (j === i ? { ...q, vendor: x } : q)) }),
                { label: `${t('ui.profiles.vendor')} ${i + 1}` },
              )}
            </label>
            <label className="grow">
              <span>{t('ui.profiles.regex')}</span>
              {input(
                `tokenPatterns.${i}.regex`,
                p.regex,
                { kind: 'text' },
                (x) => edit({ tokenPatterns: patterns.map((q, j) => (j === i ? { ...q, regex: x } : q)) }),
                { label: `${t('ui.profiles.regex')} ${i + 1}` },
              )}
              <FieldError text={shown(`tokenPatterns.${i}.regex`) ?? shown(`tokenPatterns.${i}.vendor`)} />
            </label>
            <button
              type="button"
              className="link"
              onClick={() => edit({ tokenPatterns: patterns.filter((_, j) => j !== i) })}
            >
              {t('ui.profiles.remove')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => edit({ tokenPatterns: [...patterns, { vendor: 'xiaomi', regex: '' }] })}>
          {t('ui.profiles.addPattern')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('ui.profiles.providers')}</legend>
        {Object.keys(providers).map((p) => (
          <div key={p} className="provider" data-provider={p}>
            <div className="row spread">
              <strong>{p}</strong>
              <button
                type="button"
                className="link"
                onClick={() => {
                  const rest = { ...providers };
                  delete rest[p];
                  edit({ providers: rest });
                }}
              >
                {t('ui.profiles.remove')}
              </button>
            </div>
            <div className="grid">
              {fieldsOf(p as ProviderName)
                // The UI never hands the core a path to read: the FCM key is pasted as content.
                .filter((f) => !(p === 'fcm' && f === 'serviceAccountFile' && providers[p][f] === undefined))
                .map((f) => {
                  const secret = (SECRET_FIELDS[p as ProviderName] ?? []).includes(f);
                  const path = `providers.${p}.${f}`;
                  const state = stored[`${p}.${f}`];
                  return (
                    <label key={f}>
                      <span>
                        {f}
                        {secret && (
                          <em className={`secret-state ${state === 'set' ? 'set' : 'missing'}`}>
                            {state === 'set' ? t('ui.profiles.secretIsSet') : t('ui.profiles.secretIsMissing')}
                          </em>
                        )}
                      </span>
                      {input(
                        path,
                        providers[p][f],
                        secret ? { kind: 'text' } : kindOf(fieldSchema(p as ProviderName, f)),
                        (v) => setProvider(p, f, v),
                        {
                          secret,
                          label: `${p} ${f}`,
                          placeholder: secret
                            ? state === 'set'
                              ? t('ui.profiles.secretSet')
                              : t('ui.profiles.secretMissing')
                            : '',
                        },
                      )}
                      <FieldError text={shown(path)} />
                    </label>
                  );
                })}
            </div>
            <FieldError text={shown(`providers.${p}`)} />
          </div>
        ))}
        {missing.length > 0 && (
          <div className="row">
            <select
              aria-label={t('ui.profiles.add')}
              value=""
              onChange={(e) => e.target.value && edit({ providers: { ...providers, [e.target.value]: {} } })}
            >
              <option value="">{t('ui.profiles.add')}…</option>
              {missing.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </div>
        )}
      </fieldset>
      <div className="row">
        <button type="button" className="primary" onClick={save} data-testid="profile-save">
          {t('ui.profiles.save')}
        </button>
        {summary && (
          <button
            type="button"
            data-testid="profile-delete"
            onClick={async () => {
              if (!window.confirm(t('ui.profiles.confirmDelete', { id }))) return;
              await bridge.deleteProfile({ id });
              await refreshProfiles();
              const rest = profiles.filter((p) => p.id !== id);
              if (rest.length) setId(rest[0].id);
              else startNew();
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
