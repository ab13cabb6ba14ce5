import type { Context } from 'hono';
import { DomainError } from '../core/errors.js';
import type { TrackedCase } from '../core/public/public-cases.js';
import type { App, HttpDeps } from '../http/context.js';
import { trackWithLimit } from '../http/public-limits.js';
import { CaseSummary, Timeline } from './components/case-status.js';
import { ErrorSummary, TextField } from './components/form-fields.js';
import { Layout } from './layout.js';
import { problemFr, type FieldError } from './problems-fr.js';
import { sendPage } from './render.js';

function TrackForm({ reference, errors }: { reference: string; errors: FieldError[] }) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <p>Indiquez la référence et le code de suivi qui figurent sur votre accusé de réception (courriel, SMS, courrier ou reçu du guichet).</p>
      <form method="post" action="/suivi" novalidate>
        <TextField id="reference" name="reference" label="Référence de la demande" hint="Par exemple 26-K7M4-Q9XC." value={reference} errors={errors} required autocomplete="off" maxlength={20} />
        <TextField id="code" name="code" label="Code de suivi" hint="Par exemple K7M4-Q9XC-2B3D." value="" errors={errors} required autocomplete="off" maxlength={20} />
        <div class="actions">
          <button type="submit">Voir l’avancement</button>
        </div>
      </form>
      <p>
        Vous avez déposé cette demande en étant connecté(e) ? Retrouvez-la dans <a href="/espace">votre espace</a>.
      </p>
    </>
  );
}

export function register(app: App, deps: HttpDeps) {
  const form = (c: Context, reference: string, errors: FieldError[], status: 200 | 404 | 422 | 429 = 200) =>
    sendPage(
      c,
      deps,
      <Layout title="Suivre une demande" city={deps.core.city.name} section="suivi" hasErrors={errors.length > 0}>
        <h1>Suivre une demande</h1>
        <TrackForm reference={reference} errors={errors} />
      </Layout>,
      status,
    );

  const tracked = (c: Context, t: TrackedCase) =>
    sendPage(
      c,
      deps,
      <Layout title={`Demande ${t.reference}`} city={deps.core.city.name} section="suivi">
        <h1>Votre demande {t.reference}</h1>
        <CaseSummary c={t} />
        <h2>Étapes</h2>
        <Timeline events={t.timeline} />
        <p>Pour lire les messages du service, répondre ou ajouter une pièce, connectez-vous à <a href="/espace">votre espace</a> ou répondez au message reçu.</p>
      </Layout>,
    );

  const track = async (c: Context, reference: string, code: string) => {
    const errors: FieldError[] = [];
    if (!reference.trim()) errors.push({ field: 'reference', message: 'Indiquez la référence de la demande.' });
    if (!code.trim()) errors.push({ field: 'code', message: 'Indiquez le code de suivi.' });
    if (errors.length) return form(c, reference, errors, 422);
    try {
      return await tracked(c, await trackWithLimit(c, deps, reference.trim(), code.trim()));
    } catch (err) {
      if (!(err instanceof DomainError) || (err.code !== 'not_found' && err.code !== 'rate_limited')) throw err;
      // A wrong code and an unknown reference read the same.
      if (typeof err.extra.retryAfterSeconds === 'number') c.header('Retry-After', String(err.extra.retryAfterSeconds));
      return form(c, reference, [{ field: 'code', message: problemFr(err) }], err.code === 'rate_limited' ? 429 : 404);
    }
  };

  app.get('/suivi', (c) => form(c, '', []));
  // The link every message carries; the code is typed, never put in a link a mail scanner could follow.
  app.get('/suivi/:reference', (c) => {
    const reference = c.req.param('reference').slice(0, 20);
    const code = c.req.query('code');
    return code ? track(c, reference, code.slice(0, 40)) : form(c, reference, []);
  });
  app.post('/suivi', async (c) => {
    const body = await c.req.parseBody();
    const s = (v: unknown) => (typeof v === 'string' ? v.slice(0, 40) : '');
    return track(c, s(body.reference), s(body.code));
  });
}
