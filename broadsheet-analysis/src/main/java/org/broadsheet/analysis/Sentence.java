package org.broadsheet.analysis;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

/**
 * One annotated sentence of the body: its tokens (with part of speech, lemma, entity tag) and its basic
 * dependency graph, with helpers the finders share. Tokens are numbered from 1, as in the graph.
 */
final class Sentence {

    /** Token {@code index} of {@code sentence}. */
    record Token(Sentence sentence, int index) {
    }

    private final String text;
    private final List<CoreLabel> tokens;
    private final SemanticGraph graph;
    final int index;

    Sentence(String text, CoreMap sentence, int index) {
        this.text = text;
        this.tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        this.graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        this.index = index;
    }

    int size() {
        return tokens.size();
    }

    /** Token {@code i}, counted from 1. */
    CoreLabel token(int i) {
        return tokens.get(i - 1);
    }

    String word(int i) {
        return token(i).word();
    }

    String lemma(int i) {
        String l = token(i).lemma();
        return l == null ? word(i).toLowerCase(java.util.Locale.ROOT) : l.toLowerCase(java.util.Locale.ROOT);
    }

    String tag(int i) {
        String t = token(i).tag();
        return t == null ? "" : t;
    }

    String ner(int i) {
        String n = token(i).ner();
        return n == null ? "O" : n;
    }

    int begin(int i) {
        return token(i).beginPosition();
    }

    int end(int i) {
        return token(i).endPosition();
    }

    int begin() {
        return begin(1);
    }

    /** Whether the sentence opens its line (a paragraph or a heading) rather than following another in it. */
    boolean opensLine() {
        int at = begin();
        while (at > 0 && text.charAt(at - 1) == ' ') {
            at--;
        }
        return at == 0 || text.charAt(at - 1) == '\n';
    }

    int end() {
        return end(size());
    }

    /** The body text from token {@code from} to token {@code to}, inclusive, exactly as written. */
    String text(int from, int to) {
        return text.substring(begin(from), end(to));
    }

    Span span(int from, int to) {
        return new Span(text(from, to), begin(from), end(to));
    }

    Span whole() {
        return span(1, size());
    }

    /** The token that starts at character {@code offset}, or 0. */
    int tokenAt(int offset) {
        for (int i = 1; i <= size(); i++) {
            if (begin(i) <= offset && offset < end(i)) {
                return i;
            }
        }
        return 0;
    }

    /** Dependents of token {@code head} by relation name (prefix match: "nmod" also finds "nmod:poss"). */
    List<Integer> children(int head, String relation) {
        List<Integer> out = new ArrayList<>();
        if (graph == null) {
            return out;
        }
        IndexedWord h = graph.getNodeByIndexSafe(head);
        if (h == null) {
            return out;
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeList(h)) {
            String rel = e.getRelation().toString();
            if (relation == null || rel.equals(relation) || rel.startsWith(relation + ":")) {
                out.add(e.getDependent().index());
            }
        }
        out.sort(null);
        return out;
    }

    int child(int head, String relation) {
        List<Integer> c = children(head, relation);
        return c.isEmpty() ? 0 : c.get(0);
    }

    /** The head of token {@code i}, or 0 for the root. */
    int head(int i) {
        if (graph == null) {
            return 0;
        }
        IndexedWord w = graph.getNodeByIndexSafe(i);
        if (w == null) {
            return 0;
        }
        IndexedWord p = graph.getParent(w);
        return p == null ? 0 : p.index();
    }

    /** The relation of token {@code i} to its head, or "root". */
    String relation(int i) {
        if (graph == null) {
            return "";
        }
        IndexedWord w = graph.getNodeByIndexSafe(i);
        if (w == null) {
            return "";
        }
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(w)) {
            return e.getRelation().toString();
        }
        return "root";
    }

    int root() {
        if (graph == null || graph.getRoots().isEmpty()) {
            return 0;
        }
        return graph.getFirstRoot().index();
    }

    /** Lowest and highest token of the subtree under {@code head}. */
    int[] subtree(int head) {
        int lo = head;
        int hi = head;
        if (graph == null) {
            return new int[] {lo, hi};
        }
        IndexedWord h = graph.getNodeByIndexSafe(head);
        if (h == null) {
            return new int[] {lo, hi};
        }
        for (IndexedWord d : graph.descendants(h)) {
            lo = Math.min(lo, d.index());
            hi = Math.max(hi, d.index());
        }
        return new int[] {lo, hi};
    }

    /**
     * The noun phrase headed by {@code head}: the words to its left that depend on it, directly or not
     * ("the prosecutor's office", "One Washington-based trade expert"), up to a comma or a preposition.
     */
    int[] nounPhrase(int head) {
        int lo = head;
        for (int i = head - 1; i >= 1; i--) {
            String rel = relation(i);
            if (tag(i).equals(",") || tag(i).equals("-LRB-") || !descends(i, head) || rel.equals("cc")
                    || rel.equals("mark") || rel.equals("case") && !tag(i).equals("POS")
                    || rel.equals("punct") && !tag(i).equals("HYPH")
                    || rel.equals("dep") && tag(i).startsWith("VB")) { // "The result, say analysts, ...": a verb misattached
                break;
            }
            lo = i;
        }
        return new int[] {lo, head};
    }

    /** True when token {@code i} is {@code ancestor} or lies under it. */
    boolean descends(int i, int ancestor) {
        for (int k = i, steps = 0; k != 0 && steps <= size(); k = head(k), steps++) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }
}
