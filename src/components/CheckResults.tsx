/**
 * What the photo and selfie checkers show back, written once for both: the list of checks (what needs
 * fixing first, each with its advice and article) and the alert for a picture that could not be
 * checked, styled by CheckResults.css. The words are each checker's own. Each element also carries the
 * host's class (`photo-checker__check`, `selfie-checker__error`, …), which its page and tests select by.
 */
import type { CheckStatus } from '../lib/photo';
import { MAX_FILE_BYTES } from '../lib/photo/thresholds';
import type { Locale } from '../i18n/locales';
import type { CheckerText } from '../i18n/checkers/format';
import { localeArticleHref } from '../i18n/checkers/links';
import type { CheckerMessages } from '../i18n/checkers/types';
import './CheckResults.css';

/** The widgets that show check results: their BEM block, which the host classes are made from. */
export type CheckerBlock = 'photo-checker' | 'selfie-checker';

/** What the list needs of a check: which one it is, and how it went. */
export interface ListedCheck {
	id: string;
	status: CheckStatus;
}

/** Rank of a status in the list: what needs fixing comes first. */
const STATUS_ORDER: Record<CheckStatus, number> = { fail: 0, warn: 1, pass: 2 };

/** The checks with failures first, then warnings, then passes; the analysis' order is kept within each (the sort is stable). */
export function problemsFirst<C extends ListedCheck>(checks: readonly C[]): C[] {
	return [...checks].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
}

interface CheckListProps<C extends ListedCheck> {
	block: CheckerBlock;
	checks: readonly C[];
	/** The badge words and the link's words. */
	common: CheckerMessages['common'];
	/** The check's name. */
	name: (check: C) => string;
	/** What to do about the check (for a passing one, what was fine). */
	advice: (check: C) => string;
	/** The article that fixes the check when it did not pass (an id under src/content/docs), or null. */
	article: (check: C) => string | null;
	/**
	 * The badge's words when the check passed only because a measure was too close to call (no verdict
	 * either way), or null: such a check is not shown as a plain pass.
	 */
	unsure?: (check: C) => string | null;
	locale: Locale;
}

/** Every check with its advice, what needs fixing first; one that did not pass links to its article. */
export function CheckList<C extends ListedCheck>({
	block,
	checks,
	common,
	name,
	advice,
	article,
	unsure,
	locale,
}: CheckListProps<C>) {
	// A pass with a measure too close to call comes after the problems, before the plain passes.
	const unsureBadgeOf = (check: C) => (check.status === 'pass' ? (unsure?.(check) ?? null) : null);
	const passRank = (check: C) => (check.status !== 'pass' ? 0 : unsureBadgeOf(check) ? 1 : 2);
	return (
		<ul class="check-results__checks">
			{[...problemsFirst(checks)]
				.sort((a, b) => passRank(a) - passRank(b))
				.map((check) => {
					const unsureBadge = unsureBadgeOf(check);
					const id = check.status === 'pass' && !unsureBadge ? null : article(check);
					const modifier = unsureBadge ? 'unsure' : check.status;
					return (
						<li
							key={check.id}
							class={`check-results__check check-results__check--${modifier} ${block}__check`}
							data-check={check.id}
							data-status={check.status}
							data-unsure={unsureBadge ? 'true' : undefined}
						>
							<span class="check-results__name">{name(check)}</span>{' '}
							<span class="check-results__badge">{unsureBadge ?? common.checkStatus[check.status]}</span>
							<p class={`check-results__advice ${block}__advice`}>
								{advice(check)}
								{id && (
									<>
										{' '}
										<a href={localeArticleHref(id, locale)}>{common.readMore}</a>
									</>
								)}
							</p>
						</li>
					);
				})}
		</ul>
	);
}

/**
 * Why a picture could not be checked, in words: `message` is the checker's sentence; its `{megabytes}`
 * is the file-size limit, and `{pixels}` the size in pixels that checker's messages name.
 */
export function formatFileProblem(t: CheckerText, message: string, pixels: number): string {
	return t.format(message, { megabytes: MAX_FILE_BYTES / 1024 / 1024, pixels });
}

/** The alert region a file problem appears in: always in the page, so a screen reader announces what appears in it. */
export function FileProblemAlert({ block, text }: { block: CheckerBlock; text: string | null }) {
	return (
		<div role="alert" class={`${block}__alert`}>
			{text !== null && <p class={`check-results__error ${block}__error`}>{text}</p>}
		</div>
	);
}
