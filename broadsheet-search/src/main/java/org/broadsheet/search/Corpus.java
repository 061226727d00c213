package org.broadsheet.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a store that {@link ArticleIndex} wrote: searches articles or statements, and gathers an article, a person,
 * relations and figures. Sees what was committed when it was opened, and what has been committed since at the next
 * search. Thread-safe.
 */
public final class Corpus implements AutoCloseable {

    /** Snippets are cut from this much of an article's text at most. */
    private static final int HIGHLIGHT_CHARS = 100_000;
    /** Other copies of a story listed with a result, at most. */
    private static final int COPIES = 20;
    /** Values listed per facet. */
    private static final int FACET_VALUES = 12;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Directory directory;
    private final SearcherManager searchers;
    private final Analyzer analyzer = Languages.perField();
    private final Map<String, Analyzer> languageAnalyzers = new LinkedHashMap<>();
    private final org.apache.lucene.facet.FacetsConfig facetsConfig = ArticleIndex.facetsConfig();
    /** The commit that the last refresh saw (see {@link #refresh}). */
    private volatile long generation = -1;
    /** Facet ordinals of the current reader: costly to build, so built once per reader. */
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private Corpus(Directory directory) throws IOException {
        this.directory = directory;
        this.searchers = new SearcherManager(directory, new SearcherFactory());
        for (String tag : Languages.ALL) {
            languageAnalyzers.put(tag, Languages.analyzer(tag));
        }
    }

