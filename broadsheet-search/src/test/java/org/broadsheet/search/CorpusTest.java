package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

class CorpusTest {

    @TempDir
    static Path store;

    @BeforeAll
    static void index() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(store)) {
            index.add(Articles.article("https://a.example/strike", "en", "Dock workers strike over pay",
                    "Thousands of dock workers walked out on Monday.\nThe union said the strikes would continue.",
                    "Harbour Times", "2024-03-04T08:00:00Z", List.of("Ann Lee")));
            index.add(Articles.article("https://b.example/streik", "de", "Hafenarbeiter streiken",
                    "Die Hafenarbeiter streikten am Montag für höhere Löhne.\nDie Gewerkschaft kündigte weitere "
                            + "Streiks an.", "Hafenblatt", "2024-05-01", List.of("Jan Berg")));
            index.add(Articles.article("https://c.example/greve", "fr", "Grève des dockers",
                    "Les dockers sont en grève depuis lundi.", "Le Port", "2023-11-20T10:00:00+01:00", List.of()));
            index.add(Articles.article("https://d.example/huelga", "es", "Huelga de estibadores",
                    "Los estibadores comenzaron una huelga el lunes.", "El Puerto", null, List.of()));
            index.add(Articles.article("https://e.example/zabastovka", "ru", "Забастовка докеров",
                    "Докеры начали забастовку в понедельник.", "Порт", "2024-01-02", List.of()));
            index.add(Articles.article("https://f.example/bagong", "zh", "码头工人罢工",
                    "数千名码头工人周一举行罢工，要求提高工资。", "港口日报", "2024-02-02", List.of()));
            ObjectNode rates = Articles.article(null, "en", "Rates rise again", Articles.wireStory(), "Wire",
                    "2024-09-12", List.of());
            ObjectNode analysis = rates.putObject("analysis");
            analysis.putArray("people").addObject().put("name", "Maria Lopez").putArray("roles").addObject()
                    .put("stated", "Governor").put("meaning", "governor of the central bank");
            analysis.putArray("quotes").addObject()
                    .put("text", "We will do what it takes to bring prices back to target")
                    .put("cue", "Lopez said").putObject("speaker").put("name", "Maria Lopez").put("kind", "person");
            ObjectNode reported = analysis.putArray("reportedSpeech").addObject().put("cue", "said");
            reported.putObject("speaker").put("name", "Opposition lawmakers").put("kind", "group");
            reported.putObject("content").put("text", "the increase would hurt families with mortgages");
            analysis.putArray("figures").addObject().put("kind", "percent").put("text", "4.2 percent")
                    .put("value", 4.2).put("unit", "percent").put("measures", "consumer prices");
            analysis.putArray("events").addObject().put("kind", "statement").put("trigger", "raised")
                    .putArray("participants").add("central bank");
            index.add(rates);
        }
    }

    @Test
    void findsEachLanguageByItsOwnStemming() throws IOException {
        try (Corpus c = Corpus.open(store)) {
            assertEquals(List.of("https://a.example/strike"), urls(c, "striking"));   // English stem: strike
            assertEquals(List.of("https://b.example/streik"), urls(c, "Gewerkschaften"));  // German stem
            assertEquals(List.of("https://c.example/greve"), urls(c, "grèves"));
            assertEquals(List.of("https://d.example/huelga"), urls(c, "huelgas"));
            assertEquals(List.of("https://e.example/zabastovka"), urls(c, "забастовки"));
            assertEquals(List.of("https://f.example/bagong"), urls(c, "罢工"));
        }
    }

    @Test
    void aStopWordOfOneLanguageDoesNotSinkAnother() throws IOException {
        try (Corpus c = Corpus.open(store)) {
            // "die" is a German stop word and an English word; "the" an English stop word
            assertEquals(List.of("https://a.example/strike"), urls(c, "the strikes"));
            assertEquals(List.of("https://b.example/streik"), urls(c, "die Hafenarbeiter"));
        }
    }

    @Test
    void phrasesMatchOnlyWordsInOrder() throws IOException {
        try (Corpus c = Corpus.open(store)) {
            assertEquals(List.of("https://a.example/strike"), urls(c, "\"dock workers walked\""));
            assertEquals(List.of(), urls(c, "\"workers dock walked\""));
        }
    }

    @Test
    void filtersFacetsDatesAndSort() throws IOException {
        try (Corpus c = Corpus.open(store)) {
            SearchResults all = c.search(new SearchRequest("", Map.of(), null, null, SearchRequest.Sort.DATE, false,
                    0, 100));
            assertEquals(7, all.total());
            assertEquals("Rates rise again", all.hits().get(0).title());                   // 2024-09-12
            assertEquals("https://b.example/streik", all.hits().get(1).url());   // newest dated after the wire
            assertNull(all.hits().get(6).date());                                  // undated last
            assertTrue(all.facets().get("language").contains(new SearchResults.FacetValue("de", 1)));
            assertTrue(all.facets().get("author").contains(new SearchResults.FacetValue("Ann Lee", 1)));
            assertTrue(all.histogram().contains(new SearchResults.FacetValue("2024-03", 1)));

            SearchResults german = c.search(new SearchRequest("", Map.of("language", List.of("de", "fr")), null,
                    null, SearchRequest.Sort.RELEVANCE, false, 0, 10));
            assertEquals(2, german.total());
            SearchResults in2024 = c.search(new SearchRequest("", Map.of(), LocalDate.parse("2024-01-01"),
                    LocalDate.parse("2024-03-04"), SearchRequest.Sort.DATE, false, 0, 10));
            assertEquals(List.of("https://a.example/strike", "https://f.example/bagong",
                    "https://e.example/zabastovka"), in2024.hits().stream().map(SearchResults.Hit::url).toList());
        }
    }

    @Test
    void snippetsMarkTheMatchesAsText() throws IOException {
        try (Corpus c = Corpus.open(store)) {
            SearchResults r = c.search(SearchRequest.of("union"));
            Snippet s = r.hits().get(0).snippet();
            assertTrue(s.parts().contains(new Snippet.Part("union", true)), s.toString());
            assertTrue(s.marked("[", "]").contains("The [union] said"), s.marked("[", "]"));
        }
    }

    @Test
    void anArticleWithoutAddressIsKeyedByItsContent() throws IOException {
        try (Corpus c = Corpus.open(store)) {
            SearchResults r = c.search(SearchRequest.of("\"quarter of a percentage point\""));
            assertEquals(1, r.total());
            String id = r.hits().get(0).id();
            assertTrue(id.startsWith("sha256:"), id);
            ObjectNode a = c.article(id);
            assertNotNull(a);
            assertEquals("Rates rise again", a.path("article").path("title").asText());
            assertNull(c.article("https://nowhere.example/"));
        }
    }

    @Test
    void indexingTheSameArticlesAgainAddsNothing() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(store)) {
            var outcome = index.add(Articles.article("https://a.example/strike", "en", "Dock workers strike over pay",
                    "Thousands of dock workers walked out on Monday.\nThe union said the strikes would continue.",
                    "Harbour Times", "2024-03-04T08:00:00Z", List.of("Ann Lee")));
            assertEquals(ArticleIndex.Outcome.UNCHANGED, outcome);
        }
        try (Corpus c = Corpus.open(store)) {
            assertEquals(7, c.articleCount());
        }
    }

    @Test
    void statementsBySpeakerAndPeopleOverTime() throws IOException {
        try (Corpus c = Corpus.open(store)) {
            SearchResults said = c.search(new SearchRequest("prices", Map.of(), null, null,
                    SearchRequest.Sort.RELEVANCE, true, 0, 10));
            assertEquals(1, said.total());
            assertEquals("Maria Lopez", said.hits().get(0).speaker());
            assertEquals("Rates rise again", said.hits().get(0).title());
            assertTrue(said.hits().get(0).snippet().parts().contains(new Snippet.Part("prices", true)));

            SearchResults byLawmakers = c.search(new SearchRequest("", Map.of("speaker",
                    List.of("Opposition lawmakers")), null, null, SearchRequest.Sort.RELEVANCE, true, 0, 10));
            assertEquals(1, byLawmakers.total());
            SearchResults articlesQuoting = c.search(new SearchRequest("", Map.of("speaker",
                    List.of("Maria Lopez")), null, null, SearchRequest.Sort.RELEVANCE, false, 0, 10));
            assertEquals(List.of("Rates rise again"), articlesQuoting.hits().stream().map(SearchResults.Hit::title)
                    .toList());

            ObjectNode person = c.person("Maria Lopez");
            assertEquals(1, person.path("statements").size());
            assertEquals("Governor", person.path("roles").get(0).asText());
            assertEquals(1, person.path("articles").size());
            ObjectNode author = c.person("Ann Lee");
            assertTrue(author.path("articles").get(0).path("byline").asBoolean());

            assertEquals("consumer prices", c.figures(SearchRequest.of("prices")).get(0).path("measures").asText());
            assertEquals("raised", c.relations(SearchRequest.of("")).get(0).path("trigger").asText());
        }
    }

    @Test
    void aResultShowsItsHeadlineBylineAndDateAndFoldsItsCopies(@TempDir Path copiesStore) throws IOException {
        String story = Articles.wireStory();
        try (ArticleIndex index = ArticleIndex.open(copiesStore)) {
            index.add(Articles.article("https://wire.example/rates", "en", "Rates rise again", story, "Wire",
                    "2024-09-12T06:00:00Z", List.of("Ann Lee")));
            index.add(Articles.article("https://daily.example/rates", "en", "Central bank lifts rates", story + " "
                    + "Reporting by the Daily's business desk.", "The Daily", "2024-09-12T09:30:00Z", List.of()));
            index.add(Articles.article("https://other.example/harbour", "en", "Dock workers strike over pay",
                    "Thousands of dock workers walked out on Monday over pay.", "Harbour Times", null, List.of()));
        }
        try (Corpus c = Corpus.open(copiesStore)) {
            SearchResults r = c.search(new SearchRequest("", Map.of(), null, null, SearchRequest.Sort.DATE, false,
                    0, 10));
            assertEquals(3, r.total());
            assertEquals(2, r.hits().size(), "the two copies of the wire story are one result");
            SearchResults.Hit first = r.hits().get(0);
            assertEquals("2024-09-12T09:30:00Z", first.date());
            assertEquals(1, first.copies().size());
            SearchResults.Hit copy = first.url().equals("https://wire.example/rates") ? first
                    : c.search(SearchRequest.of("\"Rates rise again\"")).hits().get(0);
            assertEquals("https://wire.example/rates", copy.url());
            assertEquals("Wire", copy.publisher());
            assertEquals(List.of("Ann Lee"), copy.authors());
            assertEquals("en", copy.language());
            SearchResults.Copy other = first.copies().get(0);
            assertTrue(Set.of("https://wire.example/rates", "https://daily.example/rates").contains(other.url()));
            assertTrue(!other.url().equals(first.url()), "a result does not list itself as its copy");

            SearchResults.Hit undated = r.hits().get(1);
            assertNull(undated.date());
            assertEquals("Dock workers strike over pay", undated.title());
            assertTrue(undated.snippet().marked("", "").startsWith("Thousands of dock workers"), "the opening "
                    + "stands in for a snippet when nothing is highlighted");
            assertEquals(List.of(), undated.copies());
        }
    }

    @Test
    void aStoreWrittenBeforeResultCardsShowsTheSameResults(@TempDir Path withCards, @TempDir Path before)
            throws IOException {
        String story = Articles.wireStory();
        try (ArticleIndex index = ArticleIndex.open(withCards)) {
            index.add(Articles.article("https://wire.example/rates", "en", "Rates rise again", story, "Wire",
                    "2024-09-12T06:00:00Z", List.of("Ann Lee")));
            index.add(Articles.article("https://daily.example/rates", "en", "Central bank lifts rates", story
                    + " Reporting by the Daily's business desk.", "The Daily", "2024-09-12T09:30:00Z", List.of()));
            index.add(Articles.article("https://other.example/harbour", "en", "Dock workers strike over pay",
                    "Thousands of dock workers walked out on Monday over pay. " + story.substring(0, 300), "Harbour "
                            + "Times", null, List.of("Jo Park")));
        }
        withoutCards(withCards, before);
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(before))) {
            assertNull(MultiDocValues.getBinaryValues(r, Fields.CARD), "the old store has no card column");
        }
        try (Corpus now = Corpus.open(withCards); Corpus old = Corpus.open(before)) {
            for (SearchRequest q : List.of(SearchRequest.of(""), SearchRequest.of("rates"),
                    SearchRequest.of("dock workers"))) {
                SearchResults expected = now.search(q);
                SearchResults got = old.search(q);
                assertTrue(expected.hits().size() >= 1, q.query());
                assertEquals(expected.hits(), got.hits(), q.query());
            }
            SearchResults.Hit wire = old.search(SearchRequest.of("\"Rates rise again\"")).hits().get(0);
            assertEquals("Wire", wire.publisher());
            assertEquals(List.of("Ann Lee"), wire.authors());
            assertEquals(List.of("Central bank lifts rates"), wire.copies().stream().map(SearchResults.Copy::title)
                    .toList());
        }
    }

    /** Copies the store in {@code from} to {@code to} without the card column, as stores were before it. */
    private static void withoutCards(Path from, Path to) throws IOException {
        try (Directory source = FSDirectory.open(from); DirectoryReader reader = DirectoryReader.open(source);
                Directory target = FSDirectory.open(to);
                IndexWriter writer = new IndexWriter(target, new IndexWriterConfig())) {
            List<CodecReader> leaves = new java.util.ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                leaves.add(SlowCodecReaderWrapper.wrap(new FilterLeafReader(leaf.reader()) {
                    @Override
                    public FieldInfos getFieldInfos() {
                        return new FieldInfos(java.util.stream.StreamSupport.stream(in.getFieldInfos().spliterator(),
                                false).filter(f -> !f.name.equals(Fields.CARD)).toArray(FieldInfo[]::new));
                    }

                    @Override
                    public BinaryDocValues getBinaryDocValues(String field) throws IOException {
                        return field.equals(Fields.CARD) ? null : in.getBinaryDocValues(field);
                    }

                    @Override
                    public CacheHelper getCoreCacheHelper() {
                        return null;
                    }

                    @Override
                    public CacheHelper getReaderCacheHelper() {
                        return null;
                    }
                }));
            }
            writer.addIndexes(leaves.toArray(CodecReader[]::new));
            writer.commit();
        }
    }

    private static List<String> urls(Corpus c, String query) throws IOException {
        return c.search(SearchRequest.of(query)).hits().stream().map(SearchResults.Hit::url).toList();
    }
}
