// Uses openid-client (discovery + client_credentials) and jose (JWKS verification) against a running token service.
// Input: ISSUER, CLIENT_ID, CLIENT_SECRET, AUDIENCE (default insurer-api). Prints one JSON line; exit code 0 only on success.
import * as client from 'openid-client';
import * as jose from 'jose';

const issuer = process.env.ISSUER;
const audience = process.env.AUDIENCE ?? 'insurer-api';

try {
  // The tests run the service over plain HTTP on 127.0.0.1; production issuers use HTTPS and need no such option.
  const config = await client.discovery(new URL(issuer), process.env.CLIENT_ID, process.env.CLIENT_SECRET,
    client.ClientSecretBasic(process.env.CLIENT_SECRET), { execute: [client.allowInsecureRequests] });
  const metadata = config.serverMetadata();
  const tokens = await client.clientCredentialsGrant(config, { scope: 'api' });
  const jwks = jose.createRemoteJWKSet(new URL(metadata.jwks_uri));
  const { payload, protectedHeader } = await jose.jwtVerify(tokens.access_token, jwks, {
    issuer,
    audience,
    typ: 'at+jwt',
    algorithms: ['ES256', 'RS256', 'PS256'],
  });
  console.log(JSON.stringify({
    ok: true,
    grantTypes: metadata.grant_types_supported,
    alg: protectedHeader.alg,
    typ: protectedHeader.typ,
    kid: protectedHeader.kid,
    sub: payload.sub,
    tenant_id: payload.tenant_id,
    roles: payload.roles,
    tokenType: tokens.token_type,
  }));
} catch (error) {
  // A 401 with WWW-Authenticate surfaces as a challenge error; the OAuth error code is then only in the response body.
  let oauthError = error?.error;
  if (oauthError === undefined && error?.response instanceof Response) {
    oauthError = await error.response.clone().json().then((body) => body.error, () => undefined);
  }
  console.log(JSON.stringify({ ok: false, error: String(error?.message ?? error), code: error?.code, oauthError, status: error?.status ?? error?.response?.status }));
  process.exit(1);
}
