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
     * True when a document parsed by this parser, whose deepest element is {@code deepestElement} levels down (the
     * document itself at 0), has elements at the depth limit: the parser then flattened anything deeper into them,
     * and the page should say so.
     */
    public boolean reachedDepthLimit(int deepestElement) {
        return deepestElement >= maxDepth - 1;
    }
}
