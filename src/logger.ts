import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Log lines carry ids, codes and timings only. Redaction is a safety net for
 * fields that might slip in; the first rule is never to pass personal data to the logger.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'guichet' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'headers.authorization',
          'authorization',
          '*.email',
          '*.phone',
          '*.givenName',
          '*.familyName',
          '*.description',
          '*.body',
          'password',
          'token',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
