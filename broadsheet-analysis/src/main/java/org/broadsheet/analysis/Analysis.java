package org.broadsheet.analysis;

import java.util.List;

import org.broadsheet.article.Warning;

/**
 * What the knowledge layer found in one article: who is named, who said what, which figures and dates.
 * It is attached to the {@link org.broadsheet.article.Article} (see {@link AnalyzedArticle}), never mixed
 * into it. All offsets are into {@code article.text()}.
 *
 * @param status whether the article was analysed
 * @param anchorDate the date relative dates were resolved against (ISO), or {@code null} when none was known
 * @param people people named in the body (and the byline), in order of first mention
 * @param organizations organizations, in order of first mention
 * @param places places, in order of first mention
 * @param quotes direct quotes, in order
 * @param reportedSpeech speech reported without quotation marks, in order
 * @param figures money, percentages, counts and ordinals, in order
 * @param dates date expressions, in order
 * @param events meetings, exchanges of messages and dated statements, in order
 * @param relations memberships, partnerships, diplomatic relations, roles and chairmanships, in order
 * @param warnings what limited the analysis (language, length, tables, capitals, empty body)
 */
public record Analysis(Status status, String anchorDate, List<Person> people, List<Organization> organizations,
        List<Place> places, List<Quote> quotes, List<ReportedSpeech> reportedSpeech, List<Figure> figures,
        List<DateMention> dates, List<Event> events, List<Relation> relations, List<Warning> warnings) {

    /** Copies the lists, so that the value cannot change. */
    public Analysis {
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        quotes = List.copyOf(quotes);
        reportedSpeech = List.copyOf(reportedSpeech);
        figures = List.copyOf(figures);
        dates = List.copyOf(dates);
        events = List.copyOf(events);
        relations = List.copyOf(relations);
        warnings = List.copyOf(warnings);
    }

    /** Whether an article was analysed. */
    public enum Status {
        /** The body was analysed (perhaps only in part: see the warnings). */
        ANALYSED,
        /** Nothing was analysed: the article is not in English, or has no body (see the warnings). */
        SKIPPED
    }

    /** An analysis that found nothing, with the reason. */
    public static Analysis skipped(String anchorDate, Warning why) {
        return new Analysis(Status.SKIPPED, anchorDate, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(why));
    }

    /** The person with this canonical name, or {@code null}. */
    public Person person(String name) {
        return people.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }
}
