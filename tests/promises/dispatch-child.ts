/**
 * A dispatcher in a process of its own, for the crash test: it claims the due notifications and sends them
 * through the SMTP peer the test runs (which never answers the first one), until the test kills it.
 */
import { createSql } from '../../adapters/postgres/client.js';
import { emailSender } from '../../adapters/notify/email-sender.js';
import { composeApp } from '../../src/compose.js';
import { createLogger } from '../../src/logger.js';

const sql = createSql(process.env.DATABASE_URL!, { max: 2 });
const sender = emailSender({ smtpUrl: `smtp://127.0.0.1:${process.env.SMTP_PEER_PORT}?ignoreTLS=true`, from: 'Ville <guichet@ville.example>', loopId: 'guichet@ville.example' });
const { deps } = composeApp(sql, createLogger('silent'), {
  maxBodyBytes: 65536,
  email: { sender, config: { domain: 'ville.example', defaultRequestTypeCode: 'REL-INFORMATION', autoRepliesPerSenderPerHour: 5 } },
  dispatcher: { leaseSeconds: 2 },
});
process.stdout.write('claiming\n');
await deps.notifications.dispatchOnce();
process.stdout.write('done\n');
