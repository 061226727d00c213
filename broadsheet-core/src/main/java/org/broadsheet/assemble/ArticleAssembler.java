package org.broadsheet.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.broadsheet.article.Article;
import org.broadsheet.article.BlockType;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.article.Language;
import org.broadsheet.article.RemovedBlock;
import org.broadsheet.article.SpamFinding;
import org.broadsheet.article.ValidUnicode;
import org.broadsheet.article.Warning;
import org.broadsheet.block.Block;
import org.broadsheet.classify.Decision;
import org.broadsheet.meta.Metadata;
import org.jsoup.nodes.Element;

/** Puts the decisions and metadata of one page together into an {@link Article}. */
public final class ArticleAssembler {

    private static final Pattern SUBTAG_SEPARATOR = Pattern.compile("[-_]");

    /**
     * Builds the article.
     *
     * @param source the input as the user named it
     * @param url the page's address, or null
     * @param meta the page's metadata
     * @param decisions one per block, in reading order
     * @param detectedLanguage the language the body looks like, or null
     * @param warnings problems met on the way
     */
    public Article assemble(String source, String url, Metadata meta, List<Decision> decisions,
            String detectedLanguage, List<Warning> warnings) {
        return assemble(source, url, meta, decisions, detectedLanguage, warnings, List.of());
    }

    /**
     * Builds the article of a page in which {@code injectedSpam} was found (the spam blocks' decisions already
     * say so).
     *
     * @param source the input as the user named it
     * @param url the page's address, or null
     * @param meta the page's metadata
     * @param decisions one per block, in reading order (two for a block flagged only in part: its honest text,
     *        then the planted text; see {@link HonestRemainder})
     * @param detectedLanguage the language the body looks like, or null
     * @param warnings problems met on the way
     * @param injectedSpam what the injected-spam detector flagged
     */
    public Article assemble(String source, String url, Metadata meta, List<Decision> decisions,
            String detectedLanguage, List<Warning> warnings, List<SpamFinding> injectedSpam) {
        List<BodyBlock> body = new ArrayList<>();
        List<RemovedBlock> removed = new ArrayList<>();
        LayoutCells layout = new LayoutCells();
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            if (!d.isBody()) {
                removed.add(new RemovedBlock(d.kind(), d.block().text(), d.reason()));
                continue;
            }
            if (layout.holdsProse(d.block())) {
                body.add(new BodyBlock(BlockType.PARAGRAPH, d.block().text()));
                continue;
            }
            Element table = TableRows.tableOf(d.block());
            if (table != null) {
                // the kept cells of one table that follow each other become one table block
                List<Block> cells = new ArrayList<>();
                int j = i;
                for (; j < decisions.size(); j++) {
                    Decision c = decisions.get(j);
                    if (c.isBody() && (TableRows.tableOf(c.block()) != table || layout.holdsProse(c.block()))) {
                        break;
                    }
                    if (c.isBody()) {
                        cells.add(c.block());
                    } else {
                        removed.add(new RemovedBlock(c.kind(), c.block().text(), c.reason()));
                    }
                }
                BodyBlock rows = TableRows.of(cells);
                if (rows != null) {
                    body.add(rows);
                    i = j - 1;
                    continue;
                }
                removed.subList(removed.size() - (j - i - cells.size()), removed.size()).clear();
            }
            body.add(new BodyBlock(d.block().type(), d.block().text()));
        }
        if (body.isEmpty()) {
            warnings = new ArrayList<>(warnings);
            warnings.add(new Warning("empty-article", decisions.isEmpty() ? "the page has no text: nothing to extract"
                    : "no body text was found: all " + decisions.size() + " blocks of the page were removed (see removed)"));
        }
        String declared = meta.declaredLanguage();
        String code = detectedLanguage != null ? detectedLanguage : primarySubtag(declared);
        Language language = code == null && declared == null ? null : new Language(code, declared, detectedLanguage);
        // every writer can encode what leaves here: lone surrogates become U+FFFD, with a warning
        return ValidUnicode.of(new Article(Article.SCHEMA_VERSION, source, url != null ? url : meta.canonicalUrl(),
                meta.canonicalUrl(), meta.title(), meta.subtitle(), meta.authors(), meta.authorOrganizations(),
                meta.publisher(), meta.section(), meta.tags(), meta.description(), language, meta.image(),
                meta.published(), meta.modified(), body, removed, warnings, null, injectedSpam));
    }

    private static String primarySubtag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String[] subtags = SUBTAG_SEPARATOR.split(tag.trim());
        if (subtags.length == 0) {
            return null; // a tag of separators only ("-", "_-"): split gives nothing
        }
        String primary = subtags[0].toLowerCase(Locale.ROOT);
        return primary.length() == 2 || primary.length() == 3 ? primary : null;
    }
}
