/**
 * The one list of error codes. Clients branch on `code`; the HTTP status comes from this table and
 * the person-readable message from `errorMessages`.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  BODY_TOO_LARGE: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IMPORT_INVALID: 400,
  PASSWORD_TOO_WEAK: 400,
  PROFILE_INVALID: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  CSRF_INVALID: 403,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  STALE_VERSION: 409,
  QUORUM_NOT_MET: 409,
  NOT_PRESENT: 409,
  ALREADY_VOTED: 409,
  VOTING_CLOSED: 409,
  INVALID_STATE: 409,
  NOMINATION_INVALID: 409,
  MARGIN_NOT_MET: 409,
  ENTRY_MISMATCH: 409,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

export type Locale = 'zh-CN' | 'zh-TW' | 'en';

export const errorMessages: Record<ErrorCode, Record<Locale, string>> = {
  VALIDATION_FAILED: {
    'zh-CN': '提交的数据有误，请检查后重试。',
    'zh-TW': '提交的資料有誤，請檢查後重試。',
    en: 'The submitted data is not valid.',
  },
  MALFORMED_JSON: {
    'zh-CN': '请求内容不是有效的 JSON。',
    'zh-TW': '請求內容不是有效的 JSON。',
    en: 'The request body is not valid JSON.',
  },
  BODY_TOO_LARGE: {
    'zh-CN': '请求内容过大（上限 1 MB）。',
    'zh-TW': '請求內容過大（上限 1 MB）。',
    en: 'The request body is too large (limit 1 MB).',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    'zh-CN': '不支持的内容类型。',
    'zh-TW': '不支援的內容類型。',
    en: 'Unsupported content type.',
  },
  IMPORT_INVALID: {
    'zh-CN': '导入文件有错误，未导入任何数据。',
    'zh-TW': '匯入檔案有錯誤，未匯入任何資料。',
    en: 'The import file has errors; nothing was imported.',
  },
  PASSWORD_TOO_WEAK: {
    'zh-CN': '密码至少 10 位，且须包含字母和数字。',
    'zh-TW': '密碼至少 10 位，且須包含字母和數字。',
    en: 'The password needs at least 10 characters with letters and digits.',
  },
  PROFILE_INVALID: {
    'zh-CN': '规则配置不符合法定下限或格式。',
    'zh-TW': '規則配置不符合法定下限或格式。',
    en: 'The rule profile is invalid or below the statutory floor.',
  },
  UNAUTHENTICATED: { 'zh-CN': '请先登录。', 'zh-TW': '請先登入。', en: 'Please sign in first.' },
  INVALID_CREDENTIALS: {
    'zh-CN': '用户名或密码错误。',
    'zh-TW': '使用者名稱或密碼錯誤。',
    en: 'Wrong username or password.',
  },
  CSRF_INVALID: {
    'zh-CN': '页面已过期，请刷新后重试。',
    'zh-TW': '頁面已過期，請重新整理後重試。',
    en: 'The page has expired; reload and try again.',
  },
  FORBIDDEN: {
    'zh-CN': '您没有执行此操作的权限。',
    'zh-TW': '您沒有執行此操作的權限。',
    en: 'You are not allowed to do this.',
  },
  PASSWORD_CHANGE_REQUIRED: {
    'zh-CN': '请先修改初始密码。',
    'zh-TW': '請先修改初始密碼。',
    en: 'Change your initial password first.',
  },
  NOT_FOUND: { 'zh-CN': '找不到该记录。', 'zh-TW': '找不到該記錄。', en: 'Not found.' },
  CONFLICT: {
    'zh-CN': '操作与当前状态冲突。',
    'zh-TW': '操作與目前狀態衝突。',
    en: 'This conflicts with the current state.',
  },
  DUPLICATE: { 'zh-CN': '记录已存在。', 'zh-TW': '記錄已存在。', en: 'This record already exists.' },
  STALE_VERSION: {
    'zh-CN': '记录已被他人修改，请刷新后重试。',
    'zh-TW': '記錄已被他人修改，請重新整理後重試。',
    en: 'Someone else changed this record; reload and try again.',
  },
  QUORUM_NOT_MET: {
    'zh-CN': '出席人数未达到法定人数，不能开始表决或选举。',
    'zh-TW': '出席人數未達法定人數，不能開始表決或選舉。',
    en: 'Quorum is not met; the vote or election cannot open.',
  },
  NOT_PRESENT: {
    'zh-CN': '您尚未签到出席本次会议，不能投票。',
    'zh-TW': '您尚未簽到出席本次會議，不能投票。',
    en: 'You are not signed in as present at this session, so you cannot vote.',
  },
  ALREADY_VOTED: {
    'zh-CN': '您已经投过票，本次表决不允许重复投票。',
    'zh-TW': '您已經投過票，本次表決不允許重複投票。',
    en: 'You have already voted; this vote does not accept another ballot.',
  },
  VOTING_CLOSED: {
    'zh-CN': '投票尚未开始或已经结束。',
    'zh-TW': '投票尚未開始或已經結束。',
    en: 'Voting is not open.',
  },
  INVALID_STATE: {
    'zh-CN': '当前阶段不能进行此操作。',
    'zh-TW': '目前階段不能進行此操作。',
    en: 'This cannot be done at the current stage.',
  },
  NOMINATION_INVALID: {
    'zh-CN': '提名不符合法定条件。',
    'zh-TW': '提名不符合法定條件。',
    en: 'The nomination does not meet the statutory conditions.',
  },
  MARGIN_NOT_MET: {
    'zh-CN': '候选人数不符合差额要求。',
    'zh-TW': '候選人數不符合差額要求。',
    en: 'The number of candidates does not meet the required margin.',
  },
  ENTRY_MISMATCH: {
    'zh-CN': '两次录入不一致，请核对选票后重新录入。',
    'zh-TW': '兩次錄入不一致，請核對選票後重新錄入。',
    en: 'The two entries disagree; check the ballot and enter it again.',
  },
  ACCOUNT_LOCKED: {
    'zh-CN': '登录失败次数过多，账户已暂时锁定，请稍后再试。',
    'zh-TW': '登入失敗次數過多，帳戶已暫時鎖定，請稍後再試。',
    en: 'Too many failed sign-ins; the account is locked for a while.',
  },
  RATE_LIMITED: {
    'zh-CN': '请求过于频繁，请稍后再试。',
    'zh-TW': '請求過於頻繁，請稍後再試。',
    en: 'Too many requests; try again later.',
  },
  INTERNAL: {
    'zh-CN': '服务器内部错误，请联系管理员并提供请求编号。',
    'zh-TW': '伺服器內部錯誤，請聯絡管理員並提供請求編號。',
    en: 'Internal error; give the request id to an administrator.',
  },
  SERVICE_UNAVAILABLE: { 'zh-CN': '服务暂不可用。', 'zh-TW': '服務暫不可用。', en: 'Service unavailable.' },
};

/** The JSON body of every error response. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
  requestId: string;
}

export function statusOf(code: ErrorCode): number {
  return ERROR_STATUS[code];
}
