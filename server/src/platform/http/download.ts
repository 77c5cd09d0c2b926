/**
 * A Content-Disposition value for a download: an ASCII fallback name for old clients and the real
 * (often Chinese) name encoded as RFC 5987 `filename*`.
 */
export const attachment = (filename: string, fallback = 'download') =>
  `attachment; filename="${fallback.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
