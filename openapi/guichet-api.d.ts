/**
 * Guichet API types for clients, generated from openapi.json by openapi-typescript (`npm run openapi`).
 * Do not edit: the drift test compares them with the route definitions.
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This instance can serve: the database answers (Temporal’s state is reported, never a reason to leave the pool) */
        get: operations["readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sign-in buttons a front-end should show */
        get: operations["listIdentityProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start signing in through FranceConnect, FranceConnect+, ProConnect or the city IdP
         * @description Redirects the browser to the provider with a fresh state and nonce (kept server-side, single-use, 10 minutes) and, where the provider accepts it, PKCE. `acr` asks for a level of assurance (FranceConnect: eidas1; FranceConnect+: eidas2 or eidas3).
         */
        get: operations["login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/callback/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the provider sends the browser back
         * @description Checks state (single-use, bound to the browser), exchanges the code, verifies the ID token (pinned algorithm, signature, iss, aud, exp, nonce, acr) and userinfo (same `sub`; FranceConnect+: signed and encrypted), links the identity, then opens a session behind a `__Host-` cookie (Secure, HttpOnly, SameSite=Lax) and redirects to `returnTo`.
         */
        get: operations["loginCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out here and at the provider
         * @description Ends the local session at once, then redirects to the provider's `session/end` with `id_token_hint`, the configured `post_logout_redirect_uri` and a fresh `state`, which `/auth/logged-out` checks.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logged-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the provider's logout returns (post_logout_redirect_uri)
         * @description Checks the `state` sent at logout (single-use); without one (a provider without RP-initiated logout), simply confirms.
         */
        get: operations["loggedOut"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Guichet's public encryption keys
         * @description FranceConnect+ encrypts ID tokens and userinfo to these keys (register this URL as the client jwks_uri). Public halves only.
         */
        get: operations["serviceJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every request of the signed-in resident, whatever the channel
         * @description Cases filed by letter, phone, email, at the counter, on the website or a social network, once the identity is linked to the resident record.
         */
        get: operations["listMyCases"];
        put?: never;
        /**
         * File a new request online (channel web)
         * @description Some request types need a stronger sign-in (see `minAcr` on request types): below it the answer is 403 `insufficient-assurance` with `requiredAcr`. Send `Idempotency-Key` so a double click files one request.
         */
        post: operations["createMyCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of my requests with its public timeline
         * @description Never internal notes. Another resident’s case answers 404, like a missing one.
         */
        get: operations["getMyCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/cases/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a question or add information
         * @description When the city waits for the resident (`awaitingResident`), the answer hands the case back and resumes the paused deadline. Closed, rejected or merged cases take no more messages (409).
         */
        post: operations["postMyMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/cases/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file to one of my requests
         * @description Then send its id in `attachmentIds` of a message. Size-limited (413); the type is checked from the content (415).
         */
        post: operations["uploadMyAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/cases/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file of one of my requests (mine, or sent to me on a public message) */
        get: operations["getMyAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/cases/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a resolved request, saying why */
        post: operations["reopenMyCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who looked at my file
         * @description Every read of the resident’s record or cases by an agent or an application of the city, newest first (RGPD transparency).
         */
        get: operations["myAccessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File a request without signing in (city website form)
         * @description Answers the reference and the tracking code, the two things needed to follow the request at `GET /v1/public/cases/{reference}`. Limited per address (429 with Retry-After). Request types that need a FranceConnect+ sign-in answer 403.
         */
        post: operations["createPublicCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/cases/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a request with its reference and tracking code
         * @description Status, expected answer date, the service in charge and the dated steps; no personal data. A wrong code answers the same 404 as an unknown reference; repeated failures from one address answer 429.
         */
        get: operations["trackPublicCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/confirmer/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The confirmation link sent to an unverified address
         * @description A French page with one button that confirms the address (see the POST).
         */
        get: operations["contactConfirmationPage"];
        put?: never;
        /**
         * Confirm that an address is the resident’s
         * @description The address becomes a verified contact point (`verifiedBy: confirmation`). A link works once, for 30 days; an unknown, used or expired one answers 404 with a French page.
         */
        post: operations["confirmContactPoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cases, newest first, with filters
         * @description Directorate agents see only their directorate's cases. Follow `nextCursor` until it is null.
         */
        get: operations["listCases"];
        put?: never;
        /**
         * Record a request from any channel
         * @description Creates a case. Send an `Idempotency-Key` header: a retry with the same key returns the first result (header `Idempotent-Replayed: true`) and never a second case.
         */
        post: operations["createCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a case */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a case's full timeline
         * @description Every change to a case writes an immutable event; `public` events are what the resident sees. Oldest first, a page at a time (`limit`, default 100, at most 500): follow `nextCursor` until it is null.
         */
        get: operations["listCaseEvents"];
        put?: never;
        /** Add an internal note or a public message to a case */
        post: operations["addCaseEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/events/{eventId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a message held as unverified
         * @description A message that named this case (reference in the subject, a reply to one of our messages) from a sender not proved to be its resident is kept as an internal `unverified_message` and resumes nothing. Accepting it adds it to the public timeline as the resident's message and, when the case waits for the resident, resumes its deadline. 404 for any other event; 409 when accepted already.
         */
        post: operations["acceptUnverifiedMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a case along its lifecycle
         * @description An illegal transition answers 409 with the statuses allowed from the current one. Use /merge to merge and /escalate to hand a case to a directorate (both answer 409 here). On an escalated case, awaiting_resident pauses its deadline and going back to in_progress resumes it.
         */
        post: operations["changeCaseStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a case to an agent (or unassign it) */
        post: operations["assignCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand a case to the competent directorate */
        post: operations["escalateCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a duplicate case into its master case
         * @description The duplicate ends `merged` with `mergedInto` set; both timelines record the link.
         */
        post: operations["mergeCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a file to a case (a scanned letter, a photo)
         * @description Recorded on the internal timeline. Size-limited (413); the type is checked from the content, not the name (415).
         */
        post: operations["uploadCaseAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file attached to a case */
        get: operations["getCaseAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/acknowledgement.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The acknowledgement as a PDF: the receipt printed at the counter, the letter posted for a postal request
         * @description Date of receipt, the service in charge with its contact details, the expected answer date (CRPA L112-3, R112-5) and a tracking code for following the request at `/suivi/{reference}` — a fresh one at each print (earlier codes stay valid; only hashes are kept). The read is in the resident’s access log.
         */
        get: operations["caseAcknowledgementPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take an escalated case in charge (directorate)
         * @description Moves the case from escalated to in_progress and stops the acceptance reminders. 409 if the case is not escalated.
         */
        post: operations["acceptCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer an escalated case to another directorate, with a reason
         * @description The deadline keeps running. Beyond the configured number of transfers, supervisors are alerted.
         */
        post: operations["transferCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/directorates/{id}/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A directorate's queue of open escalated cases, soonest deadline first
         * @description Each case carries `dueAt` and `deadlineState` (`on_track`, `at_risk`, `breached`, or `paused` while waiting for the resident).
         */
        get: operations["getDirectorateQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{id}/absence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark an agent absent or present
         * @description Escalations are assigned to the least-loaded present agent of the directorate; absent agents get none.
         */
        put: operations["setAgentAbsence"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in agent’s alert inbox, newest first
         * @description Directorate agents see their directorate’s alerts; supervisors those of the directorates they supervise (all, for a supervisor with none assigned); admins all. Counter agents and integrators: 403.
         */
        get: operations["listAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an alert read (for the signed-in agent) */
        post: operations["markAlertRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/telephony/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A call event from the telephony system: answers the screen pop
         * @description Posted by the city's CTI (Wazo, Asterisk…) with the key of the agent's workstation. Answers the residents holding the caller's number with their open cases, records the call on their records (once per call and event) and logs every read in the residents' access logs, at the server's time. The agent then records or updates a case with channel `phone`.
         */
        post: operations["reportCallEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/postal-mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The mail room records a scanned letter as a case (channel postal)
         * @description multipart/form-data: `file` (the scan: PDF or image, type checked from the content, size-limited) and the fields below. The case and its scan are written together. The sender is a resident id, or the name and address written on the letter.
         */
        post: operations["recordPostalLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbound/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand over one email as raw MIME (for mail servers that do not relay by SMTP)
         * @description Body: the message exactly as received (`Content-Type: message/rfc822`). Same handling as the SMTP listener: threaded or a new case, acknowledged unless it is automatic mail, or quarantined with a reason. A second delivery of the same Message-ID is recorded once. The sender is checked (DMARC, or the trusted relay's Authentication-Results): a message that names a case by its reference or Message-ID but whose sender is not proved to be that case's resident is `held` on the case as an internal unverified message for an agent to accept.
         */
        post: operations["ingestEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/sms-gateway": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The SMS gateway's delivery report
         * @description Signed by the gateway: `X-Signature: sha256=<HMAC-SHA256 of the body with SMS_GATEWAY_SECRET>`. The status goes on the case timeline.
         */
        post: operations["smsDeliveryReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/facebook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Facebook's subscription check (hub.challenge) */
        get: operations["facebookWebhookVerify"];
        put?: never;
        /**
         * Messages to the city's Facebook page
         * @description Checked with `X-Hub-Signature-256` (HMAC-SHA256 of the body with the app secret). Each message threads onto the conversation’s open case or opens one; the answer goes back through Messenger.
         */
        post: operations["facebookWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Letters waiting to be printed and posted (residents without email or mobile) */
        get: operations["listLettersToPrint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/letters/{id}/letter.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One letter as a PDF, addressed to the resident */
        get: operations["printLetter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/letters/{id}/posted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a letter as posted */
        post: operations["markLetterPosted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/residents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find a resident from one search box
         * @description `q` may be a name or part of one (accents, case and small typos ignored), a phone number in any French format, an email, or a case reference. Best matches first.
         */
        get: operations["searchResidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/residents/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Possible duplicate resident records, for an agent to merge or dismiss
         * @description Pairs with similar names that share a contact point or a birth date.
         */
        get: operations["listDuplicateResidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/residents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A resident's record with all their cases (360° view)
         * @description Each read is recorded in the resident's access log. Send `X-Access-Purpose` to say why (e.g. "appel entrant").
         */
        get: operations["getResident"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/residents/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a duplicate record into this one
         * @description Cases and contact points of `duplicateId` move to this record. The answer is the audit entry; POST /v1/resident-merges/{id}/undo reverses it.
         */
        post: operations["mergeResidents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/residents/{id}/not-duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say that two records are different people
         * @description The pair stops being proposed as a possible duplicate.
         */
        post: operations["dismissDuplicateResidents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/residents/{id}/contact-points/{contactPointId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a contact point with the resident (counter, phone)
         * @description The agent checked with the resident that this address or number is theirs: it becomes verified (`verifiedBy: agent`) and receives news of all their requests. 409 when it is verified already.
         */
        post: operations["verifyContactPoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resident-merges/{id}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo a resident merge
         * @description Moves back exactly the cases and contact points the merge moved, and reactivates the merged record.
         */
        post: operations["undoResidentMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * First FranceConnect sign-ins that could be several residents
         * @description Never linked automatically: an agent confirms which record, if any, is this person.
         */
        get: operations["listIdentityLinkCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity-links/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm or reject that a sign-in is this resident
         * @description Confirming merges the record created at sign-in into the existing one (undoable like any merge) and links the identity to it.
         */
        post: operations["decideIdentityLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every agent, active or not */
        get: operations["listAgents"];
        put?: never;
        /**
         * Create an agent
         * @description The agent signs in through ProConnect or the city IdP (bound on first login by their verified email), or gets an API key. Recorded in the audit trail.
         */
        post: operations["createAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/agents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an agent: name, email, role, directorate; deactivate or reactivate
         * @description A deactivated agent can no longer sign in and their API keys stop working at once in every process. Send `If-Match` with the ETag you read: a stale one answers 412. An admin cannot deactivate themselves or give up their own administration (409). Recorded in the audit trail with the record before and after.
         */
        patch: operations["updateAgent"];
        trace?: never;
    };
    "/v1/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every API key, revoked or not (never the secrets) */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Issue an API key (the secret is in this answer only)
         * @description A key with an agent role belongs to that agent and follows their role, directorate and status; an integrator key stands alone, its reach set by its scopes.
         */
        post: operations["issueApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a key: it stops working at once, in every process */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/api-keys/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a key: a new secret with the same label, role, agent and scopes; the old one stops now or after an overlap
         * @description The new key continues the old one’s lineage: the cases the integrator filed and its webhook subscriptions stay its own.
         */
        post: operations["rotateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail of administrative changes: who changed what, when, before and after
         * @description Newest first; append-only (the database refuses to change or delete a line). Filter by `entity` and `entityId`.
         */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/directorates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Directorates with every administered field */
        get: operations["adminListDirectorates"];
        put?: never;
        /** Create a directorate */
        post: operations["createDirectorate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/directorates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a directorate: contact, hours, alert mailbox, closure days
         * @description Closure days are counted out of the deadlines of cases escalated afterwards (and of the dates shown).
         */
        patch: operations["updateDirectorate"];
        trace?: never;
    };
    "/v1/admin/request-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Request types, inactive ones included */
        get: operations["adminListRequestTypes"];
        put?: never;
        /** Create a request type */
        post: operations["createRequestType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/request-types/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a request type (deactivate it rather than delete it: its cases keep it) */
        patch: operations["updateRequestType"];
        trace?: never;
    };
    "/v1/admin/knowledge-articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Knowledge articles, drafts and retired ones included */
        get: operations["adminListArticles"];
        put?: never;
        /** Write a knowledge article (a draft unless said otherwise) */
        post: operations["createArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/knowledge-articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit, publish or retire a knowledge article
         * @description Search finds published articles only, and their new text at once (French full text).
         */
        patch: operations["updateArticle"];
        trace?: never;
    };
    "/v1/admin/routing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Routing rules: postcode sector → directorate */
        get: operations["listRoutingRules"];
        /**
         * Replace the routing rules
         * @description Escalating a case with a postcode follows the most specific rule (one for its type before one for every type, the longest prefix first), else the type’s owner. The whole set is replaced in one transaction and audited.
         */
        put: operations["replaceRoutingRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole catalogue as one JSON document */
        get: operations["exportCatalogue"];
        /**
         * Import a catalogue document: new entries created, changed ones updated, in one transaction
         * @description Nothing is deleted. Every change is in the audit trail as `imported`. A document with one bad entry changes nothing.
         */
        put: operations["importCatalogue"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/catalogue/request-types.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Request types as CSV (code, label, category, directorateId, complexity, deadlineDays, active, autoEscalate, minAcr, publicReport, retentionDays, implicitDecision, implicitDecisionMonths, appealRoutes, extraFields) */
        get: operations["exportRequestTypesCsv"];
        /** Import request types from CSV */
        put: operations["importRequestTypesCsv"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/catalogue/knowledge-articles.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Knowledge articles as CSV (slug, title, body, requestTypeCode, status) */
        get: operations["exportArticlesCsv"];
        /** Import knowledge articles from CSV */
        put: operations["importArticlesCsv"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your subscriptions (an admin sees every one); never their secrets */
        get: operations["listWebhookSubscriptions"];
        put?: never;
        /**
         * Subscribe to case events (the signing secret is in this answer only)
         * @description Deliveries are signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature` with HMAC-SHA256 `v1`): verify them with the secret (`whsec_…`) and any Standard Webhooks library. Body: `{type, timestamp, data: {eventId, sequence, case: {…public fields}, change: {from, to, message, answer}}}`. Retried with exponential backoff for 3 days; each case’s events arrive in order; deduplicate on `webhook-id`.
         */
        post: operations["createWebhookSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unsubscribe: nothing more is sent, pending deliveries included */
        delete: operations["deleteWebhookSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret; for 24 hours deliveries carry both signatures */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log, newest first */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send again one delivery, or every delivery since a time (a disabled subscription resumes) */
        post: operations["replayWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The events webhooks carry, read by polling (for receivers that cannot be called)
         * @description Oldest first, the same payloads as the webhooks (case public fields only). Keep `nextCursor` and pass it as `after`: nothing is missed or read twice, even when transactions commit out of order — an event appears once every earlier transaction has finished. With nothing new, `nextCursor` is the cursor you sent. Integrators and admins.
         */
        get: operations["readEventFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statistics/volumes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Requests received, and the share filed online
         * @description Directorate agents see their directorate; supervisors the directorates they supervise (all for a city-wide supervisor); admins all. Counter agents and integrators: 403.
         */
        get: operations["statisticsVolumes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statistics/first-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Requests answered on the spot (by channel unless broken down otherwise), and the articles that answer most
         * @description Directorate agents see their directorate; supervisors the directorates they supervise (all for a city-wide supervisor); admins all. Counter agents and integrators: 403.
         */
        get: operations["statisticsFirstContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statistics/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deadlines met and business days taken (by directorate unless broken down otherwise)
         * @description Directorate agents see their directorate; supervisors the directorates they supervise (all for a city-wide supervisor); admins all. Counter agents and integrators: 403.
         */
        get: operations["statisticsDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statistics/satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Residents’ satisfaction after closure (by directorate unless broken down otherwise)
         * @description Directorate agents see their directorate; supervisors the directorates they supervise (all for a city-wide supervisor); admins all. Counter agents and integrators: 403.
         */
        get: operations["statisticsSatisfaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statistics/flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Resolutions, reopenings and transfers (by directorate unless broken down otherwise)
         * @description Directorate agents see their directorate; supervisors the directorates they supervise (all for a city-wide supervisor); admins all. Counter agents and integrators: 403.
         */
        get: operations["statisticsFlow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statistics/backlog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Requests open today and how long they have waited (by directorate unless broken down otherwise)
         * @description Directorate agents see their directorate; supervisors the directorates they supervise (all for a city-wide supervisor); admins all. Counter agents and integrators: 403.
         */
        get: operations["statisticsBacklog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything the city holds on me (RGPD right of access) */
        get: operations["myDataExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/residents/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything held on a resident, for their written request (RGPD right of access)
         * @description Counter agents, supervisors and admins. Written in the resident’s access log (purpose: the right of access).
         */
        get: operations["residentDataExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/contact-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an email address or a phone number to my record (unverified until I follow the link sent to it) */
        post: operations["addMyContactPoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/contact-points/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one of my contact points */
        delete: operations["removeMyContactPoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/processing-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The register of processing activities entry for Guichet (RGPD art. 30), in French, from this installation’s configuration
         * @description Purposes, legal basis, data, recipients (the city’s integrators and technical processors as configured), retention periods (the request types’ own and the defaults), rights and security. `format=text` for the DPO’s register.
         */
        get: operations["processingRegister"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/residents/{id}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a resident’s data on their request (RGPD art. 17), except what the city must keep
         * @description Counter agents, supervisors and admins. Cases still being handled, and decisions that can still be challenged, are kept (`held`, with the reason in French); every other case is anonymised as retention would; when nothing is held, the record itself is emptied. `explanationFr` is the answer to send to the resident. Written in the access log with the reason.
         */
        post: operations["eraseResident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/request-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The catalogue of request types
         * @description The catalogue is small (tens of entries): it is returned whole, ordered by category and label.
         */
        get: operations["listRequestTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/directorates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The city's directorates */
        get: operations["listDirectorates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge-articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the knowledge base (French full text)
         * @description French stemming, accents ignored ("ecole" finds "école", "inscrire" finds "inscription"). Without `q`, lists articles by title.
         */
        get: operations["searchKnowledgeArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge-articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a knowledge article */
        get: operations["getKnowledgeArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Readiness: {
            /**
             * @description `ready`: all is well; `degraded`: cases are taken but Temporal is away (deadlines and reminders resume when it is back); `not_ready`: the database does not answer, or the process is stopping (`checks.process: stopping`)
             * @enum {string}
             */
            status: "ready" | "degraded" | "not_ready";
            checks: {
                [key: string]: string;
            };
        };
        IdentityProvider: {
            /** @example franceconnect */
            id: string;
            /** @enum {string} */
            kind: "franceconnect" | "franceconnect_plus" | "proconnect" | "city";
            /** @example FranceConnect */
            label: string;
            /** @enum {string} */
            audience: "resident" | "agent";
            /** @description Levels of assurance that may be asked with ?acr= */
            acrValues: string[];
            /** @example /auth/login/franceconnect */
            loginUrl: string;
        };
        Problem: {
            /**
             * @description A page of this installation saying what the problem means and what to do
             * @example https://guichet.ville.example/problems/validation-failed
             */
            type: string;
            title: string;
            status: number;
            /**
             * @description The stable name to test in code
             * @enum {string}
             */
            code: "not_found" | "route_not_found" | "forbidden" | "unauthenticated" | "validation_failed" | "invalid_transition" | "conflict" | "precondition_failed" | "idempotency_key_reused" | "identity_rejected" | "invalid_login_state" | "insufficient_assurance" | "rate_limited" | "bad_request" | "method_not_allowed" | "payload_too_large" | "unsupported_media_type" | "internal_error";
            detail?: string;
            /** @description The same in French, when it may be shown as is to a resident or an agent */
            detailFr?: string;
            instance?: string;
            requestId?: string;
            invalidFields?: {
                path: string;
                message: string;
            }[];
        };
        SignedOut: {
            /** @enum {boolean} */
            signedOut: true;
            message: string;
        };
        Jwks: {
            keys: {
                [key: string]: unknown;
            }[];
        };
        Me: {
            /** @enum {string} */
            kind: "resident" | "agent" | "integrator";
            /** @example resident */
            role: string;
            /** @description Level of assurance of the sign-in (eidas1…3) */
            acr: string | null;
            /** @description The resident record the identity is linked to; null while an agent confirms who you are */
            resident: {
                /** Format: uuid */
                id: string;
                givenName: string;
                familyName: string;
                /** @enum {string} */
                linkStatus: "linked" | "pending_review";
            } | null;
            agent: {
                id: string | null;
                displayName: string | null;
                directorateId: string | null;
            } | null;
            /** @description An integrator’s scopes (its key’s, or its token’s): what it may do; empty for people */
            scopes: ("cases:create" | "cases:read" | "cases:read:all" | "events:read" | "attachments:read" | "webhooks:manage" | "open311:submit" | "channels:ingest")[];
        };
        MyCasePage: {
            items: components["schemas"]["MyCase"][];
            nextCursor: string | null;
        };
        MyCase: {
            /** Format: uuid */
            id: string;
            /** @example 26-K7M4-Q9XC */
            reference: string;
            status: components["schemas"]["CaseStatus"];
            /** @example Transmise au service compétent */
            statusLabel: string;
            requestType: {
                code: string;
                label: string;
            };
            directorate: components["schemas"]["PublicDirectorate"];
            channel: components["schemas"]["Channel"];
            description: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            receivedAt: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @description Expected answer date (business days, French public holidays); null while the city waits for the resident
             * @example 2026-11-23T09:12:00.000Z
             */
            expectedAnswerAt: string | null;
            /** @description While the city waits for the resident: the business days it will take once they answer */
            remainingBusinessDays: number | null;
            /**
             * @description The expected answer as the resident reads it
             * @example En attente de votre réponse — réponse prévue 3 jours ouvrés après votre retour.
             */
            expectedAnswerFr: string | null;
            /** @description While a decision is awaited: the day the administration’s silence decides (acceptance or rejection, CRPA) and, for a rejection, how to appeal; null when the request expects no decision */
            implicitDecisionFr: string[] | null;
            awaitingResident: boolean;
        };
        /** @enum {string} */
        CaseStatus: "received" | "in_progress" | "escalated" | "awaiting_resident" | "resolved" | "closed" | "rejected" | "merged";
        /** @description The service in charge and how to reach it */
        PublicDirectorate: {
            name: string;
            email: string | null;
            phone: string | null;
            address: string | null;
            openingHours: string | null;
        };
        /** @enum {string} */
        Channel: "postal" | "phone" | "email" | "counter" | "web" | "social";
        MyCaseCreated: components["schemas"]["MyCase"] & {
            trackingCode: string;
        };
        MyCaseRequest: {
            requestTypeCode: string;
            description: string;
            location?: components["schemas"]["Location"];
            extra?: {
                [key: string]: string;
            };
        };
        Location: {
            address?: string;
            postcode?: string;
            latitude?: number;
            longitude?: number;
        };
        MyCaseDetail: components["schemas"]["MyCase"] & {
            timeline: components["schemas"]["PublicEvent"][];
        };
        PublicEvent: {
            /** Format: uuid */
            id: string;
            /** @example status_changed */
            type: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            at: string;
            statusLabel?: string;
            message?: string;
            byResident?: boolean;
            attachments?: {
                /** Format: uuid */
                id: string;
                filename: string;
                contentType: string;
                size: number;
            }[];
        };
        MyMessagePosted: {
            case: components["schemas"]["MyCase"];
            event: components["schemas"]["PublicEvent"];
        };
        MyMessage: {
            body: string;
            /** @description Files uploaded first with POST /v1/me/cases/{id}/attachments */
            attachmentIds?: string[];
        };
        Attachment: {
            /** Format: uuid */
            id: string;
            /** @example courrier.pdf */
            filename: string;
            /** @example application/pdf */
            contentType: string;
            size: number;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            createdAt: string;
        };
        ReopenRequest: {
            reason: string;
        };
        AccessLogPage: {
            items: components["schemas"]["AccessLogEntry"][];
            nextCursor: string | null;
        };
        AccessLogEntry: {
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            at: string;
            /** @example Agent voirie (démo) */
            who: string;
            role: string;
            /** @example Agent de direction */
            roleLabel: string;
            /** @example appel entrant */
            purpose: string | null;
            /** Format: uuid */
            caseId: string | null;
        };
        PublicCaseCreated: {
            /** @example 26-K7M4-Q9XC */
            reference: string;
            status: components["schemas"]["CaseStatus"];
            /** @example Transmise au service compétent */
            statusLabel: string;
            requestType: {
                code: string;
                label: string;
            };
            directorate: components["schemas"]["PublicDirectorate"];
            channel: components["schemas"]["Channel"];
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            receivedAt: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @description Expected answer date (business days, French public holidays); null while the city waits for the resident
             * @example 2026-11-23T09:12:00.000Z
             */
            expectedAnswerAt: string | null;
            /** @description While the city waits for the resident: the business days it will take once they answer */
            remainingBusinessDays: number | null;
            /**
             * @description The expected answer as the resident reads it
             * @example En attente de votre réponse — réponse prévue 3 jours ouvrés après votre retour.
             */
            expectedAnswerFr: string | null;
            /** @description While a decision is awaited: the day the administration’s silence decides (acceptance or rejection, CRPA) and, for a rejection, how to appeal; null when the request expects no decision */
            implicitDecisionFr: string[] | null;
            awaitingResident: boolean;
            trackingCode: string;
        };
        PublicCaseRequest: {
            requestTypeCode: string;
            description: string;
            location?: components["schemas"]["Location"];
            extra?: {
                [key: string]: string;
            };
            /** @description Optional: who to answer. Kept as unverified contact points. */
            resident?: {
                givenName: string;
                familyName: string;
                email?: string;
                phone?: string;
            };
        };
        TrackedCase: {
            /** @example 26-K7M4-Q9XC */
            reference: string;
            status: components["schemas"]["CaseStatus"];
            /** @example Transmise au service compétent */
            statusLabel: string;
            requestType: {
                code: string;
                label: string;
            };
            directorate: components["schemas"]["PublicDirectorate"];
            channel: components["schemas"]["Channel"];
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            receivedAt: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @description Expected answer date (business days, French public holidays); null while the city waits for the resident
             * @example 2026-11-23T09:12:00.000Z
             */
            expectedAnswerAt: string | null;
            /** @description While the city waits for the resident: the business days it will take once they answer */
            remainingBusinessDays: number | null;
            /**
             * @description The expected answer as the resident reads it
             * @example En attente de votre réponse — réponse prévue 3 jours ouvrés après votre retour.
             */
            expectedAnswerFr: string | null;
            /** @description While a decision is awaited: the day the administration’s silence decides (acceptance or rejection, CRPA) and, for a rejection, how to appeal; null when the request expects no decision */
            implicitDecisionFr: string[] | null;
            awaitingResident: boolean;
            timeline: {
                /** Format: uuid */
                id: string;
                /** @example status_changed */
                type: string;
                /**
                 * Format: date-time
                 * @example 2026-11-23T09:12:00.000Z
                 */
                at: string;
                statusLabel?: string;
                byResident?: boolean;
                attachments?: {
                    /** Format: uuid */
                    id: string;
                    filename: string;
                    contentType: string;
                    size: number;
                }[];
            }[];
        };
        CreateCaseResponse: components["schemas"]["Case"] & {
            /**
             * @description Secret for anonymous follow-up; shown once to the resident
             * @example K7M4-Q9XC-2B3D
             */
            trackingCode: string;
            /** @enum {string|null} */
            residentOutcome: "existing" | "matched" | "created" | "created_possible_duplicate" | null;
        };
        /** @enum {string} */
        Priority: "low" | "normal" | "high" | "urgent";
        Case: {
            /**
             * Format: uuid
             * @example 01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f
             */
            id: string;
            /**
             * @description Short, read over the phone; printed on letters
             * @example 26-K7M4-Q9XC
             */
            reference: string;
            channel: components["schemas"]["Channel"];
            requestTypeCode: string;
            directorateId: string;
            residentId: string | null;
            description: string;
            location: components["schemas"]["Location"] | null;
            priority: components["schemas"]["Priority"];
            status: components["schemas"]["CaseStatus"];
            /**
             * @description What the resident reads (French)
             * @example Reçue
             */
            statusLabel: string;
            assigneeId: string | null;
            mergedInto: string | null;
            answeredByArticleId: string | null;
            extra: {
                [key: string]: string;
            };
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            escalatedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            acceptedAt: string | null;
            /**
             * Format: date-time
             * @description Expected answer date (business days, Europe/Paris); null until escalated and while waiting for the resident
             * @example 2026-11-23T09:12:00.000Z
             */
            dueAt: string | null;
            /** @enum {string|null} */
            deadlineState: "on_track" | "at_risk" | "breached" | "paused" | null;
            /** @description While waiting for the resident: the business minutes left on the deadline, counted again from their answer */
            remainingBusinessMinutes: number | null;
            transferCount: number;
            version: number;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            updatedAt: string;
        };
        CreateCaseRequest: {
            channel: components["schemas"]["Channel"];
            requestTypeCode: string;
            description: string;
            resident?: {
                /**
                 * Format: uuid
                 * @example 01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f
                 */
                id: string;
            } | components["schemas"]["InlineResident"];
            location?: components["schemas"]["Location"];
            priority?: components["schemas"]["Priority"];
            extra?: {
                [key: string]: string;
            };
            /** @description Resolve at once (first-contact resolution) with the knowledge article that answered */
            resolution?: {
                articleId: string;
                answer?: string;
            };
        };
        /** @description A resident described inline: reused when name and a contact point clearly match, otherwise created */
        InlineResident: {
            givenName: string;
            familyName: string;
            /** Format: date */
            birthDate?: string;
            email?: string;
            phone?: string;
            postalAddress?: string;
            socialHandle?: string;
        };
        CaseList: {
            items: components["schemas"]["Case"][];
            nextCursor: string | null;
        };
        CaseEventList: {
            items: components["schemas"]["CaseEvent"][];
            nextCursor: string | null;
        };
        CaseEvent: {
            /**
             * Format: uuid
             * @example 01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f
             */
            id: string;
            /**
             * Format: uuid
             * @example 01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f
             */
            caseId: string;
            /** @example status_changed */
            type: string;
            /** @enum {string} */
            visibility: "public" | "internal";
            actorId: string | null;
            data: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            createdAt: string;
        };
        AddCaseEventRequest: {
            /**
             * @description `note`: internal, agents only. `message`: public, the resident sees it.
             * @enum {string}
             */
            kind: "note" | "message";
            body: string;
        };
        ChangeStatusRequest: {
            status: components["schemas"]["CaseStatus"];
            /** @description For the resident: the answer when resolving, the reason when rejecting, the question when awaiting them */
            message?: string;
            /** @description With awaiting_resident: the message lists items missing from the request (CRPA L114-5). For a request expecting a decision, the resident is told that the implicit decision’s period starts only when they arrive, and it starts again then */
            missingItems?: boolean;
            /**
             * Format: date
             * @description With missingItems: the day to send them by (told to the resident)
             */
            replyBy?: string;
        };
        AssignCaseRequest: {
            /** @description An agent id, or null to put the case back in the queue */
            assigneeId: string | null;
        };
        EscalateCaseRequest: {
            /** @description Defaults to the request type's owning directorate */
            directorateId?: string;
            reason?: string;
        };
        MergeCaseRequest: {
            /**
             * Format: uuid
             * @example 01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f
             */
            masterCaseId: string;
        };
        TransferCaseRequest: {
            directorateId: string;
            /** @description Why the case belongs elsewhere (internal) */
            reason: string;
        };
        StaffAlertList: {
            items: components["schemas"]["StaffAlert"][];
            nextCursor: string | null;
        };
        StaffAlert: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            /** @example 26-K7M4-Q9XC */
            reference: string;
            /**
             * @description What happened
             * @enum {string}
             */
            kind: "acceptance_reminder" | "not_accepted_alert" | "deadline_at_risk" | "deadline_breached" | "transfer_loop_alert" | "reopened_by_resident";
            /**
             * @description Who the alert is addressed to: the directorate’s team or its supervisors
             * @enum {string}
             */
            audience: "directorate" | "supervisor";
            /** @description The directorate in charge when the alert was raised */
            directorateId: string;
            /** @description The resident’s words, when they reopened the case */
            message: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the signed-in agent marked it read
             * @example 2026-11-23T09:12:00.000Z
             */
            readAt: string | null;
        };
        ScreenPop: {
            /** @description E.164; null when withheld or not a phone number */
            caller: string | null;
            residents: (components["schemas"]["Resident"] & {
                openCases: components["schemas"]["Case"][];
            })[];
        };
        /** @description Notifications about a case go to the points given for that case, and to verified points; a point another request added, unverified, receives nothing. */
        ContactPoint: {
            /**
             * Format: uuid
             * @example 01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f
             */
            id: string;
            /** @enum {string} */
            kind: "email" | "phone" | "postal_address" | "social";
            value: string;
            verified: boolean;
            /**
             * @description Where it came from: typed by an agent, asserted by FranceConnect, or claimed through the anonymous form, an email, a social message or an integrator
             * @enum {string}
             */
            provenance: "legacy" | "agent" | "integrator" | "web_form" | "email" | "social" | "franceconnect" | "resident";
            /**
             * @description How it was verified: confirmed by an agent, asserted by FranceConnect, or a confirmation link followed
             * @enum {string|null}
             */
            verifiedBy: "agent" | "franceconnect" | "confirmation" | null;
        };
        Resident: {
            /**
             * Format: uuid
             * @example 01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f
             */
            id: string;
            givenName: string;
            familyName: string;
            birthDate: string | null;
            contactPoints: components["schemas"]["ContactPoint"][];
            /** @description Set when this record was merged into another */
            mergedInto: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            updatedAt: string;
        };
        CallEvent: {
            /**
             * @description The telephony system's call id
             * @example 1732271234.42
             */
            callId: string;
            /** @enum {string} */
            event: "ringing" | "answered" | "ended";
            /**
             * @description As the CTI sends it; null or "anonymous" when withheld
             * @example 0612345678
             */
            callerNumber: string | null;
            /**
             * Format: date-time
             * @description Accepted for compatibility with CTIs that send it, and ignored: calls and access-log lines carry the server’s time
             * @example 2026-11-23T09:12:00Z
             */
            at?: string;
        };
        PostalLetterRecorded: components["schemas"]["Case"] & {
            trackingCode: string;
            /** Format: uuid */
            scanAttachmentId: string | null;
        };
        PostalLetterForm: {
            requestTypeCode: string;
            description: string;
            priority?: components["schemas"]["Priority"];
            /** Format: uuid */
            residentId?: string;
            givenName?: string;
            familyName?: string;
            postalAddress?: string;
            phone?: string;
            email?: string;
            /** Format: binary */
            file?: string;
        };
        InboundEmailOutcome: {
            /** @enum {string} */
            outcome: "created" | "threaded" | "held" | "duplicate" | "quarantined";
            /** Format: uuid */
            caseId: string | null;
            reference: string | null;
            /** @description Why it was quarantined (French, for agents) */
            reason: string | null;
        };
        SmsDeliveryReport: {
            id: string;
            /** @enum {string} */
            status: "delivered" | "failed";
        };
        FacebookWebhook: {
            [key: string]: unknown;
        };
        LetterToPrint: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            reference: string;
            kind: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            createdAt: string;
        };
        ResidentSearchResult: {
            items: {
                resident: components["schemas"]["Resident"];
                /** @enum {string} */
                matchedOn: "name" | "phone" | "email" | "reference";
                openCases: number;
            }[];
        };
        DuplicateResidentList: {
            items: {
                residentA: components["schemas"]["Resident"];
                residentB: components["schemas"]["Resident"];
                /**
                 * @example [
                 *       "shared_phone"
                 *     ]
                 */
                reasons: string[];
                /**
                 * Format: date-time
                 * @example 2026-11-23T09:12:00.000Z
                 */
                detectedAt: string;
            }[];
            nextCursor: string | null;
        };
        ResidentRecord: components["schemas"]["Resident"] & {
            /** @description Every case of the resident across channels, newest first */
            cases: components["schemas"]["Case"][];
            certifiedIdentities: components["schemas"]["CertifiedIdentity"][];
            /** @description Calls from this resident’s numbers reported by the telephony system, newest first */
            recentCalls: {
                callId: string;
                /** @enum {string} */
                event: "ringing" | "answered" | "ended";
                caller: string | null;
                agentId: string | null;
                /** Format: date-time */
                at: string;
            }[];
        };
        /** @description Certified by the national register through FranceConnect; no API edits them. */
        CertifiedIdentity: {
            /** @example franceconnect */
            provider: string;
            /**
             * Format: uri
             * @description The issuer that certified these attributes
             */
            source: string;
            /**
             * @description Level of assurance of the login that sent them
             * @example eidas1
             */
            level: string | null;
            givenName: string | null;
            familyName: string | null;
            /** @description Usage name (nom d'usage) */
            preferredUsername: string | null;
            birthDate: string | null;
            /** @enum {string|null} */
            gender: "male" | "female" | null;
            /** @description INSEE code of the commune of birth; null when born abroad */
            birthplace: string | null;
            /** @description INSEE code of the country of birth (99100: France) */
            birthcountry: string | null;
            /** @enum {string} */
            linkStatus: "linked" | "pending_review" | "new_record";
            /** Format: date-time */
            lastSeenAt: string;
        };
        ResidentMerge: {
            /**
             * Format: uuid
             * @example 01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f
             */
            id: string;
            /**
             * Format: uuid
             * @example 01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f
             */
            survivorId: string;
            /**
             * Format: uuid
             * @example 01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f
             */
            mergedId: string;
            movedCaseIds: string[];
            movedContactPointIds: string[];
            mergedBy: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            undoneAt: string | null;
            undoneBy: string | null;
        };
        IdentityLinkCandidate: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The existing record this sign-in could be
             */
            residentId: string;
            /**
             * Format: uuid
             * @description The record created at the sign-in, merged into residentId on confirmation
             */
            identityResidentId: string | null;
            provider: string;
            level: string | null;
            certified: {
                givenName: string;
                familyName: string;
                preferredUsername: string | null;
                birthDate: string;
                birthplace: string | null;
                birthcountry: string;
            } | null;
            /**
             * @example [
             *       "same_family_name",
             *       "same_given_name",
             *       "no_birth_date_on_record"
             *     ]
             */
            reasons: string[];
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            createdAt: string;
        };
        IdentityLinkDecision: {
            /** @enum {string} */
            decision: "confirmed" | "rejected";
        };
        Agent: {
            /** @example j.martin */
            id: string;
            displayName: string;
            email: string | null;
            /** @enum {string} */
            role: "counter_agent" | "directorate_agent" | "supervisor" | "admin";
            directorateId: string | null;
            /** @description false: the agent can no longer sign in, and their API keys stop working at once */
            active: boolean;
            absent: boolean;
            /** @description Also sent as the ETag; send it back in If-Match */
            version: number;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            updatedAt: string | null;
        };
        /** @description A key as administration sees it: never the secret, never its hash. */
        ApiKey: {
            id: string;
            label: string;
            /** @enum {string} */
            role: "counter_agent" | "directorate_agent" | "supervisor" | "admin" | "integrator";
            agentId: string | null;
            directorateId: string | null;
            scopes: ("cases:create" | "cases:read" | "cases:read:all" | "events:read" | "attachments:read" | "webhooks:manage" | "open311:submit" | "channels:ingest")[];
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            revokedAt: string | null;
            revokedBy: string | null;
            /** @description The key that replaced this one when it was rotated */
            replacedBy: string | null;
            /**
             * Format: date-time
             * @description Rotated with an overlap: when this key stops working
             * @example 2026-11-23T09:12:00.000Z
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @description Last authenticated use (to within half a minute); null when never used
             * @example 2026-11-23T09:12:00.000Z
             */
            lastUsedAt: string | null;
        };
        /** @description A key as administration sees it: never the secret, never its hash. */
        IssuedApiKey: components["schemas"]["ApiKey"] & {
            /**
             * @description The secret, shown this once: only its hash is kept
             * @example gk_integrator_…
             */
            key: string;
        };
        AuditEntry: {
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            at: string;
            /** @description The agent (or key) that made the change */
            actor: string;
            actorLabel: string | null;
            /** @enum {string} */
            entity: "agent" | "api_key" | "directorate" | "request_type" | "knowledge_article" | "routing_rules";
            entityId: string;
            /** @example deactivated */
            action: string;
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
        };
        AdminDirectorate: {
            id: string;
            code: string;
            name: string;
            /** Format: email */
            email: string | null;
            phone: string | null;
            address: string | null;
            /** @description As residents read it (“lun-ven 8h30-17h”) */
            openingHours: string | null;
            /**
             * @description Open intervals per ISO weekday (1 = Monday) in minutes after local midnight; null: the city’s hours
             * @example {
             *       "1": [
             *         [
             *           510,
             *           720
             *         ],
             *         [
             *           810,
             *           1020
             *         ]
             *       ]
             *     }
             */
            businessHours: {
                1?: [
                    number,
                    number
                ][];
                2?: [
                    number,
                    number
                ][];
                3?: [
                    number,
                    number
                ][];
                4?: [
                    number,
                    number
                ][];
                5?: [
                    number,
                    number
                ][];
                6?: [
                    number,
                    number
                ][];
                7?: [
                    number,
                    number
                ][];
            } | null;
            /**
             * Format: email
             * @description The team mailbox its alerts go to
             */
            staffEmail: string | null;
            /** @description Closure days besides weekends and holidays (a “pont”, a strike day): deadlines skip them */
            closedDays: string[];
            version: number;
        };
        AdminRequestType: {
            id: string;
            code: string;
            label: string;
            category: string;
            directorateId: string;
            /** @enum {string} */
            complexity: "simple" | "complex";
            deadlineDays: number;
            extraFields: {
                name: string;
                label: string;
                required: boolean;
                /**
                 * @description Open311 datatype; absent means string
                 * @enum {string}
                 */
                datatype?: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                /** @description The choices of a list */
                values?: {
                    key: string;
                    name: string;
                }[];
            }[];
            active: boolean;
            autoEscalate: boolean;
            /** @enum {string|null} */
            minAcr: "eidas1" | "eidas2" | "eidas3" | null;
            /** @description Listed in public reports (Open311): potholes, lighting — never civil registry or social help */
            publicReport: boolean;
            /** @description Days a closed case is kept before anonymisation; null: the city’s default */
            retentionDays: number | null;
            /**
             * @description CRPA: `none` when no decision is expected (a report, a question); otherwise what the administration’s silence is worth after `implicitDecisionMonths` (acknowledgements state the date, and for a rejection how to appeal)
             * @enum {string}
             */
            implicitDecision: "none" | "acceptance" | "rejection";
            /** @description Months of silence after which the implicit decision arises (two unless a text says otherwise) */
            implicitDecisionMonths: number;
            /** @description How to appeal an implicit rejection, in the city’s words (French); null: a general wording */
            appealRoutes: string | null;
            version: number;
        };
        AdminKnowledgeArticle: {
            id: string;
            slug: string;
            title: string;
            body: string;
            requestTypeCode: string | null;
            /**
             * @description Only published articles are found by search
             * @enum {string}
             */
            status: "draft" | "published" | "retired";
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            updatedAt: string;
            version: number;
        };
        RoutingRule: {
            /** @example 69003 */
            postcodePrefix: string;
            /** @description null: every request type */
            requestTypeCode: string | null;
            directorateId: string;
        };
        /** @description The whole catalogue: what GET /v1/admin/catalogue gives and PUT takes back */
        CatalogueDocument: {
            directorates: {
                id: string;
                name: string;
                /** Format: email */
                email?: string | null;
                phone?: string | null;
                address?: string | null;
                /** @description As residents read it (“lun-ven 8h30-17h”) */
                openingHours?: string | null;
                /**
                 * @description Open intervals per ISO weekday (1 = Monday) in minutes after local midnight; null: the city’s hours
                 * @example {
                 *       "1": [
                 *         [
                 *           510,
                 *           720
                 *         ],
                 *         [
                 *           810,
                 *           1020
                 *         ]
                 *       ]
                 *     }
                 */
                businessHours?: {
                    1?: [
                        number,
                        number
                    ][];
                    2?: [
                        number,
                        number
                    ][];
                    3?: [
                        number,
                        number
                    ][];
                    4?: [
                        number,
                        number
                    ][];
                    5?: [
                        number,
                        number
                    ][];
                    6?: [
                        number,
                        number
                    ][];
                    7?: [
                        number,
                        number
                    ][];
                } | null;
                /**
                 * Format: email
                 * @description The team mailbox its alerts go to
                 */
                staffEmail?: string | null;
                /** @description Closure days besides weekends and holidays (a “pont”, a strike day): deadlines skip them */
                closedDays?: string[];
                code?: string;
                version?: number;
            }[];
            requestTypes: {
                code: string;
                label: string;
                category: string;
                directorateId: string;
                /** @enum {string} */
                complexity: "simple" | "complex";
                deadlineDays: number;
                /** @default [] */
                extraFields: {
                    name: string;
                    label: string;
                    required: boolean;
                    /**
                     * @description Open311 datatype; absent means string
                     * @enum {string}
                     */
                    datatype?: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                    /** @description The choices of a list */
                    values?: {
                        key: string;
                        name: string;
                    }[];
                }[];
                /** @default true */
                active: boolean;
                /** @default false */
                autoEscalate: boolean;
                /**
                 * @default null
                 * @enum {string|null}
                 */
                minAcr: "eidas1" | "eidas2" | "eidas3" | null;
                /** @default false */
                publicReport: boolean;
                /**
                 * @description Days a closed case is kept before anonymisation; null: the city’s default
                 * @default null
                 */
                retentionDays: number | null;
                /**
                 * @description CRPA: `none` when no decision is expected (a report, a question); otherwise what the administration’s silence is worth after `implicitDecisionMonths` (acknowledgements state the date, and for a rejection how to appeal)
                 * @default none
                 * @enum {string}
                 */
                implicitDecision: "none" | "acceptance" | "rejection";
                /**
                 * @description Months of silence after which the implicit decision arises (two unless a text says otherwise)
                 * @default 2
                 */
                implicitDecisionMonths: number;
                /**
                 * @description How to appeal an implicit rejection, in the city’s words (French); null: a general wording
                 * @default null
                 */
                appealRoutes: string | null;
                id?: string;
                version?: number;
            }[];
            knowledgeArticles: {
                slug: string;
                title: string;
                body: string;
                /** @default null */
                requestTypeCode: string | null;
                /**
                 * @description Only published articles are found by search
                 * @default draft
                 * @enum {string}
                 */
                status: "draft" | "published" | "retired";
                id?: string;
                updatedAt?: string;
                version?: number;
            }[];
        };
        WebhookSubscription: {
            /** Format: uuid */
            id: string;
            /** @example https://portail.ville.example/guichet/webhooks */
            url: string;
            eventTypes: ("case.created" | "case.status_changed" | "case.escalated" | "case.transferred" | "case.message_added" | "case.resolved" | "case.closed" | "case.merged" | "deadline.at_risk" | "deadline.breached")[];
            /** @description Only the cases of this directorate */
            directorateId: string | null;
            /** @description Only the cases of this request type */
            requestTypeCode: string | null;
            /** @description Who to tell when deliveries fail for days */
            contactEmail: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Set when deliveries failed for more than 3 days; a replay resumes it
             */
            disabledAt: string | null;
            disabledReason: string | null;
        };
        WebhookDelivery: {
            /**
             * Format: uuid
             * @description The `webhook-id` header: the same on every attempt of this delivery
             */
            id: string;
            /** Format: uuid */
            eventId: string;
            /** @enum {string} */
            eventType: "case.created" | "case.status_changed" | "case.escalated" | "case.transferred" | "case.message_added" | "case.resolved" | "case.closed" | "case.merged" | "deadline.at_risk" | "deadline.breached";
            /** Format: uuid */
            caseId: string;
            /** @description The event’s position: increasing along each case’s events */
            sequence: number;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            attempts: number;
            lastStatus: number | null;
            lastError: string | null;
            /** Format: date-time */
            nextAttemptAt: string | null;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        EventFeedPage: {
            items: {
                /** Format: uuid */
                id: string;
                /** @example case.created */
                type: string;
                /** Format: date-time */
                timestamp: string;
                data: {
                    [key: string]: unknown;
                };
            }[];
            nextCursor: string | null;
        };
        VolumeStatistics: {
            /**
             * Format: date
             * @example 2026-11-01
             */
            from: string;
            /**
             * Format: date
             * @example 2026-11-01
             */
            to: string;
            /** @enum {string|null} */
            period: "day" | "week" | "month" | null;
            by: ("directorate" | "requestType" | "category" | "channel")[];
            lines: {
                /**
                 * Format: date
                 * @description The first day of the period
                 * @example 2026-11-01
                 */
                period?: string;
                directorateId?: string;
                requestTypeCode?: string;
                category?: string;
                channel?: components["schemas"]["Channel"];
                /** @description Requests received (merged duplicates left out) */
                received: number;
                /** @description Of which filed online */
                online: number;
                /** @description Between 0 and 1, three decimals; null when there is nothing to divide */
                onlineShare: number | null;
            }[];
            total: {
                /** @description Requests received (merged duplicates left out) */
                received: number;
                /** @description Of which filed online */
                online: number;
                /** @description Between 0 and 1, three decimals; null when there is nothing to divide */
                onlineShare: number | null;
            };
        };
        FirstContactStatistics: {
            /**
             * Format: date
             * @example 2026-11-01
             */
            from: string;
            /**
             * Format: date
             * @example 2026-11-01
             */
            to: string;
            /** @enum {string|null} */
            period: "day" | "week" | "month" | null;
            by: ("directorate" | "requestType" | "category" | "channel")[];
            lines: {
                /**
                 * Format: date
                 * @description The first day of the period
                 * @example 2026-11-01
                 */
                period?: string;
                directorateId?: string;
                requestTypeCode?: string;
                category?: string;
                channel?: components["schemas"]["Channel"];
                received: number;
                /** @description Answered on the spot from the knowledge base */
                firstContact: number;
                /** @description Between 0 and 1, three decimals; null when there is nothing to divide */
                firstContactRate: number | null;
            }[];
            total: {
                received: number;
                /** @description Answered on the spot from the knowledge base */
                firstContact: number;
                /** @description Between 0 and 1, three decimals; null when there is nothing to divide */
                firstContactRate: number | null;
            };
            topArticles: {
                articleId: string;
                title: string | null;
                answered: number;
            }[];
        };
        DeadlineStatistics: {
            /**
             * Format: date
             * @example 2026-11-01
             */
            from: string;
            /**
             * Format: date
             * @example 2026-11-01
             */
            to: string;
            /** @enum {string|null} */
            period: "day" | "week" | "month" | null;
            by: ("directorate" | "requestType" | "category" | "channel")[];
            lines: {
                /**
                 * Format: date
                 * @description The first day of the period
                 * @example 2026-11-01
                 */
                period?: string;
                directorateId?: string;
                requestTypeCode?: string;
                category?: string;
                channel?: components["schemas"]["Channel"];
                /** @description Escalated requests answered */
                answered: number;
                inTime: number;
                late: number;
                /** @description Between 0 and 1, three decimals; null when there is nothing to divide */
                deadlinesMetRate: number | null;
                /** @description Half of the answers came within this many business days */
                businessDaysP50: number | null;
                /** @description Nine answers in ten came within this many business days */
                businessDaysP90: number | null;
            }[];
            total: {
                /** @description Escalated requests answered */
                answered: number;
                inTime: number;
                late: number;
                /** @description Between 0 and 1, three decimals; null when there is nothing to divide */
                deadlinesMetRate: number | null;
                /** @description Half of the answers came within this many business days */
                businessDaysP50: number | null;
                /** @description Nine answers in ten came within this many business days */
                businessDaysP90: number | null;
            };
        };
        SatisfactionStatistics: {
            /**
             * Format: date
             * @example 2026-11-01
             */
            from: string;
            /**
             * Format: date
             * @example 2026-11-01
             */
            to: string;
            /** @enum {string|null} */
            period: "day" | "week" | "month" | null;
            by: ("directorate" | "requestType" | "category" | "channel")[];
            lines: {
                /**
                 * Format: date
                 * @description The first day of the period
                 * @example 2026-11-01
                 */
                period?: string;
                directorateId?: string;
                requestTypeCode?: string;
                category?: string;
                channel?: components["schemas"]["Channel"];
                /** @description Residents asked, on the day their case closed */
                asked: number;
                /** @description Answers given, on the day given */
                answered: number;
                /** @description Between 0 and 1, three decimals; null when there is nothing to divide */
                responseRate: number | null;
                /** @description From 1 (not at all satisfied) to 5 (very satisfied), two decimals */
                averageScore: number | null;
                score1: number;
                score2: number;
                score3: number;
                score4: number;
                score5: number;
            }[];
            total: {
                /** @description Residents asked, on the day their case closed */
                asked: number;
                /** @description Answers given, on the day given */
                answered: number;
                /** @description Between 0 and 1, three decimals; null when there is nothing to divide */
                responseRate: number | null;
                /** @description From 1 (not at all satisfied) to 5 (very satisfied), two decimals */
                averageScore: number | null;
                score1: number;
                score2: number;
                score3: number;
                score4: number;
                score5: number;
            };
        };
        FlowStatistics: {
            /**
             * Format: date
             * @example 2026-11-01
             */
            from: string;
            /**
             * Format: date
             * @example 2026-11-01
             */
            to: string;
            /** @enum {string|null} */
            period: "day" | "week" | "month" | null;
            by: ("directorate" | "requestType" | "category" | "channel")[];
            lines: {
                /**
                 * Format: date
                 * @description The first day of the period
                 * @example 2026-11-01
                 */
                period?: string;
                directorateId?: string;
                requestTypeCode?: string;
                category?: string;
                channel?: components["schemas"]["Channel"];
                resolved: number;
                reopened: number;
                /** @description Between 0 and 1, three decimals; null when there is nothing to divide */
                reopenRate: number | null;
                /** @description Cases this directorate passed on */
                transfersOut: number;
                /** @description Cases passed to this directorate (broken down by directorate alone) */
                transfersIn?: number;
            }[];
            total: {
                resolved: number;
                reopened: number;
                /** @description Between 0 and 1, three decimals; null when there is nothing to divide */
                reopenRate: number | null;
                /** @description Cases this directorate passed on */
                transfersOut: number;
                /** @description Cases passed to this directorate (broken down by directorate alone) */
                transfersIn?: number;
            };
        };
        BacklogStatistics: {
            /**
             * Format: date
             * @example 2026-11-01
             */
            today: string;
            by: ("directorate" | "requestType" | "category" | "channel")[];
            lines: {
                /**
                 * Format: date
                 * @description The first day of the period
                 * @example 2026-11-01
                 */
                period?: string;
                directorateId?: string;
                requestTypeCode?: string;
                category?: string;
                channel?: components["schemas"]["Channel"];
                open: number;
                /** @description Open requests filed up to 7 days ago */
                days0to7: number;
                /** @description Open requests filed up to 30 days ago */
                days8to30: number;
                /** @description Open requests filed up to 90 days ago */
                days31to90: number;
                /** @description Open requests filed more than 90 days ago */
                over90days: number;
                /**
                 * Format: date
                 * @example 2026-11-01
                 */
                oldestFiledOn: string | null;
            }[];
            total: {
                open: number;
                /** @description Open requests filed up to 7 days ago */
                days0to7: number;
                /** @description Open requests filed up to 30 days ago */
                days8to30: number;
                /** @description Open requests filed up to 90 days ago */
                days31to90: number;
                /** @description Open requests filed more than 90 days ago */
                over90days: number;
                /**
                 * Format: date
                 * @example 2026-11-01
                 */
                oldestFiledOn: string | null;
            };
        };
        SubjectAccessExport: {
            /** Format: date-time */
            generatedAt: string;
            /** @description The data controller (the city) */
            controller: string;
            /** @description The record and every record merged into it */
            records: {
                [key: string]: unknown;
            }[];
            contactPoints: {
                [key: string]: unknown;
            }[];
            /** @description Every case with its whole timeline, attachments’ names, notifications and satisfaction answer */
            cases: {
                [key: string]: unknown;
            }[];
            /** @description Who read the record, when and why */
            accessLog: {
                [key: string]: unknown;
            }[];
            identities: {
                [key: string]: unknown;
            }[];
            identityLinkCandidates: {
                [key: string]: unknown;
            }[];
            sessions: {
                [key: string]: unknown;
            }[];
            duplicateCandidates: {
                [key: string]: unknown;
            }[];
            merges: {
                [key: string]: unknown;
            }[];
            phoneCalls: {
                [key: string]: unknown;
            }[];
            /** @description The words of the name indexed for the agents’ search */
            nameSearchWords: string[];
        };
        NewContactPoint: {
            /** @enum {string} */
            kind: "email" | "phone";
            value: string;
        };
        ProcessingRegister: {
            title: string;
            sections: {
                heading: string;
                lines: string[];
            }[];
        };
        ErasureOutcome: {
            recordErased: boolean;
            /** @description References of the cases anonymised */
            anonymised: string[];
            held: {
                reference: string;
                reasonFr: string;
            }[];
            explanationFr: string;
        };
        RequestType: {
            id: string;
            /** @example VOI-NID-POULE */
            code: string;
            /** @example Nid-de-poule ou chaussée dégradée */
            label: string;
            category: string;
            directorateId: string;
            /** @enum {string} */
            complexity: "simple" | "complex";
            /** @description Deadline in business days */
            deadlineDays: number;
            extraFields: {
                name: string;
                label: string;
                required: boolean;
                /** @enum {string} */
                datatype?: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                values?: {
                    key: string;
                    name: string;
                }[];
            }[];
            /** @description Cases of this type go to the directorate as soon as they are recorded */
            autoEscalate: boolean;
            /**
             * @description Level of assurance a resident needs to file it online (eidas2+: FranceConnect+)
             * @enum {string|null}
             */
            minAcr: "eidas1" | "eidas2" | "eidas3" | null;
        };
        Directorate: {
            id: string;
            code: string;
            name: string;
            email: string | null;
            phone: string | null;
            address: string | null;
            openingHours: string | null;
        };
        KnowledgeArticle: {
            id: string;
            slug: string;
            title: string;
            body: string;
            requestTypeCode: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T09:12:00.000Z
             */
            updatedAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description This request’s id (yours from X-Request-Id, else a new one): quote it to the city when asking about a call */
        "X-Request-Id": string;
        /** @description Seconds to wait before trying again */
        "Retry-After": number;
        /** @description Where the created resource is read */
        Location: string;
        /** @description The resource’s version: send it as If-Match to change it */
        ETag: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready, or degraded (Temporal away) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Not ready */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    listIdentityProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Configured providers */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["IdentityProvider"][];
                    };
                };
            };
        };
    };
    login: {
        parameters: {
            query?: {
                /** @description Where to send the browser after sign-in (a path on this site) */
                returnTo?: string;
                /** @description The level of identity assurance asked for (eidas1, eidas2, eidas3) */
                acr?: string;
            };
            header?: never;
            path: {
                /** @description The identity provider’s id (see GET /auth/providers) */
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the provider’s authorization endpoint */
            302: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    loginCallback: {
        parameters: {
            query?: {
                /** @description The state parameter of the sign-in (returned by the identity provider) */
                state?: string;
                /** @description The authorization code (returned by the identity provider) */
                code?: string;
                /** @description The error the identity provider returned, if any */
                error?: string;
                /** @description Its description */
                error_description?: string;
                /** @description The issuer that answered (RFC 9207) */
                iss?: string;
            };
            header?: never;
            path: {
                /** @description The identity provider’s id (see GET /auth/providers) */
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in: to returnTo (default: /espace for residents, /v1/me for agents) */
            303: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the provider's end-session endpoint, or to /auth/logged-out */
            303: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    loggedOut: {
        parameters: {
            query?: {
                /** @description The state parameter of the sign-in (returned by the identity provider) */
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedOut"];
                    "text/html": string;
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A French page saying what is wrong */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    serviceJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JWK Set */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jwks"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyCases: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCasePage"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMyCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended creation (a UUID): a retry with the same key returns the first result, marked Idempotent-Replayed */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MyCaseRequest"];
            };
        };
        responses: {
            /** @description Filed */
            201: {
                headers: {
                    /** @description `true` when this answer is the first request’s, replayed for a retry with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCaseCreated"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCaseDetail"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMyMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended creation (a UUID): a retry with the same key returns the first result, marked Idempotent-Replayed */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MyMessage"];
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    /** @description `true` when this answer is the first request’s, replayed for a retry with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyMessagePosted"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadMyAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended creation (a UUID): a retry with the same key returns the first result, marked Idempotent-Replayed */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description A PDF or a photo (JPEG, PNG, WebP, HEIC, TIFF); the type is detected from the content
                     */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description Stored */
            201: {
                headers: {
                    /** @description `true` when this answer is the first request’s, replayed for a retry with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Malformed request (a body that cannot be read) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case’s id */
                id: string;
                /** @description The attachment’s id */
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "image/heic": string;
                    "image/tiff": string;
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenMyCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenRequest"];
            };
        };
        responses: {
            /** @description Reopened */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCase"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    myAccessLog: {
        parameters: {
            query?: {
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogPage"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPublicCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended creation (a UUID): a retry with the same key returns the first result, marked Idempotent-Replayed */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicCaseRequest"];
            };
        };
        responses: {
            /** @description Filed */
            201: {
                headers: {
                    /** @description `true` when this answer is the first request’s, replayed for a retry with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCaseCreated"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    trackPublicCase: {
        parameters: {
            query: {
                /** @description The tracking code */
                code: string;
            };
            header?: never;
            path: {
                /** @description The case reference given to the resident (e.g. GU-2026-000123) */
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackedCase"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    contactConfirmationPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret token from the link that was sent */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A French page */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A French page saying what is wrong */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    confirmContactPoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret token from the link that was sent */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A French page */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A French page */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A French page saying what is wrong */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    listCases: {
        parameters: {
            query?: {
                /** @description One or more statuses, comma-separated */
                status?: string;
                /** @description One or more channels, comma-separated */
                channel?: string;
                /** @description Only this request type */
                requestTypeCode?: string;
                /** @description Only this directorate */
                directorateId?: string;
                /** @description Only this resident’s */
                residentId?: string;
                /** @description Only those assigned to this agent */
                assigneeId?: string;
                /** @description Created at or after this time (ISO 8601) */
                createdFrom?: string;
                /** @description Created before this time (ISO 8601) */
                createdTo?: string;
                /** @description Deadline states, comma-separated: `breached` lists the cases past their deadline */
                deadlineState?: string;
                /** @description Cases transferred between directorates at least this many times (bouncing between directorates) */
                minTransfers?: number | null;
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Why, when listing one resident’s cases (in their access log) */
                "x-access-purpose"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cases */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseList"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended creation (a UUID): a retry with the same key returns the first result, marked Idempotent-Replayed */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description `true` when this answer is the first request’s, replayed for a retry with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCaseResponse"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this resident’s file (shown to the resident in their access log) */
                "x-access-purpose"?: string;
            };
            path: {
                /** @description The case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case; its ETag goes in If-Match on updates */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCaseEvents: {
        parameters: {
            query?: {
                /** @description Page size (1-500) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Why you open this resident’s file (shown to the resident in their access log) */
                "x-access-purpose"?: string;
            };
            path: {
                /** @description The case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseEventList"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCaseEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended creation (a UUID): a retry with the same key returns the first result, marked Idempotent-Replayed */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCaseEventRequest"];
            };
        };
        responses: {
            /** @description The event written */
            201: {
                headers: {
                    /** @description `true` when this answer is the first request’s, replayed for a retry with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseEvent"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptUnverifiedMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; a stale one answers 412 */
                "if-match"?: string;
            };
            path: {
                /** @description The case’s id */
                id: string;
                /** @description The timeline entry’s id */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The updated case */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeCaseStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; a stale one answers 412 */
                "if-match"?: string;
            };
            path: {
                /** @description The case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeStatusRequest"];
            };
        };
        responses: {
            /** @description The updated case */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; a stale one answers 412 */
                "if-match"?: string;
            };
            path: {
                /** @description The case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignCaseRequest"];
            };
        };
        responses: {
            /** @description The updated case */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    escalateCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; a stale one answers 412 */
                "if-match"?: string;
            };
            path: {
                /** @description The case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EscalateCaseRequest"];
            };
        };
        responses: {
            /** @description The updated case */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; a stale one answers 412 */
                "if-match"?: string;
            };
            path: {
                /** @description The case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeCaseRequest"];
            };
        };
        responses: {
            /** @description The updated case */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadCaseAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended creation (a UUID): a retry with the same key returns the first result, marked Idempotent-Replayed */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description A PDF or a photo (JPEG, PNG, WebP, HEIC, TIFF); the type is detected from the content
                     */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description Stored */
            201: {
                headers: {
                    /** @description `true` when this answer is the first request’s, replayed for a retry with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Malformed request (a body that cannot be read) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCaseAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case’s id */
                id: string;
                /** @description The attachment’s id */
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "image/heic": string;
                    "image/tiff": string;
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    caseAcknowledgementPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A4 PDF */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; a stale one answers 412 */
                "if-match"?: string;
            };
            path: {
                /** @description The case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The updated case */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transferCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from your last read; a stale one answers 412 */
                "if-match"?: string;
            };
            path: {
                /** @description The case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferCaseRequest"];
            };
        };
        responses: {
            /** @description The updated case */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDirectorateQueue: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The directorate’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the queue */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Case"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setAgentAbsence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    absent: boolean;
                };
            };
        };
        responses: {
            /** @description Recorded */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAlerts: {
        parameters: {
            query?: {
                /** @description `true`: only the alerts not yet read */
                unread?: "true" | "false";
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of alerts */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffAlertList"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markAlertRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The alert’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportCallEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallEvent"];
            };
        };
        responses: {
            /** @description Who is calling */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreenPop"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordPostalLetter: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended creation (a UUID): a retry with the same key returns the first result, marked Idempotent-Replayed */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["PostalLetterForm"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description `true` when this answer is the first request’s, replayed for a retry with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostalLetterRecorded"];
                };
            };
            /** @description Malformed request (a body that cannot be read) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ingestEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "message/rfc822": string;
            };
        };
        responses: {
            /** @description What became of it */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboundEmailOutcome"];
                };
            };
            /** @description Malformed request (a body that cannot be read) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    smsDeliveryReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsDeliveryReport"];
            };
        };
        responses: {
            /** @description Recorded (or already known) */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (a body that cannot be read) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    facebookWebhookVerify: {
        parameters: {
            query?: {
                /** @description Facebook’s subscription check: subscribe */
                "hub.mode"?: string;
                /** @description The verify token configured for the page */
                "hub.verify_token"?: string;
                /** @description The value to echo back */
                "hub.challenge"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The challenge, echoed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    facebookWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FacebookWebhook"];
            };
        };
        responses: {
            /** @description Received */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        received: number;
                    };
                };
            };
            /** @description Malformed request (a body that cannot be read) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLettersToPrint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LetterToPrint"][];
                    };
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    printLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The letter’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A4 PDF */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markLetterPosted: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The letter’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Posted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchResidents: {
        parameters: {
            query: {
                /** @description Words to search for */
                q: string;
                /** @description Page size */
                limit?: number;
            };
            header?: {
                /** @description Why the agent searches; shown to each resident found, in their access log */
                "x-access-purpose"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching residents */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentSearchResult"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDuplicateResidents: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateResidentList"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getResident: {
        parameters: {
            query?: {
                /** @description How many of each resident’s cases to include */
                caseLimit?: number;
            };
            header?: {
                /** @description Why you open this resident’s file (shown to the resident in their access log) */
                "x-access-purpose"?: string;
            };
            path: {
                /** @description The resident’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentRecord"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeResidents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resident’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @example 01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f
                     */
                    duplicateId: string;
                };
            };
        };
        responses: {
            /** @description The merge, as recorded */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentMerge"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dismissDuplicateResidents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resident’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @example 01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f
                     */
                    otherId: string;
                };
            };
        };
        responses: {
            /** @description Dismissed */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyContactPoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resident’s id */
                id: string;
                /** @description The contact point’s id */
                contactPointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record, with the point verified */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resident"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    undoResidentMerge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resident merge’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The merge, now undone */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentMerge"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIdentityLinkCandidates: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["IdentityLinkCandidate"][];
                    };
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideIdentityLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identity link’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityLinkDecision"];
            };
        };
        responses: {
            /** @description Decided */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        residentId: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By id */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Agent"][];
                    };
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAgent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example j.martin */
                    id: string;
                    displayName: string;
                    /** Format: email */
                    email?: string | null;
                    /** @enum {string} */
                    role: "counter_agent" | "directorate_agent" | "supervisor" | "admin";
                    /** @description Required for a directorate agent */
                    directorateId?: string | null;
                };
            };
        };
        responses: {
            /** @description Created (ETag: its version) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read; a stale one answers 412 */
                "if-match"?: string;
            };
            path: {
                /** @description The agent’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    /** Format: email */
                    email?: string | null;
                    /** @enum {string} */
                    role?: "counter_agent" | "directorate_agent" | "supervisor" | "admin";
                    /** @description Required for a directorate agent */
                    directorateId?: string | null;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description The agent as changed (ETag: its new version) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiKey"][];
                    };
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example Portail citoyen */
                    label: string;
                    /** @enum {string} */
                    role: "counter_agent" | "directorate_agent" | "supervisor" | "admin" | "integrator";
                    agentId?: string | null;
                    directorateId?: string | null;
                    /** @description What an integrator key may do (default cases:create and cases:read: file requests, read those it filed). Not for agent keys, which do what the agent’s role does. */
                    scopes?: ("cases:create" | "cases:read" | "cases:read:all" | "events:read" | "attachments:read" | "webhooks:manage" | "open311:submit" | "channels:ingest")[];
                };
            };
        };
        responses: {
            /** @description Issued */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedApiKey"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The api key’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The api key’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description How long the old key keeps working beside the new one while the application is redeployed (default 0: it stops now) */
                    overlapHours?: number;
                };
            };
        };
        responses: {
            /** @description The new key (its secret shown this once); the old one names it in replacedBy */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedApiKey"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAudit: {
        parameters: {
            query?: {
                /** @description Only changes to this kind of entity */
                entity?: "agent" | "api_key" | "directorate" | "request_type" | "knowledge_article" | "routing_rules";
                /** @description Only changes to this entity */
                entityId?: string;
                /** @description Page size (1-200) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEntry"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListDirectorates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All of them */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AdminDirectorate"][];
                    };
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDirectorate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    name: string;
                    /** Format: email */
                    email?: string | null;
                    phone?: string | null;
                    address?: string | null;
                    /** @description As residents read it (“lun-ven 8h30-17h”) */
                    openingHours?: string | null;
                    /**
                     * @description Open intervals per ISO weekday (1 = Monday) in minutes after local midnight; null: the city’s hours
                     * @example {
                     *       "1": [
                     *         [
                     *           510,
                     *           720
                     *         ],
                     *         [
                     *           810,
                     *           1020
                     *         ]
                     *       ]
                     *     }
                     */
                    businessHours?: {
                        1?: [
                            number,
                            number
                        ][];
                        2?: [
                            number,
                            number
                        ][];
                        3?: [
                            number,
                            number
                        ][];
                        4?: [
                            number,
                            number
                        ][];
                        5?: [
                            number,
                            number
                        ][];
                        6?: [
                            number,
                            number
                        ][];
                        7?: [
                            number,
                            number
                        ][];
                    } | null;
                    /**
                     * Format: email
                     * @description The team mailbox its alerts go to
                     */
                    staffEmail?: string | null;
                    /** @description Closure days besides weekends and holidays (a “pont”, a strike day): deadlines skip them */
                    closedDays?: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDirectorate"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDirectorate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read; a stale one answers 412 */
                "if-match"?: string;
            };
            path: {
                /** @description The directorate’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** Format: email */
                    email?: string | null;
                    phone?: string | null;
                    address?: string | null;
                    /** @description As residents read it (“lun-ven 8h30-17h”) */
                    openingHours?: string | null;
                    /**
                     * @description Open intervals per ISO weekday (1 = Monday) in minutes after local midnight; null: the city’s hours
                     * @example {
                     *       "1": [
                     *         [
                     *           510,
                     *           720
                     *         ],
                     *         [
                     *           810,
                     *           1020
                     *         ]
                     *       ]
                     *     }
                     */
                    businessHours?: {
                        1?: [
                            number,
                            number
                        ][];
                        2?: [
                            number,
                            number
                        ][];
                        3?: [
                            number,
                            number
                        ][];
                        4?: [
                            number,
                            number
                        ][];
                        5?: [
                            number,
                            number
                        ][];
                        6?: [
                            number,
                            number
                        ][];
                        7?: [
                            number,
                            number
                        ][];
                    } | null;
                    /**
                     * Format: email
                     * @description The team mailbox its alerts go to
                     */
                    staffEmail?: string | null;
                    /** @description Closure days besides weekends and holidays (a “pont”, a strike day): deadlines skip them */
                    closedDays?: string[];
                };
            };
        };
        responses: {
            /** @description Changed (ETag: its new version) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDirectorate"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListRequestTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All of them */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AdminRequestType"][];
                    };
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRequestType: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    label: string;
                    category: string;
                    directorateId: string;
                    /** @enum {string} */
                    complexity: "simple" | "complex";
                    deadlineDays: number;
                    /** @default [] */
                    extraFields?: {
                        name: string;
                        label: string;
                        required: boolean;
                        /**
                         * @description Open311 datatype; absent means string
                         * @enum {string}
                         */
                        datatype?: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                        /** @description The choices of a list */
                        values?: {
                            key: string;
                            name: string;
                        }[];
                    }[];
                    /** @default true */
                    active?: boolean;
                    /** @default false */
                    autoEscalate?: boolean;
                    /**
                     * @default null
                     * @enum {string|null}
                     */
                    minAcr?: "eidas1" | "eidas2" | "eidas3" | null;
                    /** @default false */
                    publicReport?: boolean;
                    /**
                     * @description Days a closed case is kept before anonymisation; null: the city’s default
                     * @default null
                     */
                    retentionDays?: number | null;
                    /**
                     * @description CRPA: `none` when no decision is expected (a report, a question); otherwise what the administration’s silence is worth after `implicitDecisionMonths` (acknowledgements state the date, and for a rejection how to appeal)
                     * @default none
                     * @enum {string}
                     */
                    implicitDecision?: "none" | "acceptance" | "rejection";
                    /**
                     * @description Months of silence after which the implicit decision arises (two unless a text says otherwise)
                     * @default 2
                     */
                    implicitDecisionMonths?: number;
                    /**
                     * @description How to appeal an implicit rejection, in the city’s words (French); null: a general wording
                     * @default null
                     */
                    appealRoutes?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRequestType"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRequestType: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read; a stale one answers 412 */
                "if-match"?: string;
            };
            path: {
                /** @description The request type’s code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    label?: string;
                    category?: string;
                    directorateId?: string;
                    /** @enum {string} */
                    complexity?: "simple" | "complex";
                    deadlineDays?: number;
                    extraFields?: {
                        name: string;
                        label: string;
                        required: boolean;
                        /**
                         * @description Open311 datatype; absent means string
                         * @enum {string}
                         */
                        datatype?: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                        /** @description The choices of a list */
                        values?: {
                            key: string;
                            name: string;
                        }[];
                    }[];
                    active?: boolean;
                    autoEscalate?: boolean;
                    /** @enum {string|null} */
                    minAcr?: "eidas1" | "eidas2" | "eidas3" | null;
                    /** @description Listed in public reports (Open311): potholes, lighting — never civil registry or social help */
                    publicReport?: boolean;
                    /** @description Days a closed case is kept before anonymisation; null: the city’s default */
                    retentionDays?: number | null;
                    /**
                     * @description CRPA: `none` when no decision is expected (a report, a question); otherwise what the administration’s silence is worth after `implicitDecisionMonths` (acknowledgements state the date, and for a rejection how to appeal)
                     * @enum {string}
                     */
                    implicitDecision?: "none" | "acceptance" | "rejection";
                    /** @description Months of silence after which the implicit decision arises (two unless a text says otherwise) */
                    implicitDecisionMonths?: number;
                    /** @description How to appeal an implicit rejection, in the city’s words (French); null: a general wording */
                    appealRoutes?: string | null;
                };
            };
        };
        responses: {
            /** @description Changed (ETag: its new version) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRequestType"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListArticles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All of them */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AdminKnowledgeArticle"][];
                    };
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createArticle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    slug: string;
                    title: string;
                    body: string;
                    /** @default null */
                    requestTypeCode?: string | null;
                    /**
                     * @description Only published articles are found by search
                     * @default draft
                     * @enum {string}
                     */
                    status?: "draft" | "published" | "retired";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminKnowledgeArticle"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read; a stale one answers 412 */
                "if-match"?: string;
            };
            path: {
                /** @description The knowledge article’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    body?: string;
                    requestTypeCode?: string | null;
                    /**
                     * @description Only published articles are found by search
                     * @enum {string}
                     */
                    status?: "draft" | "published" | "retired";
                };
            };
        };
        responses: {
            /** @description Changed (ETag: its new version) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminKnowledgeArticle"];
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRoutingRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rules */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rules: components["schemas"]["RoutingRule"][];
                    };
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceRoutingRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rules: components["schemas"]["RoutingRule"][];
                };
            };
        };
        responses: {
            /** @description The rules now */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rules: components["schemas"]["RoutingRule"][];
                    };
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogue */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueDocument"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueDocument"];
            };
        };
        responses: {
            /** @description What changed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        updated: number;
                        unchanged: number;
                    };
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportRequestTypesCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 CSV with a header row */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importRequestTypesCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description What changed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        updated: number;
                        unchanged: number;
                    };
                };
            };
            /** @description Malformed request (a body that cannot be read) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportArticlesCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 CSV with a header row */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importArticlesCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description What changed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        updated: number;
                        unchanged: number;
                    };
                };
            };
            /** @description Malformed request (a body that cannot be read) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookSubscription"][];
                    };
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per intended creation (a UUID): a retry with the same key returns the first result, marked Idempotent-Replayed */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url: string;
                    eventTypes: ("case.created" | "case.status_changed" | "case.escalated" | "case.transferred" | "case.message_added" | "case.resolved" | "case.closed" | "case.merged" | "deadline.at_risk" | "deadline.breached")[];
                    directorateId?: string | null;
                    requestTypeCode?: string | null;
                    /** Format: email */
                    contactEmail?: string | null;
                };
            };
        };
        responses: {
            /** @description Subscribed */
            201: {
                headers: {
                    /** @description `true` when this answer is the first request’s, replayed for a retry with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"] & {
                        /** @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw */
                        secret: string;
                    };
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook subscription’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gone */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook subscription’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret, shown this once */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secret: string;
                        /** Format: date-time */
                        previousValidUntil: string;
                    };
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The webhook subscription’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookDelivery"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replayWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook subscription’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    deliveryId: string;
                } | {
                    /** Format: date-time */
                    since: string;
                };
            };
        };
        responses: {
            /** @description Queued again */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        queued: number;
                    };
                };
            };
            /** @description Malformed request (bad JSON) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readEventFeed: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; absent: from the oldest event kept */
                after?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventFeedPage"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statisticsVolumes: {
        parameters: {
            query?: {
                /** @description First local day (Europe/Paris), included; default: the first day of the month eleven months ago */
                from?: string;
                /** @description Last local day, included; default: today */
                to?: string;
                /** @description One line per period (weeks start on Monday); the whole range when absent */
                period?: "day" | "week" | "month";
                /** @description Comma-separated breakdown: directorate, requestType, category, channel */
                by?: string;
                /** @description `csv`: the lines as UTF-8 CSV with a header row (the totals are left out) */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Requests received, and the share filed online */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeStatistics"];
                    "text/csv": string;
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statisticsFirstContact: {
        parameters: {
            query?: {
                /** @description First local day (Europe/Paris), included; default: the first day of the month eleven months ago */
                from?: string;
                /** @description Last local day, included; default: today */
                to?: string;
                /** @description One line per period (weeks start on Monday); the whole range when absent */
                period?: "day" | "week" | "month";
                /** @description Comma-separated breakdown: directorate, requestType, category, channel */
                by?: string;
                /** @description `csv`: the lines as UTF-8 CSV with a header row (the totals are left out) */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Requests answered on the spot (by channel unless broken down otherwise), and the articles that answer most */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirstContactStatistics"];
                    "text/csv": string;
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statisticsDeadlines: {
        parameters: {
            query?: {
                /** @description First local day (Europe/Paris), included; default: the first day of the month eleven months ago */
                from?: string;
                /** @description Last local day, included; default: today */
                to?: string;
                /** @description One line per period (weeks start on Monday); the whole range when absent */
                period?: "day" | "week" | "month";
                /** @description Comma-separated breakdown: directorate, requestType, category, channel */
                by?: string;
                /** @description `csv`: the lines as UTF-8 CSV with a header row (the totals are left out) */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deadlines met and business days taken (by directorate unless broken down otherwise) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineStatistics"];
                    "text/csv": string;
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statisticsSatisfaction: {
        parameters: {
            query?: {
                /** @description First local day (Europe/Paris), included; default: the first day of the month eleven months ago */
                from?: string;
                /** @description Last local day, included; default: today */
                to?: string;
                /** @description One line per period (weeks start on Monday); the whole range when absent */
                period?: "day" | "week" | "month";
                /** @description Comma-separated breakdown: directorate, requestType, category, channel */
                by?: string;
                /** @description `csv`: the lines as UTF-8 CSV with a header row (the totals are left out) */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Residents’ satisfaction after closure (by directorate unless broken down otherwise) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionStatistics"];
                    "text/csv": string;
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statisticsFlow: {
        parameters: {
            query?: {
                /** @description First local day (Europe/Paris), included; default: the first day of the month eleven months ago */
                from?: string;
                /** @description Last local day, included; default: today */
                to?: string;
                /** @description One line per period (weeks start on Monday); the whole range when absent */
                period?: "day" | "week" | "month";
                /** @description Comma-separated breakdown: directorate, requestType, category, channel */
                by?: string;
                /** @description `csv`: the lines as UTF-8 CSV with a header row (the totals are left out) */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Resolutions, reopenings and transfers (by directorate unless broken down otherwise) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowStatistics"];
                    "text/csv": string;
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    statisticsBacklog: {
        parameters: {
            query?: {
                /** @description Comma-separated breakdown: directorate, requestType, category, channel */
                by?: string;
                /** @description `csv`: the lines as UTF-8 CSV with a header row (the totals are left out) */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Requests open today and how long they have waited (by directorate unless broken down otherwise) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BacklogStatistics"];
                    "text/csv": string;
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    myDataExport: {
        parameters: {
            query?: {
                /** @description `pdf`: the same, as a document to read */
                format?: "json" | "pdf";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything held on the person */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectAccessExport"];
                    "application/pdf": string;
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    residentDataExport: {
        parameters: {
            query?: {
                /** @description `pdf`: the same, as a document to read */
                format?: "json" | "pdf";
            };
            header?: never;
            path: {
                /** @description The resident’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything held on the person */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectAccessExport"];
                    "application/pdf": string;
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addMyContactPoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewContactPoint"];
            };
        };
        responses: {
            /** @description Added, unverified; `confirmationSent` says whether the link left (false where no mail or SMS is configured: an agent can verify it) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @example 01936f0e-5b1c-7c3a-9a1e-2f4b5c6d7e8f
                         */
                        id: string;
                        /** @enum {string} */
                        kind: "email" | "phone";
                        value: string;
                        verified: boolean;
                        confirmationSent: boolean;
                    };
                };
            };
            /** @description Malformed request (a body that cannot be read) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not possible in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeMyContactPoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The contact point’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    processingRegister: {
        parameters: {
            query?: {
                /** @description json (default) or csv */
                format?: "json" | "text";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessingRegister"];
                    "text/plain": string;
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eraseResident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resident’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The request: a letter of such date, a form…
                     * @example Courrier du 2 décembre 2026
                     */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description What was erased, and what is held */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureOutcome"];
                };
            };
            /** @description Malformed request (a body that cannot be read) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRequestTypes: {
        parameters: {
            query?: {
                /** @description Only this category */
                category?: string;
                /** @description Only this directorate */
                directorateId?: string;
                /** @description simple (answered at the counter) or complex (handed to a directorate) */
                complexity?: "simple" | "complex";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Active request types */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RequestType"][];
                    };
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDirectorates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All directorates, by name */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Directorate"][];
                    };
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchKnowledgeArticles: {
        parameters: {
            query?: {
                /** @description Words to search for */
                q?: string;
                /** @description Only this request type */
                requestTypeCode?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Best matches first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: (components["schemas"]["KnowledgeArticle"] & {
                            rank: number;
                        })[];
                    };
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getKnowledgeArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The knowledge article’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeArticle"];
                };
            };
            /** @description Not signed in, or missing or invalid API key or token */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; see invalidFields */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
