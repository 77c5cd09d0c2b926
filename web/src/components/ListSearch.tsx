import { Input } from 'antd';
import { useState } from 'react';

/** The search box of a list's toolbar; the trimmed text goes to `onSearch` on enter or click. */
export function ListSearch({
  initial,
  placeholder,
  onSearch,
  testId,
}: {
  initial: string | undefined;
  placeholder: string;
  onSearch: (q: string) => void;
  testId?: string;
}) {
  const [search, setSearch] = useState(initial ?? '');
  return (
    <Input.Search
      allowClear
      placeholder={placeholder}
      value={search}
      onChange={(e) => setSearch(e.target.value)}
      onSearch={(v) => onSearch(v.trim())}
      style={{ width: 220 }}
      data-testid={testId}
    />
  );
}
