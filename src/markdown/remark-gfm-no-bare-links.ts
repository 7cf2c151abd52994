import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type {} from 'remark-parse';
import type { Processor } from 'unified';

/**
 * GitHub Flavored Markdown without autolink literals: tables, footnotes, strikethrough and task
 * lists, as remark-gfm adds them, but a bare `www.example.org` or `https://…` stays text. Finding
 * bare URLs means checking every character of every paragraph, which measured as most of GFM's
 * cost on news text (`npm run bench`); links are written `[text](url)` or `<https://…>` instead.
 */
export function remarkGfmNoBareLinks(this: Processor): undefined {
	const data = this.data();
	(data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
	(data.fromMarkdownExtensions ??= []).push(
		gfmFootnoteFromMarkdown(),
		gfmStrikethroughFromMarkdown(),
		gfmTableFromMarkdown(),
		gfmTaskListItemFromMarkdown(),
	);
	return undefined;
}
