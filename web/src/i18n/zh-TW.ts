import { type Messages, zhCN } from './zh-CN';

export const zhTW: Messages = zhCN;
