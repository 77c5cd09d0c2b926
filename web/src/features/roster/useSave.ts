import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, isApiError, patch, post } from '../../api/client';
import { clean, type Schema, showServerFieldErrors, validateWith } from '../../components/zod-form';
import { rosterKeys } from './queries';

/** Saves roster data; on success says `savedText`, refreshes every roster query and closes. */
export function useRosterSave<B>(opts: {
  form: FormInstance;
  mutationFn: (body: B) => Promise<unknown>;
  savedText: string;
  onClose: () => void;
  onRefused?: (e: Error) => Promise<void>;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: opts.mutationFn,
    onSuccess: async () => {
      message.success(opts.savedText);
      await queryClient.invalidateQueries({ queryKey: rosterKeys.all });
      opts.onClose();
    },
    onError: async (e) => {
      showServerFieldErrors(e, opts.form);
      await opts.onRefused?.(e);
    },
  });
}

/** Only what changed, so fields the reader never saw (or did not touch) are left alone. */
function changes(values: Record<string, unknown>, base: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const b = base as Record<string, unknown>;
  for (const [k, v] of Object.entries(values)) if ((b[k] ?? null) !== (v ?? null)) out[k] = v;
  return out;
}

/**
 * Create a record at `path`, or edit one with optimistic locking: the record's `version` goes with
 * the change, and on STALE_VERSION the latest record is loaded into the form and `stale` is set.
 */
export function useVersionedSave<T extends { id: string; version: number }>(opts: {
  record: T | undefined;
  path: string;
  form: FormInstance;
  inputSchema: Schema<unknown>;
  patchSchema: Schema<unknown>;
  savedText: (updated: boolean) => string;
  toForm: (latest: T) => object;
  onLatest?: (latest: T) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { form } = opts;
  const [base, setBase] = useState(opts.record);
  const [stale, setStale] = useState(false);
  const save = useRosterSave({
    form,
    mutationFn: (body: unknown) =>
      base ? patch<T>(`${opts.path}/${base.id}`, body) : post<T>(opts.path, body),
    savedText: opts.savedText(!!base),
    onClose: opts.onClose,
    onRefused: async (e) => {
      if (isApiError(e, 'STALE_VERSION') && base) {
        const latest = await get<T>(`${opts.path}/${base.id}`);
        opts.onLatest?.(latest);
        setBase(latest);
        form.resetFields();
        form.setFieldsValue(opts.toForm(latest));
        setStale(true);
      }
    },
  });

  const submit = (raw: Record<string, unknown>) => {
    setStale(false);
    const values = clean(raw);
    if (base) {
      const body = { ...changes(values, base), version: base.version };
      if (validateWith(opts.patchSchema, body, form, t)) save.mutate(body);
    } else {
      const parsed = validateWith(opts.inputSchema, values, form, t);
      if (parsed) save.mutate(parsed);
    }
  };

  return { base, stale, save, submit };
}
