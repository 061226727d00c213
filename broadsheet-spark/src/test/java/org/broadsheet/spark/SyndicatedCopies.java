package org.broadsheet.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A generated set of syndicated copies, for the deduplication bar: real news stories (the article bodies of the
 * Zyte set's ground truth), each published by one to five sites. A copy has the same story with edits (a paragraph
 * dropped, a few words changed, a dateline or an agency credit added, an update note appended, the end cut), the
 * site's own boilerplate (navigation, a list of related headlines from other stories, newsletter box, footer) and its
 * own headline. Stories with one publication are the negatives. Every page is a response record of one web archive;
 * the truth maps each record ID to its story.
 *
 * <p>The stories are split by their position in the ground truth: {@link Part#DEV} (even positions) was used to
 * choose the default settings, {@link Part#HELD_OUT} (odd positions) only to test them.
 *
 * <pre>{@code bench/make-syndicated.sh [dev|held-out] [OUT_DIR]}</pre>
 */
final class SyndicatedCopies {

    /** Which half of the stories. */
    enum Part { DEV, HELD_OUT }

    /** The archive and, for each record ID, the story it carries. */
    record Set(Path archive, Map<String, String> storyOf, Map<String, Instant> publishedAt) {
    }

    private static final String[] SITES = {"dailyherald.example.com", "morningpost.example.net",
        "citywire.example.org", "valleytimes.example.com", "globalreport.example.info", "northstar.example.co.uk"};
    private static final String[] AGENCIES = {"Reuters", "AP", "AFP", "Bloomberg"};
    private static final String[] CITIES = {"LONDON", "NEW YORK", "PARIS", "WASHINGTON", "TOKYO", "BERLIN"};
    private static final String[] REPLACEMENTS = {"said", "reported", "also", "however", "recently", "major",
        "several", "new", "local", "officials", "company", "week"};

    private SyndicatedCopies() {
    }

    /** Writes the set made of {@code part}'s stories to {@code dir}/syndicated-{part}.warc.gz. */
    static Set generate(Path groundTruth, Part part, Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(groundTruth.toFile());
        List<String> stories = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        truth.fieldNames().forEachRemaining(keys::add);
        java.util.Collections.sort(keys);
        for (int i = 0; i < keys.size(); i++) {
            String body = truth.get(keys.get(i)).path("articleBody").asText("");
            if ((i % 2 == 0) == (part == Part.DEV) && body.split("\\s+").length >= 150) {
                stories.add(body);
            }
        }
        Random random = new Random(part == Part.DEV ? 11 : 29);
        WarcFiles warc = new WarcFiles();
        Map<String, String> storyOf = new TreeMap<>();
        Map<String, Instant> published = new TreeMap<>();
        int record = 0;
        Instant base = Instant.parse("2024-06-01T06:00:00Z");
        for (int s = 0; s < stories.size(); s++) {
            List<String> paragraphs = paragraphs(stories.get(s));
            int copies = random.nextInt(10) < 4 ? 1 : 2 + random.nextInt(4);
            Instant first = base.plus(s * 7L, ChronoUnit.HOURS);
            for (int c = 0; c < copies; c++) {
                record++;
                String id = WarcFiles.recordId(record);
                String site = SITES[(s + c * 5 + random.nextInt(2)) % SITES.length];
                List<String> body = c == 0 ? paragraphs : edited(paragraphs, random);
                Instant at = first.plus(c * 3L + random.nextInt(3), ChronoUnit.HOURS);
                boolean dated = c == 0 || random.nextInt(10) >= 3;
                String html = page(site, headline(paragraphs, c, random), body, dated ? at : null,
                        related(stories, s, random), random);
                String url = "https://" + site + "/news/2024/story-" + s + "-" + c;
                // captured in an order unrelated to publication, so that the canonical member must come from the date
                Instant captured = base.plus(40L * stories.size() - record * 2L, ChronoUnit.HOURS);
                warc.add(new WarcFiles.Capture(id, url, captured.toString(), html.getBytes(StandardCharsets.UTF_8)));
                storyOf.put(id, "story-" + s);
                if (dated) {
                    published.put(id, at);
                }
            }
        }
        Files.createDirectories(dir);
        Path archive = warc.write(dir.resolve("syndicated-" + part.name().toLowerCase(java.util.Locale.ROOT)
                + ".warc.gz"));
        return new Set(archive, storyOf, published);
    }

    private static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String p : body.split("\\n+")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /** The story as another outlet runs it. */
    private static List<String> edited(List<String> paragraphs, Random random) {
        List<String> out = new ArrayList<>(paragraphs);
        if (out.size() >= 4 && random.nextBoolean()) {
            out.remove(1 + random.nextInt(out.size() - 1));
        }
        if (out.size() >= 6 && random.nextInt(5) == 0) {
            // cut short: "read the full story" syndication
            out = new ArrayList<>(out.subList(0, Math.max(4, out.size() * 3 / 4)));
        }
        for (int i = 0; i < out.size(); i++) {
            String[] words = out.get(i).split(" ");
            for (int w = 0; w < words.length; w++) {
                if (random.nextInt(100) < 2) {
                    words[w] = REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
                }
            }
            out.set(i, String.join(" ", words));
        }
        if (random.nextInt(10) < 4) {
            out.set(0, CITIES[random.nextInt(CITIES.length)] + " (" + AGENCIES[random.nextInt(AGENCIES.length)]
                    + ") — " + out.get(0));
        }
        if (random.nextInt(10) < 4) {
            out.add("This story has been updated with comment from officials. Additional reporting by "
                    + AGENCIES[random.nextInt(AGENCIES.length)] + ".");
        }
        return out;
    }

    /** Each outlet writes its own headline: from the story's first words, reordered or reworded. */
    private static String headline(List<String> paragraphs, int copy, Random random) {
        String[] words = paragraphs.get(0).replaceAll("[^\\p{L}\\p{N} ]", "").split(" +");
        int n = Math.min(words.length, 6 + random.nextInt(5));
        String base = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
        return switch (copy % 4) {
            case 0 -> base;
            case 1 -> "UPDATE: " + base;
            case 2 -> "What we know: " + String.join(" ", java.util.Arrays.copyOfRange(words, Math.min(2, n), n));
            default -> base + " — report";
        };
    }

    /** Headlines of other stories, for the related-links box. */
    private static List<String> related(List<String> stories, int story, Random random) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int other = random.nextInt(stories.size());
            if (other != story) {
                String first = paragraphs(stories.get(other)).get(0);
                out.add(first.length() > 90 ? first.substring(0, 90) : first);
            }
        }
        return out;
    }

    private static String page(String site, String headline, List<String> body, Instant published,
            List<String> related, Random random) {
        int template = Math.abs(site.hashCode()) % 3;
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.append("<title>").append(escape(headline)).append(" | ").append(site).append("</title>");
        if (published != null) {
            html.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">");
        }
        html.append("</head><body>");
        html.append("<header class=\"site-header\"><a href=\"/\">").append(site).append("</a><nav><ul>");
        for (String section : new String[] {"World", "Business", "Politics", "Sport", "Culture", "Opinion"}) {
            html.append("<li><a href=\"/").append(section.toLowerCase(java.util.Locale.ROOT)).append("\">")
                    .append(section).append("</a></li>");
        }
        html.append("</ul></nav></header>");
        if (template == 1) {
            html.append("<div class=\"cookie-banner\">We use cookies to improve your experience. "
                    + "<button>Accept all</button></div>");
        }
        html.append(template == 2 ? "<main><div class=\"story\">" : "<main><article>");
        html.append("<h1>").append(escape(headline)).append("</h1>");
        if (published != null) {
            html.append("<p class=\"byline\">By Staff Writer · <time datetime=\"").append(published).append("\">")
                    .append(published.toString(), 0, 10).append("</time></p>");
        }
        for (int i = 0; i < body.size(); i++) {
            html.append("<p>").append(escape(body.get(i))).append("</p>");
            if (i == 2 && template == 0) {
                html.append("<aside class=\"newsletter\"><p>Get our morning briefing in your inbox. "
                        + "<a href=\"/signup\">Sign up</a></p></aside>");
            }
        }
        html.append(template == 2 ? "</div>" : "</article>");
        html.append("<section class=\"related\"><h2>Related stories</h2><ul>");
        for (String r : related) {
            html.append("<li><a href=\"/related/").append(random.nextInt(100000)).append("\">").append(escape(r))
                    .append("</a></li>");
        }
        html.append("</ul></section></main>");
        html.append("<footer><p>© 2024 ").append(site).append(". All rights reserved.</p>"
                + "<a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></footer></body></html>");
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** {@code SyndicatedCopies dev|held-out OUT_DIR}: writes the set and its truth (record ID, story) as TSV. */
    public static void main(String[] args) throws IOException {
        Part part = args.length > 0 && args[0].equals("held-out") ? Part.HELD_OUT : Part.DEV;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench");
        Set set = generate(SharedData.dir().resolve("bench/zyte/ground-truth.json"), part, dir);
        StringBuilder tsv = new StringBuilder();
        set.storyOf().forEach((id, story) -> tsv.append(id).append('\t').append(story).append('\n'));
        try {
            Files.writeString(set.archive().resolveSibling(set.archive().getFileName() + ".truth.tsv"), tsv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(set.archive() + ": " + set.storyOf().size() + " pages");
    }
}
