import type { APIRoute } from 'astro';
import { basePath } from '../lib/site-paths';

/**
 * The OpenSearch description, so a browser can add the guide as a search engine. Its addresses
 * are absolute (the format requires it), built from `SITE_URL` and `BASE_PATH`.
 */
export const GET: APIRoute = ({ site }) => {
	const root = new URL(basePath(), site ?? 'http://localhost:4321/').href;
	const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>KYC Fix Guide</ShortName>
  <Description>Why identity verification (KYC) fails and how to fix it</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="32" height="32" type="image/svg+xml">${root}favicon.svg</Image>
  <Url type="text/html" method="get" template="${root}search/?q={searchTerms}"/>
</OpenSearchDescription>
`;
	return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
