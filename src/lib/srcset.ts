import { parseSrcset, type SrcSetDefinition } from 'srcset';

/**
 * The candidates of a `srcset` as browsers read them (the `srcset` package, strict), or undefined
 * when it is not a valid srcset: a descriptor that is not one width or density, two candidates for
 * the same one, or text the package would misread. Browsers separate at ASCII white space only, the
 * package at any (so a srcset with other white space is refused), and they treat every ASCII white
 * space alike, while the package deletes the first line break, gluing `a.jpg\n1x` into one URL (its
 * fix for https://github.com/sindresorhus/srcset/issues/14): each becomes a space here. A leading
 * space keeps it from reading `a 1x` as the URL `1x` (it wants two characters); a reading that still
 * leaves part of the text out is refused. src/markdown/srcset.ts has the same function, as src/lib
 * and src/markdown import nothing from each other; test/support/srcset-cases.ts tests both.
 */
export function readSrcset(srcset: string): SrcSetDefinition[] | undefined {
	if (/(?![\t\n\f\r ])\s/u.test(srcset)) return undefined;
	const text = ` ${srcset.replace(/[\t\n\f\r]/gu, ' ')}`;
	let candidates: SrcSetDefinition[];
	try {
		candidates = parseSrcset(text, { strict: true });
	} catch {
		return undefined;
	}
	// A blank srcset reads as one candidate with an empty URL: it has none.
	return readsAll(text, candidates) ? candidates.filter(({ url }) => url !== '') : undefined;
}

/** True when `candidates` account for the whole of `text`: each URL where the last one's descriptors end. */
function readsAll(text: string, candidates: readonly SrcSetDefinition[]): boolean {
	let rest = text;
	for (const { url } of candidates) {
		rest = rest.replace(/^[ ,]*/u, '');
		if (!rest.startsWith(url)) return false;
		// Its descriptors, which strict parsing has checked, up to the comma that ends the candidate.
		rest = rest.slice(url.length).replace(/^[^,]*/u, '');
	}
	return /^[ ,]*$/u.test(rest);
}
