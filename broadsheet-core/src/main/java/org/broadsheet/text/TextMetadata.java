package org.broadsheet.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.broadsheet.article.Boilerplate;
import org.broadsheet.article.PageDate;
import org.broadsheet.article.PageDate.DateSource;
import org.broadsheet.classify.Decision;
import org.broadsheet.meta.Breadcrumb;
import org.broadsheet.meta.Byline;
import org.broadsheet.meta.DateText;
import org.broadsheet.meta.Metadata;
import org.broadsheet.meta.SiteName;

/**
 * Reads the metadata of a page flattened to text from the lines around the start of its body: the
 * headline and standfirst just above it, the credit line ("By … | … | Updated: …"), the breadcrumb
 * ("Home / China / …") and the copyright line. Dates are kept as written, in the publisher's local time:
 * flattened text rarely states an offset.
 */
public final class TextMetadata {

    /** How far above the first body line the headline may sit. */
    private static final int LOOK_BACK = 15;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BAR = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern UPDATED = Pattern.compile("(?i)\\b(updated|last updated|modified|aktualisiert|mis à jour|atualizado)\\b");
    private static final Pattern BELONGS_TO = Pattern.compile("(?i)belongs to ([\\p{Lu}][\\p{L}&' ]{2,60}?)(?:\\s+(?:Information|Co\\b|Inc\\b|Ltd\\b|\\()|[.,(])");

    /**
     * What was read, and the lines that turned out to be the headline, standfirst, credit or breadcrumb.
     *
     * @param metadata the page's metadata
     * @param head the lines read as the page's head, in the order found (a later one for the same line wins)
     */
    public record Result(Metadata metadata, List<HeadLine> head) {
        /** Copies the list, so that the value cannot change. */
        public Result {
            head = List.copyOf(head);
        }
    }

    /**
     * A line read as part of the page's head.
     *
     * @param line the line's index
     * @param kind {@link Boilerplate#TITLE}, {@link Boilerplate#SUBTITLE}, {@link Boilerplate#BYLINE} or
     *        {@link Boilerplate#BREADCRUMB}
     */
    public record HeadLine(int line, Boilerplate kind) {
    }

    /** Reads the metadata from {@code lines}, given the decisions taken on them (one per line). */
    public Result read(List<TextLine> lines, List<Decision> decisions) {
        int firstBody = -1;
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).isBody()) {
                firstBody = i;
                break;
            }
        }
        List<HeadLine> head = new ArrayList<>();
        int from = firstBody < 0 ? 0 : Math.max(0, firstBody - LOOK_BACK);
        int to = firstBody < 0 ? Math.min(lines.size(), LOOK_BACK) : firstBody;

        // the credit line
        int bylineAt = -1;
        for (int i = from; i < Math.min(lines.size(), to + 3); i++) {
            String t = lines.get(i).text();
            if (t.length() < 200 && (Byline.hasLeadIn(t) || decisions.get(i).kind() == Boilerplate.BYLINE)) {
                bylineAt = i;
                break;
            }
        }
        List<String> people = new ArrayList<>();
        List<String> orgs = new ArrayList<>();
        String publisher = null;
        PageDate published = null;
        PageDate modified = null;
        if (bylineAt >= 0) {
            String credit = lines.get(bylineAt).text();
            if (Byline.hasLeadIn(credit)) {
                Byline byline = Byline.parse(credit);
                people.addAll(byline.people());
                orgs.addAll(byline.organizations());
                publisher = publisherIn(credit);
            }
        }
        // dates: on the credit line or on short lines near it
        DateText dates = new DateText();
        for (int i = from; i < Math.min(lines.size(), to + 3); i++) {
            String t = lines.get(i).text();
            if (t.length() > 200 || decisions.get(i).isBody()) {
                continue;
            }
            for (DateText.Found f : dates.find(t, true, null)) {
                boolean updated = UPDATED.matcher(t.substring(0, f.start())).find();
                PageDate d = new PageDate(f.time().iso(), DateSource.VISIBLE_TEXT, false);
                if (updated && modified == null) {
                    modified = d;
                } else if (!updated && published == null) {
                    published = d;
                }
            }
        }

        // headline and standfirst: the headline-shaped lines nearest above the body, skipping credits,
        // share widgets and photo credits
        String title = null;
        String subtitle = null;
        List<Integer> heads = new ArrayList<>();
        for (int i = to - 1; i >= from && heads.size() < 2; i--) {
            Decision d = decisions.get(i);
            String t = lines.get(i).text();
            if (i == bylineAt || d.kind() == Boilerplate.SHARE || d.kind() == Boilerplate.CAPTION
                    || d.kind() == Boilerplate.BYLINE || d.kind() == Boilerplate.ADVERTISEMENT) {
                if (!heads.isEmpty()) {
                    break;
                }
                continue;
            }
            if (isHeadlineShaped(t)) {
                heads.add(0, i);
            } else if (!heads.isEmpty()) {
                break;
            }
        }
        if (!heads.isEmpty()) {
            title = lines.get(heads.get(0)).text();
            head.add(new HeadLine(heads.get(0), Boilerplate.TITLE));
            if (heads.size() > 1) {
                subtitle = lines.get(heads.get(1)).text();
                head.add(new HeadLine(heads.get(1), Boilerplate.SUBTITLE));
            }
        }
        if (bylineAt >= 0) {
            head.add(new HeadLine(bylineAt, Boilerplate.BYLINE));
        }

        // breadcrumb: "Home / Section / Subsection" above the headline
        List<String> section = List.of();
        int crumbTo = heads.isEmpty() ? to : heads.get(0);
        for (int i = Math.max(0, crumbTo - LOOK_BACK); i < crumbTo; i++) {
            List<String> crumbs = Breadcrumb.fromLine(lines.get(i).text());
            if (!crumbs.isEmpty()) {
                section = crumbs;
                head.add(new HeadLine(i, Boilerplate.BREADCRUMB));
            }
        }
        if (publisher == null) {
            publisher = copyrightOwner(lines);
        }
        Metadata meta = new Metadata(title, subtitle, people, orgs, publisher, section, List.of(), null, null,
                null, published, modified, null);
        return new Result(meta, head);
    }

    private static boolean isHeadlineShaped(String t) {
        int words = SPACES.split(t).length;
        boolean cjk = t.codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x9FFF);
        if (t.length() > 250 || (words < 3 && !(cjk && t.length() >= 8))) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last != '.' && last != ':' && last != ',' && last != ';';
    }

    /** In "By A | The Daily Paper | Updated: …" the part between the names and the date names the paper. */
    private static String publisherIn(String credit) {
        String[] parts = BAR.split(credit);
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.isEmpty() || p.chars().anyMatch(Character::isDigit) || UPDATED.matcher(p).find() || p.length() > 60
                    || !Character.isUpperCase(p.codePointAt(0))) {
                continue;
            }
            return p;
        }
        return null;
    }

    private static String copyrightOwner(List<TextLine> lines) {
        for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - 40; i--) {
            String t = lines.get(i).text();
            var belongs = BELONGS_TO.matcher(t);
            if (belongs.find()) {
                return belongs.group(1).trim();
            }
            String holder = SiteName.copyrightHolder(t);
            if (holder != null) {
                return holder;
            }
        }
        return null;
    }
}
