package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.broadsheet.article.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every fact of {@code ../shared/seed/000_a28ed3d70ae9afd0.facts.json} on the seed article's 20 body
 * paragraphs (test resource {@code seed-body.txt}), dated 2024-10-03 as the page states.
 */
class SeedFactsTest {

    private static Article article;
    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        article = Articles.of(Articles.lines("/seed-body.txt"), "2024-10-03T07:43", "en", List.of("Zhang Yunbi"),
                "China Daily");
        analysis = new Analyzer().analyze(article, null);
    }

    private static Person person(String name) {
        Person p = analysis.person(name);
        assertNotNull(p, () -> name + " is not among " + analysis.people().stream().map(Person::name).toList());
        return p;
    }

    private static List<String> mentionTexts(List<Mention> mentions) {
        return mentions.stream().map(Mention::text).toList();
    }

    @Test
    void offsetsPointIntoTheBodyText() {
        String text = article.text();
        for (Person p : analysis.people()) {
            for (Mention m : p.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()));
            }
        }
        for (Quote q : analysis.quotes()) {
            for (Span s : q.parts()) {
                assertEquals(s.text(), text.substring(s.start(), s.end()));
            }
        }
        for (ReportedSpeech r : analysis.reportedSpeech()) {
            assertEquals(r.content().text(), text.substring(r.content().start(), r.content().end()));
        }
        for (Figure f : analysis.figures()) {
            assertEquals(f.text(), text.substring(f.start(), f.end()));
        }
    }

    @Test
    void peopleWithTheirRolesAndMentions() {
        Person xi = person("Xi Jinping");
        assertTrue(xi.roles().stream().anyMatch(r -> r.meaning().equals("President")), xi.roles()::toString);
        assertTrue(mentionTexts(xi.mentions()).containsAll(List.of("Xi Jinping", "Xi", "he")));

        Person putin = person("Vladimir Putin");
        assertTrue(putin.roles().stream().anyMatch(r -> r.meaning().equals("President of Russia")
                && r.stated().equals("his Russian counterpart")), putin.roles()::toString);
        assertTrue(mentionTexts(putin.mentions()).containsAll(List.of("Vladimir Putin", "Putin", "he")));
        // "He also voiced the hope ..." (the last paragraph) is Putin
        Mention lastHe = putin.mentions().get(putin.mentions().size() - 1);
        assertEquals("He", lastHe.text());
        assertEquals(Mention.Kind.PRONOUN, lastHe.kind());

        Person zhang = person("Zhang Hanhui");
        assertTrue(zhang.roles().stream().anyMatch(r -> r.stated().equals("China's ambassador to Russia")));
        assertTrue(mentionTexts(zhang.mentions()).containsAll(List.of("Zhang Hanhui", "Zhang")));

        Person author = person("Zhang Yunbi");
        assertTrue(author.author());
        assertTrue(author.mentions().isEmpty(), "'Zhang' in the body is the ambassador, not the author");
        assertEquals(4, analysis.people().size(), () -> analysis.people().stream().map(Person::name).toList().toString());
    }

    @Test
    void organizationsAndPlaces() {
        List<String> orgs = analysis.organizations().stream().map(Organization::name).toList();
        assertTrue(orgs.containsAll(List.of("China Daily", "Chinese Foreign Ministry", "United Nations",
                "Shanghai Cooperation Organization (SCO)", "BRICS")), orgs::toString);
        Organization sco = analysis.organizations().stream()
                .filter(o -> o.name().equals("Shanghai Cooperation Organization (SCO)")).findFirst().orElseThrow();
        assertTrue(mentionTexts(sco.mentions()).contains("SCO"), "SCO is the Shanghai Cooperation Organization");

        Place china = place("China");
        assertTrue(china.country());
        assertTrue(china.mentions().stream().anyMatch(m -> m.text().equals("Beijing") && m.kind() == Mention.Kind.CAPITAL));
        assertTrue(mentionTexts(china.mentions()).containsAll(List.of("People's Republic of China", "Sino-")));
        Place russia = place("Russia");
        assertTrue(russia.mentions().stream().anyMatch(m -> m.text().equals("Moscow") && m.kind() == Mention.Kind.CAPITAL));
        place("Eurasia");
        List<String> places = analysis.places().stream().map(Place::name).toList();
        assertFalse(places.contains("Beijing") || places.contains("Moscow"), "the capitals stand for the governments here");
    }

    private static Place place(String name) {
        return analysis.places().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + analysis.places()));
    }

    @Test
    void threeDirectQuotesWithTheirSpeakers() {
        List<Quote> quotes = analysis.quotes();
        assertEquals(3, quotes.size(), quotes::toString);
        assertQuote(quotes.get(0), "Xi Jinping", "he said", "make fresh contributions to safeguarding world peace and "
                + "stability, and promoting the building of a community with a shared future for mankind");
        assertQuote(quotes.get(1), "Zhang Hanhui", "Zhang said", "has set a role model for the international community "
                + "in terms of shaping a new type of major country relations");
        assertQuote(quotes.get(2), "Xi Jinping", "Xi added", "have made important contributions to improving the "
                + "well-being of the two peoples and to promoting an equal and orderly multipolar world, as well as "
                + "inclusive economic globalization that benefits all");
    }

    private static void assertQuote(Quote q, String speaker, String cue, String text) {
        assertEquals(text, q.text());
        assertEquals(speaker, q.speaker().name());
        assertEquals(Speaker.Kind.PERSON, q.speaker().kind());
        assertEquals(cue, q.cue());
        assertEquals(text, article.text().substring(q.start(), q.end()));
    }

    @Test
    void reportedStatementsWithTheirSpeakers() {
        assertReported("Xi Jinping", "said", "ready to work with Putin");
        assertReported("Xi Jinping", "vowed", "continue expanding all-around practical cooperation");
        assertReported("Vladimir Putin", "said", "ties between Russia and China have stood the test of time");
        assertReported("Vladimir Putin", "said", "cooperation in areas including politics, trade and economy");
        assertReported("Vladimir Putin", "added", "Both countries have efficiently coordinated");
        assertReported("Analysts", "said", "the two countries have established systematic and comprehensive mechanisms");
        assertReported("Zhang Hanhui", "said", "Xi and Putin have met more than 40 times");
        assertReported("Xi Jinping", "noted", "shared identities of China and Russia");
        assertReported("Xi Jinping", "said", "the two nations have continuously scaled up bilateral relations");
        assertReported("Xi Jinping", "said", "the most essential features of bilateral ties");
        assertReported("Xi Jinping", "pointed out", "continued to deepen political mutual trust");
        assertReported("Vladimir Putin", "said", "he believes the two sides will fully implement the consensuses");
        assertReported("Vladimir Putin", "voiced the hope", "promote security and stability in Eurasia");
        assertReported("Chinese Foreign Ministry", "according to", "Annual bilateral trade reached $240.1 billion");
        // the three statements only partly in quotation marks are reported speech too (the attribution spec's
        // R5: narrative words outside the marks), their quoted part also a quote
        assertReported("Xi Jinping", "said", "The goal is to \"make fresh contributions");
        assertReported("Zhang Hanhui", "said", "comprehensive strategic partnership of coordination for the new era \"has set");
        assertReported("Xi Jinping", "added", "the two countries \"have made important contributions");
        assertEquals(17, analysis.reportedSpeech().size(), () -> analysis.reportedSpeech().toString());
        ReportedSpeech analysts = find(r -> r.speaker().name().equals("Analysts"));
        assertEquals(Speaker.Kind.GROUP, analysts.speaker().kind());
        // a participle's own object is no statement: "Underlining the great importance he attaches to ..."
        assertTrue(analysis.reportedSpeech().stream().noneMatch(r -> r.cue().equals("Underlining")));
    }

    private static void assertReported(String speaker, String cue, String gist) {
        find(r -> r.speaker().name().equals(speaker) && r.cue().equals(cue) && r.content().text().contains(gist));
    }

    private static ReportedSpeech find(Predicate<ReportedSpeech> p) {
        return analysis.reportedSpeech().stream().filter(p).findFirst()
                .orElseThrow(() -> new AssertionError("not found among " + analysis.reportedSpeech()));
    }

    @Test
    void figuresWithWhatTheyMeasureAndThePeriod() {
        Figure anniversary = figure(f -> f.kind() == Figure.Kind.ORDINAL && f.value() == 75);
        assertTrue(anniversary.measures().contains("anniversary of the establishment of diplomatic relations"));
        assertEquals("2024-10-02", anniversary.period());

        Figure meetings = figure(f -> f.kind() == Figure.Kind.COUNT && f.value() == 40);
        assertEquals("more than", meetings.qualifier());
        assertEquals("Xi and Putin have met", meetings.measures());
        assertEquals("count", meetings.unit()); // occurrences; the spec's "times" is a multiple ("eightfold")

        Figure years = figure(f -> f.kind() == Figure.Kind.DURATION && f.value() == 14);
        assertEquals("years", years.unit());
        assertTrue(years.measures().contains("Russia's top trading partner"));

        Figure rank = figure(f -> f.kind() == Figure.Kind.ORDINAL && f.value() == 8);
        assertEquals("China's eighth-largest trading partner", rank.measures());

        Figure trade = figure(f -> f.kind() == Figure.Kind.MONEY);
        assertEquals(240_100_000_000.0, trade.value());
        assertEquals("USD", trade.unit());
        assertEquals("Annual bilateral trade", trade.measures());
        assertEquals("2023", trade.period());

        Figure growth = figure(f -> f.kind() == Figure.Kind.PERCENT);
        assertEquals(26.3, growth.value());
        assertEquals("2023", growth.period());
        assertEquals("Annual bilateral trade", growth.measures());

        // "the two countries" is a reference, not a figure
        assertTrue(analysis.figures().stream().noneMatch(f -> f.text().equals("two")));
        // "Three-quarters of a century ago" is a date (1949), not a share
        assertTrue(analysis.figures().stream().noneMatch(f -> f.text().equalsIgnoreCase("Three-quarters")));
        // the source of the trade figures
        assertTrue(analysis.reportedSpeech().stream().anyMatch(r -> r.speaker().name().equals("Chinese Foreign Ministry")
                && r.content().start() <= trade.start() && trade.end() <= r.content().end()));
    }

    private static Figure figure(Predicate<Figure> p) {
        return analysis.figures().stream().filter(p).findFirst()
                .orElseThrow(() -> new AssertionError("not found among " + analysis.figures()));
    }

    @Test
    void datesNormalizedAgainstTheArticleDate() {
        assertEquals("2024-10-03", analysis.anchorDate());
        assertDate("Wednesday", "2024-10-02", false);
        assertDate("Tuesday", "2024-10-01", false);
        assertDate("last year", "2023", false);
        assertDate("This year", "2024", false);
        assertDate("Three-quarters of a century ago", "1949", true);
    }

    private static void assertDate(String text, String value, boolean approximate) {
        DateMention d = analysis.dates().stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not among " + analysis.dates()));
        assertEquals(value, d.value());
        assertEquals(approximate, d.approximate());
    }

    @Test
    void eventsWithDatesAndParticipants() {
        Event exchange = event(e -> e.kind() == Event.Kind.EXCHANGE_OF_MESSAGES);
        assertEquals("2024-10-02", exchange.date());
        assertEquals(List.of("Xi Jinping", "Vladimir Putin"), exchange.participants());
        assertTrue(exchange.sentence().text().toLowerCase(Locale.ROOT).contains("congratulatory messages"));

        Event article = event(e -> e.kind() == Event.Kind.STATEMENT && e.participants().equals(List.of("Zhang Hanhui")));
        assertEquals("2024-10-01", article.date());
        assertTrue(article.sentence().text().contains("signed article published on Tuesday"));

        Event meetings = event(e -> e.kind() == Event.Kind.MEETING);
        assertEquals(List.of("Xi Jinping", "Vladimir Putin"), meetings.participants());
    }

    private static Event event(Predicate<Event> p) {
        return analysis.events().stream().filter(p).findFirst()
                .orElseThrow(() -> new AssertionError("not found among " + analysis.events()));
    }

    @Test
    void relationsBetweenChinaAndRussiaCanBeReadFromTheFacts() {
        // established three-quarters of a century before the anniversary (1949), marked on 2024-10-02
        assertDate("Three-quarters of a century ago", "1949", true);
        Figure anniversary = figure(f -> f.kind() == Figure.Kind.ORDINAL && f.value() == 75);
        assertTrue(anniversary.measures().contains("between China and Russia"));
        // both in the UN, the SCO and BRICS: all three named, in the same sentence as "the two countries"
        assertTrue(analysis.organizations().stream().filter(o -> List.of("United Nations", "BRICS",
                "Shanghai Cooperation Organization (SCO)").contains(o.name())).allMatch(o -> !o.mentions().isEmpty()));
    }

    @Test
    void theSeedsRelationsComeOutAsRelations() {
        // facts.json "relations": diplomatic relations and a comprehensive strategic partnership between China
        // and Russia; both members of the UN, the SCO and BRICS; Russia holds the BRICS presidency, China the
        // SCO chairmanship
        relation("China", Relation.Kind.DIPLOMATIC_RELATIONS, "Russia");
        Relation partnership = relation("China", Relation.Kind.PARTNERSHIP, "Russia");
        assertTrue(partnership.label().contains("comprehensive strategic partnership"), partnership::label);
        for (String country : List.of("China", "Russia")) {
            for (String body : List.of("United Nations", "Shanghai Cooperation Organization (SCO)", "BRICS")) {
                relation(country, Relation.Kind.MEMBERSHIP, body);
            }
        }
        Relation presidency = relation("Russia", Relation.Kind.CHAIRMANSHIP, "BRICS");
        assertTrue(presidency.label().contains("presidency"), presidency::label);
        Relation chair = relation("China", Relation.Kind.CHAIRMANSHIP, "Shanghai Cooperation Organization (SCO)");
        assertTrue(chair.label().contains("chairmanship"), chair::label);
        assertTrue(chair.sentence().text().contains("rotating chairmanship of the SCO"));
        // and nothing that the article does not say: no membership of Russia in China, no partnership with BRICS
        assertTrue(analysis.relations().stream().noneMatch(r -> r.kind() == Relation.Kind.MEMBERSHIP
                && (r.object().equals("China") || r.object().equals("Russia"))), analysis.relations()::toString);
    }

    /** The relation of that kind between the two (either way round for the symmetric kinds). */
    private static Relation relation(String a, Relation.Kind kind, String b) {
        boolean symmetric = kind == Relation.Kind.PARTNERSHIP || kind == Relation.Kind.DIPLOMATIC_RELATIONS;
        return analysis.relations().stream().filter(r -> r.kind() == kind && (r.subject().equals(a) && r.object().equals(b)
                || symmetric && r.subject().equals(b) && r.object().equals(a))).findFirst()
                .orElseThrow(() -> new AssertionError(a + " " + kind + " " + b + " not among " + analysis.relations()));
    }
}
