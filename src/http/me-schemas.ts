import { z } from '@hono/zod-openapi';
import type { PublicCase, PublicEvent } from '../core/me/public-view.js';
import { ChannelSchema, StatusSchema, Timestamp } from './schemas.js';

/** What residents see of their cases: public fields and public timeline only. */
export const PublicDirectorateSchema = z
  .object({
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    openingHours: z.string().nullable(),
  })
  .openapi('PublicDirectorate', { description: 'The service in charge and how to reach it' });

export const MyCaseSchema = z
  .object({
    id: z.uuid(),
    reference: z.string().openapi({ example: '26-K7M4-Q9XC' }),
    status: StatusSchema,
    statusLabel: z.string().openapi({ example: 'Transmise au service compétent' }),
    requestType: z.object({ code: z.string(), label: z.string() }),
    directorate: PublicDirectorateSchema,
    channel: ChannelSchema,
    description: z.string().nullable(),
    receivedAt: Timestamp,
    updatedAt: Timestamp,
    expectedAnswerAt: Timestamp.nullable().openapi({ description: 'Expected answer date (business days, French public holidays); null while the city waits for the resident' }),
    remainingBusinessDays: z.number().int().nullable().openapi({ description: 'While the city waits for the resident: the business days it will take once they answer' }),
    expectedAnswerFr: z.string().nullable().openapi({ description: 'The expected answer as the resident reads it', example: 'En attente de votre réponse — réponse prévue 3 jours ouvrés après votre retour.' }),
    implicitDecisionFr: z.array(z.string()).nullable().openapi({ description: 'While a decision is awaited: the day the administration’s silence decides (acceptance or rejection, CRPA) and, for a rejection, how to appeal; null when the request expects no decision' }),
    awaitingResident: z.boolean(),
  })
  .openapi('MyCase');

export const PublicEventSchema = z
  .object({
    id: z.uuid(),
    type: z.string().openapi({ example: 'status_changed' }),
    at: Timestamp,
    statusLabel: z.string().optional(),
    message: z.string().optional(),
    byResident: z.boolean().optional(),
    attachments: z.array(z.object({ id: z.uuid(), filename: z.string(), contentType: z.string(), size: z.number().int() })).optional(),
  })
  .openapi('PublicEvent');

export const myCaseBody = (c: PublicCase) => ({
  ...c,
  receivedAt: c.receivedAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
  expectedAnswerAt: c.expectedAnswerAt?.toISOString() ?? null,
});

export const publicEventBody = (e: PublicEvent) => ({ ...e, at: e.at.toISOString() });

export const SESSION_SECURITY = [{ session: [] as string[] }];
