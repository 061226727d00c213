package org.broadsheet.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes articles into a store (a Lucene index in a directory): idempotent, incremental and safe to kill.
 *
 * <ul>
 * <li>An article is keyed by its address, else by the hash of its content; adding an article whose key and content
 * are already there changes nothing, and a changed one replaces the old with its statements, in one step.</li>
 * <li>Near-duplicates are grouped as they arrive ({@link NearDuplicates}).</li>
 * <li>Everything added is committed every {@link #COMMIT_EVERY} articles and at {@link #close}. A Lucene commit is
 * atomic: a process killed at any point leaves the index as of its last commit, and running the same command
 * again adds the rest and nothing twice.</li>
 * </ul>
 * Thread-safe: extraction threads may add at the same time.
 */
public final class ArticleIndex implements AutoCloseable {

    /** Articles between commits. */
    public static final int COMMIT_EVERY = 1000;

    /** What adding an article did. */
    public enum Outcome {
        /** It was new. */
        ADDED,
        /** An article with its key was there with other content, and was replaced. */
        REPLACED,
        /** It was there already, unchanged: nothing was written. */
        UNCHANGED
    }

    /** A result's card carries this much of the article's text, for results with no highlighted passage. */
    static final int LEAD_CHARS = 240;

    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final Directory directory;
    private final IndexWriter writer;
    private final FacetsConfig facets = facetsConfig();
    private final NearDuplicates duplicates = new NearDuplicates();
    /** The content hash of every article in the index, by id. */
    private final Map<String, String> hashes = new HashMap<>();
    private final int commitEvery;
    private int sinceCommit;
    private final Map<Outcome, Integer> counts = new HashMap<>();
    /** Locks by article key (striped): see {@link #add}. */
    private final Object[] sameKey = java.util.stream.Stream.generate(Object::new).limit(64).toArray();

    private ArticleIndex(Path store, int commitEvery) throws IOException {
        this.directory = FSDirectory.open(store);
        IndexWriterConfig config = new IndexWriterConfig(Languages.perField());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.commitEvery = commitEvery;
        load();
    }

    /**
     * Opens the store in {@code dir} for writing, creating it when it does not exist. Only one process may write a
     * store at a time (Lucene's lock, released by the system if the process dies).
     */
    public static ArticleIndex open(Path dir) throws IOException {
        return new ArticleIndex(dir, COMMIT_EVERY);
    }

    /** As {@link #open(Path)}, committing every {@code commitEvery} articles. */
    public static ArticleIndex open(Path dir, int commitEvery) throws IOException {
        return new ArticleIndex(dir, Math.max(1, commitEvery));
    }

    /** Facet dimensions: which are multi-valued. */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        Fields.MULTI_VALUED.forEach(d -> config.setMultiValued(d, true));
        return config;
    }

    /** Reads the ids, content hashes, groups and signatures of what the store holds already. */
    private void load() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                BinaryDocValues ids = leaf.reader().getBinaryDocValues(Fields.ID);
                BinaryDocValues hashValues = leaf.reader().getBinaryDocValues(Fields.CONTENT_HASH);
                BinaryDocValues groups = leaf.reader().getBinaryDocValues(Fields.GROUP);
                BinaryDocValues sigs = leaf.reader().getBinaryDocValues(Fields.SIGNATURE);
                if (ids == null || hashValues == null || groups == null) {
                    continue;
                }
                var live = leaf.reader().getLiveDocs();
                for (int doc = ids.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if (live != null && !live.get(doc) || !hashValues.advanceExact(doc) || !groups.advanceExact(doc)) {
                        continue;
                    }
                    String id = ids.binaryValue().utf8ToString();
                    hashes.put(id, hashValues.binaryValue().utf8ToString());
                    if (sigs != null && sigs.advanceExact(doc)) {
                        BytesRef b = sigs.binaryValue();
                        duplicates.add(id, groups.binaryValue().utf8ToString(),
                                MinHash.fromBytes(b.bytes, b.offset, b.length));
                    }
                }
            }
        }
    }

    /**
     * Adds one article, given as the JSON that {@code extract} or {@code analyze} writes.
     *
     * @return what it did
     * @throws IOException when the index cannot be written
     */
    public Outcome add(ObjectNode articleJson) throws IOException {
        IndexedArticle a = IndexedArticle.of(articleJson);
        // two versions of one article on two threads are written one after the other, so that the store and the
        // table of content hashes agree on which is there
        synchronized (sameKey[Math.floorMod(a.id().hashCode(), sameKey.length)]) {
            try {
                return addLocked(a);
            } catch (AlreadyClosedException e) {
                throw broken(e);
            }
        }
    }

    private Outcome addLocked(IndexedArticle a) throws IOException {
        String hash = a.contentHash();
        int[] signature = MinHash.signature(a.text());
        Outcome outcome;
        String group;
        synchronized (this) {
            String old = hashes.get(a.id());
            if (hash.equals(old)) {
                counts.merge(Outcome.UNCHANGED, 1, Integer::sum);
                return Outcome.UNCHANGED;
            }
            outcome = old == null ? Outcome.ADDED : Outcome.REPLACED;
            group = duplicates.assign(a.id(), signature);
            hashes.put(a.id(), hash);
        }
        List<Document> docs = new ArrayList<>();
        docs.add(facets.build(articleDocument(a, hash, group, signature)));
        for (int i = 0; i < a.statements().size(); i++) {
            docs.add(facets.build(statementDocument(a, i)));
        }
        // the article and its statements replace the old ones in one step: a commit has all of them or none
        writer.updateDocuments(new Term(Fields.ARTICLE_ID, a.id()), docs);
        boolean commit;
        synchronized (this) {
            counts.merge(outcome, 1, Integer::sum);
            commit = ++sinceCommit >= commitEvery;
            if (commit) {
                sinceCommit = 0;
            }
        }
        if (commit) {
            commit();
        }
        return outcome;
    }

    /** Makes everything added so far durable. */
    public void commit() throws IOException {
        try {
            writer.commit();
        } catch (AlreadyClosedException e) {
            throw broken(e);
        }
    }

    private IOException broken(AlreadyClosedException e) {
        // the writer was closed, or gave up after a failure to write (disk full...): the store cannot be written
        Throwable why = writer.getTragicException();
        return new IOException(why == null ? "the store is closed" : why.toString(), e);
    }

    /** How many articles were added, replaced and left unchanged since the store was opened. */
    public synchronized Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> c = new HashMap<>();
        for (Outcome o : Outcome.values()) {
            c.put(o, counts.getOrDefault(o, 0));
        }
        return c;
    }

    /** Commits and closes the store; a store that already failed (reported by {@link #add}) is just closed. */
    @Override
    public void close() throws IOException {
        try {
            if (writer.isOpen()) {
                commit();
                writer.close();
            }
        } finally {
            directory.close();
        }
    }

    private static Document articleDocument(IndexedArticle a, String hash, String group, int[] signature) {
        Document d = new Document();
        d.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
        d.add(new BinaryDocValuesField(Fields.ID, new BytesRef(a.id())));
        d.add(new StringField(Fields.ARTICLE_ID, a.id(), Field.Store.NO));
        d.add(new StringField(Fields.KIND, Fields.ARTICLE, Field.Store.NO));
        d.add(new BinaryDocValuesField(Fields.CONTENT_HASH, new BytesRef(hash)));
        d.add(new StringField(Fields.GROUP, group, Field.Store.YES));
        d.add(new BinaryDocValuesField(Fields.GROUP, new BytesRef(group)));
        if (signature != null) {
            d.add(new BinaryDocValuesField(Fields.SIGNATURE, new BytesRef(MinHash.toBytes(signature))));
        }
        d.add(new Field(Fields.lang(Fields.TITLE, a.language()), a.title(), TEXT_WITH_OFFSETS));
        d.add(new Field(Fields.lang(Fields.TEXT, a.language()), a.text(), TEXT_WITH_OFFSETS));
        date(d, a.date());
        facetFields(d, a.facets());
        d.add(new StoredField(Fields.JSON, a.json().toString()));
        d.add(new BinaryDocValuesField(Fields.CARD, new BytesRef(articleCard(a).toString())));
        return d;
    }

    /** The fields of the article's JSON that a result shows, its text cut to an opening (see {@link Fields#CARD}). */
    private static ObjectNode articleCard(IndexedArticle a) {
        ObjectNode card = a.json().objectNode();
        for (String field : List.of("title", "url", "publisher", "pageType", "authors")) {
            if (a.json().has(field)) {
                card.set(field, a.json().get(field));
            }
        }
        JsonNode lang = a.json().path("language");
        card.put("language", lang.isObject() ? lang.path("code").asText(null) : lang.asText(null));
        card.put("compromised", a.json().path("compromised").asBoolean(false)
                || a.json().path("injectedSpam").size() > 0);
        String text = a.text();
        card.put("text", text.length() > LEAD_CHARS ? text.substring(0, LEAD_CHARS) + "…" : text);
        return card;
    }

    private static Document statementDocument(IndexedArticle a, int n) {
        IndexedArticle.Statement s = a.statements().get(n);
        Document d = new Document();
        d.add(new StringField(Fields.ID, a.id() + "#" + n, Field.Store.YES));
        d.add(new BinaryDocValuesField(Fields.ID, new BytesRef(a.id() + "#" + n)));  // a field has one schema
        d.add(new StringField(Fields.ARTICLE_ID, a.id(), Field.Store.YES));
        d.add(new StringField(Fields.KIND, Fields.STATEMENT, Field.Store.NO));
        d.add(new Field(Fields.lang(Fields.QUOTE, a.language()), s.text(), TEXT_WITH_OFFSETS));
        date(d, a.date());
        Map<String, Set<String>> facets = new HashMap<>();
        for (String dim : List.of("publisher", "language", "month", "compromised")) {
            if (a.facets().containsKey(dim)) {
                facets.put(dim, a.facets().get(dim));
            }
        }
        if (s.speaker() != null) {
            facets.put("speaker", Set.of(s.speaker()));
        }
        facetFields(d, facets);
        ObjectNode json = a.json().objectNode();
        json.put("id", a.id() + "#" + n);
        json.put("articleId", a.id());
        json.put("articleTitle", a.title());
        json.put("url", a.json().path("url").asText(null));
        json.put("publisher", a.json().path("publisher").asText(null));
        json.set("published", a.json().path("published").path("value"));
        json.put("speaker", s.speaker());
        json.put("kind", s.kind());
        json.put("text", s.text());
        json.put("cue", s.cue());
        json.put("sentence", s.sentence());
        d.add(new StoredField(Fields.JSON, json.toString()));
        ObjectNode card = json.objectNode();
        for (String field : List.of("articleTitle", "url", "publisher", "speaker", "articleId", "text")) {
            card.set(field, json.get(field));
        }
        d.add(new BinaryDocValuesField(Fields.CARD, new BytesRef(card.toString())));
        return d;
    }

    private static void date(Document d, Long date) {
        if (date != null) {
            d.add(new LongPoint(Fields.DATE, date));
            d.add(new NumericDocValuesField(Fields.DATE, date));
            d.add(new StoredField(Fields.DATE, date));
        }
    }

    private static void facetFields(Document d, Map<String, Set<String>> facets) {
        facets.forEach((dim, values) -> values.forEach(v -> {
            d.add(new SortedSetDocValuesFacetField(dim, v));
            d.add(new StringField(Fields.filter(dim), v, Field.Store.NO));
        }));
    }

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }
}
