import type { APIRoute, GetStaticPaths } from 'astro';
import { siteMessages } from '../../i18n/site';
import { localePrefix } from '../../i18n/paths';
import { localeRoutes } from '../../i18n/routes';
import { LOCALE_INFO, type Locale } from '../../i18n/locales';
import { basePath } from '../../lib/site-paths';

export const getStaticPaths = (() => localeRoutes()) satisfies GetStaticPaths;

/** XML's five reserved characters, escaped, for text from the message tables. */
function escapeXml(text: string): string {
	return text.replace(
		/[<>&'"]/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
	);
}

/**
 * The OpenSearch description of each language (`opensearch.xml`, `es/opensearch.xml`), so a
 * browser can add the guide as a search engine that opens that language's results page. Its
 * addresses are absolute (the format requires it), built from `SITE_URL` and `BASE_PATH`.
 */
export const GET: APIRoute = ({ site, props }) => {
	const { locale } = props as { locale: Locale };
	const t = siteMessages(locale);
	const root = new URL(basePath(), site ?? 'http://localhost:4321/').href;
	const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeXml(t.site.title)}</ShortName>
  <Description>${escapeXml(t.openSearch.description)}</Description>
  <Language>${LOCALE_INFO[locale].lang}</Language>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="32" height="32" type="image/svg+xml">${root}favicon.svg</Image>
  <Url type="text/html" method="get" template="${root}${localePrefix(locale)}search/?q={searchTerms}"/>
</OpenSearchDescription>
`;
	return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
