import type { Locale } from '@renda/shared';

/** The response language from Accept-Language: English, traditional Chinese, or (default) simplified. */
export function localeOf(acceptLanguage: string | undefined): Locale {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  if (first.startsWith('en')) return 'en';
  if (first.startsWith('zh-tw') || first.startsWith('zh-hk') || first.startsWith('zh-hant')) return 'zh-TW';
  return 'zh-CN';
}
