package org.broadsheet.cli;

import java.util.ServiceLoader;

import org.broadsheet.article.Article;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The knowledge layer as {@code index --analyze} sees it: an article in, its JSON with an {@code analysis} object
 * out. The implementation lives in the analyze jar (GPL-3.0-or-later, with Stanford CoreNLP), registered as a
 * service; {@code broadsheet.jar} has none, so that it stays free of GPL code.
 */
public interface KnowledgeLayer {

    /** The article as JSON with its analysis. Called by several threads at once. */
    ObjectNode analyze(Article article);

    /** The knowledge layer on the class path, or null when there is none (as in {@code broadsheet.jar}). */
    static KnowledgeLayer find() {
        return ServiceLoader.load(KnowledgeLayer.class).findFirst().orElse(null);
    }
}