    /**
     * Opens the store in {@code dir} for reading.
     *
     * @throws NoSuchFileException when there is no store there
     */
    public static Corpus open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no store here: make one with broadsheet index");
        }
        Directory d = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(d)) {
            d.close();
            throw new NoSuchFileException(dir.toString(), null, "no store here: make one with broadsheet index");
        }
        return new Corpus(d);
    }

    /** How many articles the store holds. */
    public int articleCount() throws IOException {
        return withSearcher(s -> s.count(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE))));
    }

    /** Runs a search: a page of results (near-duplicates folded), facet counts and the month histogram. */
    public SearchResults search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        refresh();
        return withSearcher(searcher -> {
            Query words = words(request.query(), request.statements());
            Query query = query(request, words);
            boolean byDate = request.sort() == SearchRequest.Sort.DATE;
            int wanted = (request.offset() + request.limit()) * 3 + 10;
            Sort sort = byDate ? new Sort(new SortField(Fields.DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE)
                    : null;
            FacetsCollectorManager.FacetsResult found = sort == null
                    ? FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, query, wanted, sort, new FacetsCollectorManager());
            TopDocs top = found.topDocs();

            // one hit per near-duplicate group, in rank order
            Map<Integer, String> groupOf = docValues(searcher, top.scoreDocs,
                    request.statements() ? Fields.ID : Fields.GROUP);
            List<ScoreDoc> shown = new ArrayList<>();
            Set<String> groups = new HashSet<>();
            int skipped = 0;
            for (ScoreDoc sd : top.scoreDocs) {
                String group = groupOf.getOrDefault(sd.doc, "doc:" + sd.doc);
                if (!groups.add(group)) {
                    continue;
                }
                if (skipped++ < request.offset()) {
                    continue;
                }
                shown.add(sd);
                if (shown.size() == request.limit()) {
                    break;
                }
            }
            Map<Integer, Snippet> snippets = request.query().isEmpty() ? Map.of()
                    : snippets(searcher, words, shown, request.statements());
            ScoreDoc[] page = shown.toArray(ScoreDoc[]::new);
            Map<Integer, String> ids = docValues(searcher, page, Fields.ID);
            Map<Integer, String> cards = cards(searcher, page);
            Map<String, List<SearchResults.Copy>> copies = request.statements() ? Map.of()
                    : copies(searcher, shown.stream().map(sd -> groupOf.get(sd.doc)).toList());
            List<SearchResults.Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : shown) {
                String id = ids.get(sd.doc);
                hits.add(hit(id, parse(cards.get(sd.doc)), date(searcher, sd.doc), snippets.get(sd.doc),
                        others(copies, groupOf.get(sd.doc), id), request.statements()));
            }
            Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
            List<SearchResults.FacetValue> histogram = List.of();
            SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
            if (state != null) {
                Facets counts = new SortedSetDocValuesFacetCounts(state, found.facetsCollector());
                for (String dim : Fields.FACETS) {
                    if (dim.equals("month") || state.getOrdRange(dim) == null) {
                        continue;
                    }
                    facets.put(dim, values(counts.getTopChildren(FACET_VALUES, dim)));
                }
                if (state.getOrdRange("month") != null) {
                    histogram = values(counts.getAllChildren("month"));
                    histogram = histogram.stream().sorted(Comparator.comparing(SearchResults.FacetValue::value))
                            .toList();
                }
            }
            return new SearchResults(top.totalHits.value, hits, facets, histogram,
                    (System.nanoTime() - start) / 1_000_000);
        });
    }

    /** An article's JSON as indexed, with its near-duplicate group's other copies, or null when it is not there. */
    public ObjectNode article(String id) throws IOException {
        refresh();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(articleQuery(id), 1);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
            ObjectNode json = (ObjectNode) parse(d.get(Fields.JSON));
            ObjectNode out = JSON.createObjectNode();
            out.put("id", d.get(Fields.ID));
            out.put("group", d.get(Fields.GROUP));
            String group = d.get(Fields.GROUP);
            out.set("copies", JSON.valueToTree(others(copies(searcher, java.util.Collections.singletonList(group)),
                    group, d.get(Fields.ID))));
            out.set("article", json);
            return out;
        });
    }

    /**
     * Everything the store knows of one person: their roles, what they said (oldest first), the articles that
     * mention them or carry their byline.
     *
     * @param name the person's name as the analysis or the byline gives it
     */
    public ObjectNode person(String name) throws IOException {
        refresh();
        return withSearcher(searcher -> {
            ObjectNode out = JSON.createObjectNode();
            out.put("name", name);
            ArrayNode statements = out.putArray("statements");
            BooleanQuery said = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.STATEMENT)), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.filter("speaker"), name)), Occur.FILTER).build();
            Sort oldestFirst = new Sort(new SortField(Fields.DATE, SortField.Type.LONG, false));
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(said, 500, oldestFirst).scoreDocs) {
                statements.add(parse(stored.document(sd.doc).get(Fields.JSON)));
            }
            BooleanQuery mentioned = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), Occur.FILTER)
                    .add(new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(Fields.filter("person"), name)), Occur.SHOULD)
                            .add(new TermQuery(new Term(Fields.filter("author"), name)), Occur.SHOULD)
                            .add(new TermQuery(new Term(Fields.filter("speaker"), name)), Occur.SHOULD).build(),
                            Occur.MUST).build();
            ArrayNode articles = out.putArray("articles");
            Set<String> roles = new java.util.LinkedHashSet<>();
            for (ScoreDoc sd : searcher.search(mentioned, 500, oldestFirst).scoreDocs) {
                Document d = stored.document(sd.doc);
                JsonNode a = parse(d.get(Fields.JSON));
                ObjectNode row = articles.addObject();
                row.put("id", d.get(Fields.ID));
                row.put("title", a.path("title").asText(null));
                row.put("url", a.path("url").asText(null));
                row.put("publisher", a.path("publisher").asText(null));
                row.set("published", a.path("published").path("value"));
                boolean author = false;
                for (JsonNode au : a.path("authors")) {
                    author |= au.asText().equals(name);
                }
                row.put("byline", author);
                for (JsonNode p : a.path("analysis").path("people")) {
                    if (p.path("name").asText().equals(name)) {
                        p.path("roles").forEach(r -> roles.add(r.path("stated").asText(r.path("meaning").asText())));
                    }
                }
            }
            ArrayNode roleList = out.putArray("roles");
            roles.stream().filter(r -> !r.isBlank()).forEach(roleList::add);
            return out;
        });
    }

    /**
     * What the knowledge layer found happening between people and organizations (its events), in the articles that
     * match {@code request} (its page and order are ignored: up to 500 articles are read).
     */
    public ArrayNode relations(SearchRequest request) throws IOException {
        return collect(request, "events", (article, e) -> {
            ObjectNode row = e.deepCopy();
            return row;
        });
    }

    /**
     * The figures the knowledge layer found (value, unit, what they measure) in the articles that match
     * {@code request}, each with its article's date: the points of a chart of the figures reported over time. When
     * the query's words name what figures measure, only those figures are kept.
     */
    public ArrayNode figures(SearchRequest request) throws IOException {
        List<String> words = java.util.Arrays.stream(request.query().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 2).toList();
        ArrayNode all = collect(request, "figures", (article, f) -> f.deepCopy());
        ArrayNode named = JSON.createArrayNode();
        for (JsonNode f : all) {
            String measures = f.path("measures").asText("").toLowerCase(Locale.ROOT);
            if (words.stream().anyMatch(measures::contains)) {
                named.add(f);
            }
        }
        return named.isEmpty() ? all : named;
    }

    private interface Row {
        ObjectNode make(JsonNode article, JsonNode item);
    }

    private ArrayNode collect(SearchRequest request, String analysisField, Row row) throws IOException {
        refresh();
        return withSearcher(searcher -> {
            SearchRequest articles = new SearchRequest(request.query(), request.filters(), request.from(),
                    request.to(), SearchRequest.Sort.DATE, false, 0, 100);
            ArrayNode out = JSON.createArrayNode();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(query(articles), 500).scoreDocs) {
                Document d = stored.document(sd.doc);
                JsonNode a = parse(d.get(Fields.JSON));
                for (JsonNode item : a.path("analysis").path(analysisField)) {
                    ObjectNode r = row.make(a, item);
                    r.put("articleId", d.get(Fields.ID));
                    r.put("articleTitle", a.path("title").asText(null));
                    r.set("published", a.path("published").path("value"));
                    out.add(r);
                }
            }
            return out;
        });
    }

    /**
     * Opens what was committed since the last search, if anything was: the store's listing names the latest commit,
     * which is cheaper to learn than reading the commit itself on every search.
     */
    private void refresh() throws IOException {
        long latest = SegmentInfos.getLastCommitGeneration(directory.listAll());
        if (latest != generation) {
            searchers.maybeRefreshBlocking();
            generation = latest;
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        directory.close();
    }

    // ---- queries

    private Query query(SearchRequest request) {
        return query(request, words(request.query(), request.statements()));
    }

    private Query query(SearchRequest request, Query words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Fields.KIND, request.statements() ? Fields.STATEMENT : Fields.ARTICLE)),
                Occur.FILTER);
        b.add(words, request.query().isEmpty() ? Occur.FILTER : Occur.MUST);
        request.filters().forEach((dim, values) -> {
            if (values.isEmpty() || !Fields.FACETS.contains(dim)) {
                return;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            values.forEach(v -> any.add(new TermQuery(new Term(Fields.filter(dim), v)), Occur.SHOULD));
            b.add(any.build(), Occur.FILTER);
        });
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE
                    : request.from().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE
                    : request.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - 1;
            b.add(LongPoint.newRangeQuery(Fields.DATE, from, to), Occur.FILTER);
        }
        return b.build();
    }

    /**
     * The words of a query, analysed once per language: an article matches when its own language's analysis of the
     * words matches (so a stop word of one language does not sink articles in another).
     */
    private Query words(String text, boolean statements) {
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String tag : Languages.ALL) {
            Map<String, Float> weights = statements
                    ? Map.of(Fields.lang(Fields.QUOTE, tag), 1f)
                    : Map.of(Fields.lang(Fields.TITLE, tag), 2f, Fields.lang(Fields.TEXT, tag), 1f);
            SimpleQueryParser parser = new SimpleQueryParser(languageAnalyzers.get(tag), weights);
            parser.setDefaultOperator(Occur.MUST);
            Query q = parser.parse(text);
            if (q != null && !(q instanceof MatchNoDocsQuery)) {
                any.add(q, Occur.SHOULD);
            }
        }
        return any.build();
    }

    private static Query articleQuery(String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ID, id)), Occur.FILTER).build();
    }

    // ---- results

    /**
     * The best passages of each of {@code docs} for the query's words: each document is highlighted in its own
     * language's field only, from the match offsets kept in the index, cut at {@link SentenceBreaks}.
     */
    private Map<Integer, Snippet> snippets(IndexSearcher searcher, Query words, List<ScoreDoc> docs,
            boolean statements) throws IOException {
        Map<String, List<Integer>> byField = new java.util.TreeMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc sd : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            for (String tag : Languages.ALL) {
                String field = Fields.lang(statements ? Fields.QUOTE : Fields.TEXT, tag);
                NumericDocValues norms = leaf.reader().getNormValues(field);   // a document has norms where it has text
                if (norms != null && norms.advanceExact(sd.doc - leaf.docBase)) {
                    byField.computeIfAbsent(field, f -> new ArrayList<>()).add(sd.doc);
                    break;
                }
            }
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new Snippet.Formatter()).withMaxLength(HIGHLIGHT_CHARS)
                .withBreakIterator(SentenceBreaks::new).build();
        Map<Integer, Snippet> out = new java.util.HashMap<>();
        for (Map.Entry<String, List<Integer>> e : byField.entrySet()) {
            int[] ids = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            String[] passages = highlighter.highlightFields(new String[] {e.getKey()}, words, ids, new int[] {2})
                    .get(e.getKey());
            for (int i = 0; i < ids.length; i++) {
                if (passages[i] != null && !passages[i].isEmpty()) {
                    out.put(ids[i], Snippet.parse(passages[i]));
                }
            }
        }
        return out;
    }

    private static SearchResults.Hit hit(String id, JsonNode j, Long date, Snippet snippet,
            List<SearchResults.Copy> copies, boolean statement) {
        String when = date == null ? null : Instant.ofEpochMilli(date).toString();
        if (statement) {
            return new SearchResults.Hit(id, j.path("articleTitle").asText(null),
                    j.path("url").asText(null), j.path("publisher").asText(null), when, null, null, false, List.of(),
                    snippet == null ? Snippet.plain(j.path("text").asText("")) : snippet,
                    j.path("speaker").asText(null), j.path("articleId").asText(null), List.of());
        }
        List<String> authors = new ArrayList<>();
        j.path("authors").forEach(a -> authors.add(a.asText()));
        JsonNode lang = j.path("language");
        String text = j.path("text").asText("");
        int lead = ArticleIndex.LEAD_CHARS;
        return new SearchResults.Hit(id, j.path("title").asText(null), j.path("url").asText(null),
                j.path("publisher").asText(null), when,
                lang.isObject() ? lang.path("code").asText(null) : lang.asText(null),
                j.path("pageType").asText(null),
                j.path("compromised").asBoolean(false) || j.path("injectedSpam").size() > 0, authors,
                snippet == null ? Snippet.plain(text.length() > lead + 1 ? text.substring(0, lead) + "…" : text)
                        : snippet,
                null, null, copies);
    }

    /** A document's publication time (epoch ms), or null. */
    private static Long date(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues dates = leaf.reader().getNumericDocValues(Fields.DATE);
        return dates != null && dates.advanceExact(doc - leaf.docBase) ? dates.longValue() : null;
    }

    /**
     * The articles of each of {@code groups} (near-duplicate groups; nulls ignored), at most {@link #COPIES} + 1 each,
     * in index order: read from the group field's postings, one pass over the index for a whole page of results.
     */
    private static Map<String, List<SearchResults.Copy>> copies(IndexSearcher searcher, List<String> groups)
            throws IOException {
        Set<String> wanted = new java.util.TreeSet<>();
        groups.stream().filter(java.util.Objects::nonNull).forEach(wanted::add);
        Map<String, List<Integer>> docsOf = new LinkedHashMap<>();
        List<ScoreDoc> all = new ArrayList<>();
        PostingsEnum postings = null;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(Fields.GROUP);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            Bits live = leaf.reader().getLiveDocs();
            for (String group : wanted) {
                List<Integer> docs = docsOf.computeIfAbsent(group, g -> new ArrayList<>());
                if (docs.size() > COPIES || !te.seekExact(new BytesRef(group))) {
                    continue;
                }
                postings = te.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && docs.size() <= COPIES;
                        doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        docs.add(leaf.docBase + doc);
                        all.add(new ScoreDoc(leaf.docBase + doc, 0));
                    }
                }
            }
        }
        ScoreDoc[] docs = all.toArray(ScoreDoc[]::new);
        Map<Integer, String> ids = docValues(searcher, docs, Fields.ID);
        Map<Integer, String> cards = cards(searcher, docs);
        Map<String, List<SearchResults.Copy>> out = new java.util.HashMap<>();
        for (Map.Entry<String, List<Integer>> group : docsOf.entrySet()) {
            if (group.getValue().size() < 2) {
                continue;   // alone in its group: no copies
            }
            List<SearchResults.Copy> copies = new ArrayList<>();
            for (int doc : group.getValue()) {
                if (ids.containsKey(doc)) {
                    copies.add(copy(ids.get(doc), cards.get(doc)));
                }
            }
            out.put(group.getKey(), copies);
        }
        return out;
    }

    /** The copies of {@code group} other than {@code id}, at most {@link #COPIES}. */
    private static List<SearchResults.Copy> others(Map<String, List<SearchResults.Copy>> copies, String group,
            String id) {
        List<SearchResults.Copy> all = group == null ? null : copies.get(group);
        return all == null ? List.of() : all.stream().filter(c -> !c.id().equals(id)).limit(COPIES).toList();
    }

    /**
     * What a result shows of each of {@code docs}, as JSON text: its card from the column, or, in a store written
     * before cards, its stored JSON, which has the same fields.
     */
    private static Map<Integer, String> cards(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        Map<Integer, String> cards = docValues(searcher, docs, Fields.CARD);
        StoredFields stored = null;
        for (ScoreDoc sd : docs) {
            if (!cards.containsKey(sd.doc)) {
                stored = stored == null ? searcher.storedFields() : stored;
                String json = stored.document(sd.doc, Set.of(Fields.JSON)).get(Fields.JSON);
                cards.put(sd.doc, json == null ? "{}" : json);
            }
        }
        return cards;
    }

    /** A copy's headline, address and publisher, read from its card without building the whole tree. */
    private static SearchResults.Copy copy(String id, String card) throws IOException {
        String title = null;
        String url = null;
        String publisher = null;
        try (JsonParser p = JSON.getFactory().createParser(card)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                String text = value == JsonToken.VALUE_STRING ? p.getText() : null;
                switch (name) {
                    case "title" -> title = text;
                    case "url" -> url = text;
                    case "publisher" -> publisher = text;
                    default -> p.skipChildren();
                }
            }
        }
        return new SearchResults.Copy(id, title, url, publisher);
    }

    /**
     * A binary doc value of each of {@code docs}, by doc id: read in doc order from the column, not from the stored
     * documents (which would decompress each hit's whole JSON only to learn its group).
     */
    private static Map<Integer, String> docValues(IndexSearcher searcher, ScoreDoc[] docs, String field)
            throws IOException {
        int[] ids = java.util.Arrays.stream(docs).mapToInt(sd -> sd.doc).sorted().toArray();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, String> out = new java.util.HashMap<>();
        int leaf = -1;
        BinaryDocValues values = null;
        for (int doc : ids) {
            int l = ReaderUtil.subIndex(doc, leaves);
            if (l != leaf) {
                leaf = l;
                values = leaves.get(l).reader().getBinaryDocValues(field);
            }
            if (values != null && values.advanceExact(doc - leaves.get(l).docBase)) {
                out.put(doc, values.binaryValue().utf8ToString());
            }
        }
        return out;
    }

    private static List<SearchResults.FacetValue> values(FacetResult r) {
        if (r == null) {
            return List.of();
        }
        List<SearchResults.FacetValue> out = new ArrayList<>();
        for (LabelAndValue lv : r.labelValues) {
            out.add(new SearchResults.FacetValue(lv.label, lv.value.longValue()));
        }
        return out;
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState s = facetState;
        if (s != null && s.reader() == reader) {
            return s.state();
        }
        synchronized (this) {
            s = facetState;
            if (s != null && s.reader() == reader) {
                return s.state();
            }
            SortedSetDocValuesReaderState state;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
            } catch (IllegalArgumentException noFacets) {
                state = null;
            }
            facetState = new FacetState(reader, state);
            return state;
        }
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the store holds JSON it wrote itself", e);
        }
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return work.run(s);
        } finally {
            searchers.release(s);
        }
    }

}
