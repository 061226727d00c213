package org.broadsheet.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * Parses HTML the way browsers do (jsoup's HTML5 tree builder), with a cap on element depth so that a
 * page nested 100,000 levels deep costs no more than one nested a few hundred deep.
 */
public final class HtmlParser {

    private final int maxDepth;

    /** A parser that keeps at most {@code maxDepth} levels of elements; deeper ones are flattened. */
    public HtmlParser(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** Parses {@code html}; {@code baseUrl} (may be null) resolves relative links. */
    public Document parse(String html, String baseUrl) {
        Parser parser = Parser.htmlParser().setMaxDepth(maxDepth);
        return parser.parseInput(html, baseUrl == null ? "" : baseUrl);
    }

    /**
     * True when {@code doc} (parsed by this parser) has elements at the depth limit: the parser then flattened
     * anything deeper into them, and the page should say so.
     */
    public boolean reachedDepthLimit(Document doc) {
        boolean[] reached = {false};
        doc.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (depth >= maxDepth - 1) {
                    reached[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        });
        return reached[0];
    }
}
