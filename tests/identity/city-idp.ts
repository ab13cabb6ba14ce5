import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';
import { generateSigningKey } from '../../adapters/identity/franceconnect-mimic.js';

/**
 * The city's own IdP as an integrator meets it: panva's oidc-provider with the client-credentials grant, issuing
 * JWT access tokens (RFC 9068) for Guichet's API as resource server, with the scopes the client asked for among
 * those the resource allows.
 */
export interface CityIdp {
  issuer: string;
  close(): Promise<void>;
}

export async function startCityIdp(opts: { audience: string; resourceScopes: string[]; clients: { clientId: string; clientSecret: string; scope: string }[] }): Promise<CityIdp> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const configuration: Configuration = {
    clients: opts.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
      token_endpoint_auth_method: 'client_secret_basic',
      scope: c.scope,
      id_token_signed_response_alg: 'ES256',
    })),
    jwks: { keys: [(await generateSigningKey('city-1')) as never] },
    scopes: ['openid', ...opts.resourceScopes],
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // A token is for Guichet's API unless the client names another resource.
        defaultResource: () => opts.audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== opts.audience) throw new Error(`unknown resource ${resource}`);
          return { scope: opts.resourceScopes.join(' '), audience: opts.audience, accessTokenFormat: 'jwt', accessTokenTTL: 300, jwt: { sign: { alg: 'ES256' } } };
        },
      },
    },
    enabledJWA: { idTokenSigningAlgValues: ['ES256'] },
    ttl: { ClientCredentials: 300 },
  };
  const provider = new Provider(issuer, configuration);
  server.on('request', provider.callback());
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
