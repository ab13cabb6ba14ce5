import type { App, HttpDeps } from '../../http/context.js';
import { AGE_BANDS, backlog, deadlines, satisfaction, volumes } from '../../core/statistics/city-statistics.js';
import { cityDay } from '../../core/city-day.js';
import { addDays } from '../../core/statistics/statistics-range.js';
import { sendPage } from '../render.js';
import { AgentPage, agentOf, agentSignIn } from './agent-frame.js';

/**
 * The supervisor's Monday-morning figures, for the directorates they oversee (a directorate agent: theirs): the
 * last 30 days — requests received, answers within the deadline, days taken, satisfaction — and the backlog by age.
 * The same figures as /v1/statistics, which also gives them as CSV and over any period.
 */
const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)} %`);
const days = (n: number | null) => (n === null ? '—' : `${n} j. ouvré${n > 1 ? 's' : ''}`);
const AGE_FR: Record<(typeof AGE_BANDS)[number]['name'], string> = { days0to7: 'moins d’une semaine', days8to30: '8 à 30 jours', days31to90: '31 à 90 jours', over90days: 'plus de 90 jours' };

export function register(app: App, deps: HttpDeps) {
  app.get('/agent/statistiques', async (c) => {
    const actor = await agentOf(c, deps);
    if (!actor) return agentSignIn(c, deps, '/agent/statistiques');
    const today = cityDay(deps.core.clock.now());
    const range = { from: addDays(today, -29), to: today, by: ['directorate' as const] };
    const [v, d, b, s, directorates] = await Promise.all([
      volumes(deps.core, actor, range),
      deadlines(deps.core, actor, range),
      backlog(deps.core, actor, { by: ['directorate'] }),
      satisfaction(deps.core, actor, range),
      deps.core.store.catalogue.listDirectorates(),
    ]);
    const name = new Map(directorates.map((x) => [x.id, x.name]));
    const ids = [...new Set([...v.lines, ...d.lines, ...b.lines, ...s.lines].map((l) => l.directorateId!))].sort((x, y) => (name.get(x) ?? x).localeCompare(name.get(y) ?? y, 'fr'));
    const of = <L extends { directorateId?: string }>(lines: L[], id: string) => lines.find((l) => l.directorateId === id);
    return sendPage(
      c,
      deps,
      <AgentPage deps={deps} actor={actor} title="Statistiques" section="agent-stats">
        <h1>Statistiques</h1>
        <p>Les 30 derniers jours (du {range.from.split('-').reverse().join('/')} au {today.split('-').reverse().join('/')}), pour les directions que vous suivez.</p>
        <table>
          <caption>Demandes et réponses, 30 derniers jours</caption>
          <thead>
            <tr>
              <th scope="col">Direction</th>
              <th scope="col">Demandes reçues</th>
              <th scope="col">dont en ligne</th>
              <th scope="col">Réponses</th>
              <th scope="col">Dans les délais</th>
              <th scope="col">Délai médian</th>
              <th scope="col">Satisfaction</th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => {
              const vl = of(v.lines, id);
              const dl = of(d.lines, id);
              const sl = of(s.lines, id);
              return (
                <tr>
                  <th scope="row">{name.get(id) ?? id}</th>
                  <td>{vl?.received ?? 0}</td>
                  <td>{pct(vl?.onlineShare ?? null)}</td>
                  <td>{dl?.answered ?? 0}</td>
                  <td>{pct(dl?.deadlinesMetRate ?? null)}</td>
                  <td>{days(dl?.businessDaysP50 ?? null)}</td>
                  <td>{sl?.averageScore != null ? `${String(sl.averageScore).replace('.', ',')} / 5 (${sl.answered} avis)` : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <table>
          <caption>Demandes en cours aujourd’hui, selon leur ancienneté</caption>
          <thead>
            <tr>
              <th scope="col">Direction</th>
              <th scope="col">En cours</th>
              {AGE_BANDS.map((band) => (
                <th scope="col">{AGE_FR[band.name]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => {
              const bl = of(b.lines, id);
              return (
                <tr>
                  <th scope="row">{name.get(id) ?? id}</th>
                  <td>{bl?.open ?? 0}</td>
                  {AGE_BANDS.map((band) => (
                    <td>{bl?.[band.name] ?? 0}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </AgentPage>,
    );
  });
}
