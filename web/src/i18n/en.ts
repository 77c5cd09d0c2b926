import { type Messages, zhCN } from './zh-CN';

export const en: Messages = zhCN;
