import { DEPUTY_STATUSES, type DeputyStatus, GENDERS, UNIT_KINDS, type UnitKind } from '@renda/shared';
import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDelegations, useDeputies, useTerms, useUnits } from './queries';

type Props<V> = Omit<SelectProps<V>, 'options'>;

export function TermSelect(props: Props<string>) {
  const terms = useTerms();
  const options = [...(terms.data ?? [])]
    .sort((a, b) => b.number - a.number)
    .map((t) => ({ value: t.id, label: t.label }));
  return <Select loading={terms.isPending} options={options} {...props} />;
}

export function DelegationSelect({ termId, ...props }: Props<string | null> & { termId?: string }) {
  const delegations = useDelegations(termId);
  const options = (delegations.data ?? []).map((d) => ({ value: d.id, label: d.name }));
  return <Select allowClear loading={delegations.isFetching} options={options} {...props} />;
}

export function StatusSelect(props: Props<DeputyStatus>) {
  const { t } = useTranslation();
  return (
    <Select options={DEPUTY_STATUSES.map((s) => ({ value: s, label: t(`deputyStatus.${s}`) }))} {...props} />
  );
}

export function GenderSelect(props: Props<'male' | 'female'>) {
  const { t } = useTranslation();
  return <Select options={GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))} {...props} />;
}

export function UnitKindSelect(props: Props<UnitKind>) {
  const { t } = useTranslation();
  return <Select options={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))} {...props} />;
}

/** The search text, settled 300 ms after the last keystroke. */
export function useDebounced(value: string, ms = 300): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return settled;
}

type SearchProps = Props<string | null> & { initialLabel?: string };

/** Pick a deputy by typing part of the name; searches the server. */
export function DeputySelect({ termId, initialLabel, ...props }: SearchProps & { termId?: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text);
  const deputies = useDeputies({ page: 1, pageSize: 20, q: q || undefined, termId });
  const options = (deputies.data?.items ?? []).map((d) => ({
    value: d.id,
    label: d.delegationName ? `${d.name}（${d.delegationName}）` : d.name,
  }));
  if (initialLabel && props.value && !options.some((o) => o.value === props.value)) {
    options.unshift({ value: props.value, label: initialLabel });
  }
  return (
    <Select
      allowClear
      placeholder={t('deputy.pick')}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={deputies.isFetching}
      options={options}
      {...props}
    />
  );
}

/** Pick a unit by typing part of its name; searches the server. */
export function UnitSelect({ initialLabel, ...props }: SearchProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text);
  const units = useUnits({ page: 1, pageSize: 20, q: q || undefined });
  const options = (units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
  if (initialLabel && props.value && !options.some((o) => o.value === props.value)) {
    options.unshift({ value: props.value, label: initialLabel });
  }
  return (
    <Select
      allowClear
      placeholder={t('unit.pick')}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={units.isFetching}
      options={options}
      {...props}
    />
  );
}
