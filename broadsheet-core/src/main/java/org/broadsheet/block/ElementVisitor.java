package org.broadsheet.block;

import org.jsoup.nodes.Element;

/**
 * A reader of every element of a page, told of each in document order during the one walk that builds the
 * {@link Page}, so that a stage that needs counts over the whole markup (the page-type evidence) does not walk
 * the document again.
 */
@FunctionalInterface
public interface ElementVisitor {

    /** Nothing to read. */
    ElementVisitor NONE = (element, inBody) -> { };

    /**
     * Called once per element, the document's head included, before its children.
     *
     * @param element the element
     * @param inBody true for the body element and everything inside it
     */
    void visit(Element element, boolean inBody);
}
