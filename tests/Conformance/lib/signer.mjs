// The suite's own implementation of Alibaba's RPC request signing (wire-protocol.md §2.3 V3
// ACS3-HMAC-SHA256 and §2.4 V1 HMAC-SHA1), used to send raw requests with fetch: replays, old
// timestamps, malformed parameters, Format=XML. signer.test.mjs checks it against the worked
// examples of the spec, so a failing server test is not a bug of this signer.
//
// Parameters are given as an object or as an array of [key, value] pairs (pairs allow the same key
// twice). A value may be a string or a Buffer; a Buffer is sent and signed byte for byte (used to send
// bytes that are not UTF-8).

import { createHash, createHmac, randomBytes } from 'node:crypto';

const UNRESERVED = /[A-Za-z0-9\-_.~]/;

/** RFC 3986 percent-encoding of the UTF-8 bytes (or raw bytes) of a value; upper-case hex. */
export function enc(value) {
  const bytes = Buffer.isBuffer(value) ? value : Buffer.from(String(value), 'utf8');
  let out = '';
  for (const b of bytes) {
    const ch = String.fromCharCode(b);
    out += b < 0x80 && UNRESERVED.test(ch) ? ch : '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** Normalises parameters to [key, value] pairs; undefined/null values are dropped. */
export function toPairs(params) {
  const pairs = Array.isArray(params) ? params : Object.entries(params ?? {});
  return pairs.filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => [k, Buffer.isBuffer(v) ? v : String(v)]);
}

function byteCompare(a, b) {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Sorted canonical query `enc(k)=enc(v)&…` (stable for repeated keys). */
export function canonicalQuery(pairs) {
  return [...pairs]
    .map((p, i) => [p, i])
    .sort(([a, i], [b, j]) => byteCompare(a[0], b[0]) || i - j)
    .map(([[k, v]]) => `${enc(k)}=${enc(v)}`)
    .join('&');
}

/** The query string as put on the wire (not sorted; same encoding). */
export function wireQuery(pairs) {
  return pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
}

export function isoSeconds(date = new Date()) {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function nonceHex(bytes = 32) {
  return randomBytes(bytes).toString('hex');
}

// ---------------------------------------------------------------------------------------------
// V1 (SignatureVersion 1.0, HMAC-SHA1)

export function v1StringToSign(method, pairs) {
  const withoutSignature = pairs.filter(([k]) => k !== 'Signature');
  return `${method.toUpperCase()}&${enc('/')}&${enc(canonicalQuery(withoutSignature))}`;
}

export function v1Signature(method, pairs, secret) {
  return createHmac('sha1', Buffer.from(secret + '&', 'utf8')).update(v1StringToSign(method, pairs), 'utf8').digest('base64');
}

/**
 * Builds a signed V1 request. Returns { url, init, pairs } that can be sent (more than once) with
 * send(). placement: 'query' (everything in the URL; the openapi SDK's `v2` mode and pop-core GET)
 * or 'form' (everything in an application/x-www-form-urlencoded body; pop-core POST).
 */
export function prepareV1({
  baseUrl, accessKeyId, secret, action, version = '2016-04-28', params = {}, method = 'POST',
  placement = 'query', format = 'JSON', timestamp = isoSeconds(), nonce = nonceHex(), extraHeaders = {},
  sign = true,
}) {
  const common = [
    ['Action', action],
    ['Version', version],
    ['Format', format],
    ['AccessKeyId', accessKeyId],
    ['SignatureMethod', 'HMAC-SHA1'],
    ['SignatureVersion', '1.0'],
    ['SignatureNonce', nonce],
    ['Timestamp', timestamp],
  ].filter(([, v]) => v !== undefined && v !== null);
  const pairs = [...toPairs(common), ...toPairs(params)];
  if (sign) pairs.push(['Signature', v1Signature(method, pairs, secret)]);
  const encoded = wireQuery(pairs);
  if (placement === 'form') {
    return {
      pairs,
      url: `${baseUrl}/`,
      init: { method, headers: { 'content-type': 'application/x-www-form-urlencoded', ...extraHeaders }, body: encoded },
    };
  }
  return { pairs, url: `${baseUrl}/?${encoded}`, init: { method, headers: { ...extraHeaders } } };
}

// ---------------------------------------------------------------------------------------------
// V3 (ACS3-HMAC-SHA256)

export function sha256Hex(data) {
  return createHash('sha256').update(data).digest('hex');
}

export function v3CanonicalRequest({ method, path = '/', pairs, headers, signedHeaders, payloadHash }) {
  const canonicalHeaders = signedHeaders.map((h) => `${h}:${String(headers[h]).trim()}\n`).join('');
  return [method.toUpperCase(), path, canonicalQuery(pairs), canonicalHeaders, signedHeaders.join(';'), payloadHash].join('\n');
}

export function v3StringToSign(canonicalRequest) {
  return `ACS3-HMAC-SHA256\n${sha256Hex(Buffer.from(canonicalRequest, 'utf8'))}`;
}

export function v3Signature(stringToSign, secret) {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(stringToSign, 'utf8').digest('hex');
}

/**
 * Computes the Authorization header for a V3 request. `headers` are lower-case names → values; every
 * x-acs-* header plus host and content-type (when present) is signed, as the SDK does.
 */
export function v3Authorization({ method, path = '/', pairs, headers, accessKeyId, secret }) {
  const signedHeaders = Object.keys(headers)
    .map((h) => h.toLowerCase())
    .filter((h) => h.startsWith('x-acs-') || h === 'host' || h === 'content-type')
    .sort();
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const canonicalRequest = v3CanonicalRequest({
    method, path, pairs, headers: lower, signedHeaders, payloadHash: lower['x-acs-content-sha256'],
  });
  const stringToSign = v3StringToSign(canonicalRequest);
  const signature = v3Signature(stringToSign, secret);
  return {
    canonicalRequest,
    stringToSign,
    signature,
    authorization: `ACS3-HMAC-SHA256 Credential=${accessKeyId},SignedHeaders=${signedHeaders.join(';')},Signature=${signature}`,
  };
}

/** Builds a signed V3 request (parameters in the query, empty body unless `body` is given). */
export function prepareV3({
  baseUrl, accessKeyId, secret, action, version = '2016-04-28', params = {}, method = 'POST',
  date = isoSeconds(), nonce = nonceHex(), body = '', contentType, extraHeaders = {},
}) {
  const pairs = toPairs(params);
  const host = new URL(baseUrl).host;
  const bodyBuf = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  const headers = {
    host,
    'x-acs-action': action,
    'x-acs-version': version,
    'x-acs-date': date,
    'x-acs-signature-nonce': nonce,
    'x-acs-content-sha256': sha256Hex(bodyBuf),
    ...(contentType ? { 'content-type': contentType } : {}),
    ...extraHeaders,
  };
  const { authorization } = v3Authorization({ method, pairs, headers, accessKeyId, secret });
  const sendHeaders = { ...headers, accept: 'application/json', authorization };
  delete sendHeaders.host; // fetch sets Host from the URL (same value as signed)
  const qs = wireQuery(pairs);
  return {
    pairs,
    url: `${baseUrl}/${qs ? '?' + qs : ''}`,
    init: { method, headers: sendHeaders, ...(bodyBuf.length || method === 'POST' ? { body: bodyBuf } : {}) },
  };
}

// ---------------------------------------------------------------------------------------------

/** Sends a prepared request; returns { status, headers, text, json } (json undefined if not JSON). */
export async function send(prepared, { timeoutMs = 30_000 } = {}) {
  const init = { ...prepared.init, signal: AbortSignal.timeout(timeoutMs) };
  if (init.method === 'GET' || init.method === 'HEAD') delete init.body;
  const res = await fetch(prepared.url, init);
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}
