/**
 * What a log line may say of an error from a peer (an SMTP relay, a social network, a gateway): its kind and
 * code, never its message — relays quote the recipient's address and the rejected text back in theirs.
 */
export function errorKind(err: unknown): { err: string; code?: string; responseCode?: number } {
  const e = err as { name?: string; code?: unknown; responseCode?: unknown };
  return {
    err: typeof e?.name === 'string' ? e.name : 'Error',
    ...(typeof e?.code === 'string' && /^[A-Z_0-9]{2,32}$/.test(e.code) ? { code: e.code } : {}),
    ...(typeof e?.responseCode === 'number' ? { responseCode: e.responseCode } : {}),
  };
}
