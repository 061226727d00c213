package org.broadsheet.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credit line of an article, read into the people and the organizations it names.
 *
 * <p>"By JANE DOE and John Roe, Reuters" gives people [Jane Doe, John Roe] and organizations [Reuters]. The
 * lead-in ("By", "Von", "Posted by", "Analysis by"), roles ("Staff Writer"), credentials ("MS, RD"), the
 * affiliation after a comma or bar ("Sandee LaMotte, CNN"), handles, e-mails and trailing dates are dropped.
 *
 * @param people the persons credited, in byline order
 * @param organizations the agencies and desks credited
 */
public record Byline(List<String> people, List<String> organizations) {

    /** Words that may stand before the lead-in: "Posted by", "Analysis by", "Monday ... by". */
    private static final String LABEL = "(?:posted|written|story|analysis|reporting|reported|report|words|text|photos"
            + "|compiled|edited|commentary|opinion|review|interview|article|published|publicado|escrito|escrita|texto"
            + "|post|column|and|video|graphics|illustrations|news|monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday|on|\\||-|–|—|·|•)";
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s|·•,:–—-]+");
    private static final Pattern COMMA = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern TRAILING_PREPOSITION = Pattern.compile("(?i)[\\s,|·•-]*\\b(on|am|le|el|em|the|at|il|às)\\s*$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,|·•:–—-]+$");
    private static final Pattern LEAD_IN = Pattern.compile("^\\W*(?:" + LABEL + "\\s*)*(?:by|par|por|von|door|oleh"
            + "|di|av|af|от|przez)\\s*:?\\s+|^\\W*(?:author|autor|auteur|autore|автор|text|texto|tekst|текст|words"
            + "|reporter|reportagem|reporting|written|escrito|publicado|posted|publiziert|credit)\\s*(?:by|por|von)?"
            + "\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\w+");
    private static final Pattern HANDLE = Pattern.compile("@\\w+");
    private static final Pattern PHONE = Pattern.compile("\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}");
    private static final Pattern ORG_WORD = Pattern.compile("(?i)\\b(news|press|media|times|post|journal|today"
            + "|magazine|daily|herald|tribune|business|insider|network|agency|service|group|inc|ltd|llc|university"
            + "|institute|tv|radio|online|digital|weekly|gazette|chronicle|review|report|wire|staff|team|desk)\\b");
    private static final Pattern ROLE = Pattern.compile("(?i)\\b(writer|editor|editors|correspondent|reporter|"
            + "contributor|contributing|columnist|producer|analyst|critic|photographer|intern|anchor|director|chief|"
            + "senior|staff writer|journalist|redakteur|redakteurin|autorin|colunista|colaborador|corresponsal|"
            + "columnista|correspondente|editor-at-large|at-large|host|founder|ceo|president|professor|expert|"
            + "specialist|manager|coordinator|fellow|researcher|strategist|economist)\\b");
    private static final Pattern ROLE_WORDS_CJK = Pattern.compile("(칼럼니스트|기자|특파원|편집장|記者|编辑|編集部|撮影)");
    private static final Pattern CUT = Pattern.compile("(?i)(\\s[|•·]\\s*)?\\b(updated|published|posted on|last update"
            + "|publicado em|publiziert am|veröffentlicht|am \\d|on (mon|tue|wed|thu|fri|sat|sun)|\\d+ (?:min|hour|"
            + "day|week)s? ago|hours? ago|read more|follow|email|twitter|view (all|more)|more from|see all|\\d{1,2}:\\d{2})");
    private static final Pattern AND = Pattern.compile("(?i)\\s+(?:and|und|e|y|et|и|dan|en|och|og|i)\\s+|\\s*&\\s*");
    private static final Pattern STRONG_SEPARATOR = Pattern.compile("\\s*[|•·/]\\s*|\\s+[-–—]+\\s+|\\s*[–—]+\\s*");

    public Byline {
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
    }

    /** True when the credit names nobody. */
    public boolean isEmpty() {
        return people.isEmpty() && organizations.isEmpty();
    }

    /** Every name credited: people first, then organizations. */
    public List<String> all() {
        List<String> out = new ArrayList<>(people);
        out.addAll(organizations);
        return out;
    }

    /** Reads the byline text {@code raw}. */
    public static Byline parse(String raw) {
        return parse(raw, List.of());
    }

    /**
     * Reads the byline text {@code raw}; {@code knownNames} (names the page's metadata credits) confirm that a
     * part after a comma is a further author rather than an affiliation.
     */
    public static Byline parse(String raw, List<String> knownNames) {
        List<String> people = new ArrayList<>();
        List<String> orgs = new ArrayList<>();
        if (raw == null) {
            return new Byline(people, orgs);
        }
        String text = withoutLeadIn(raw);
        text = cutAtDate(text);
        String[] segments = STRONG_SEPARATOR.split(text);
        boolean first = true;
        for (String segment : segments) {
            if (segment.isBlank()) {
                continue;
            }
            if (!first) {
                // Past the first segment everything is affiliation or role, except a wire agency credit.
                String s = segment.trim();
                if (NewsAgencies.isAgency(s)) {
                    orgs.add(s);
                }
                continue;
            }
            first = false;
            readSegment(segment, people, orgs, knownNames);
        }
        return new Byline(dedupe(people), dedupe(orgs));
    }

    /** The text after the lead-in ("By", "Posted by", "Text:"), with dates, handles and phone numbers removed. */
    static String withoutLeadIn(String raw) {
        String text = prepared(raw);
        Matcher lead = LEAD_IN.matcher(text);
        if (lead.find()) {
            text = text.substring(lead.end());
        }
        return LEADING_PUNCTUATION.matcher(text).replaceAll("");
    }

    /** True when {@code text} opens with a byline lead-in such as "By", "Von", "Posted by" or "Text:". */
    public static boolean hasLeadIn(String text) {
        Matcher lead = LEAD_IN.matcher(prepared(text));
        return lead.find() && lead.end() < lead.regionEnd();
    }

    /** {@code raw} without e-mails, handles and phone numbers, and with dates near its start replaced by a bar. */
    private static String prepared(String raw) {
        String text = collapsedSpaces(raw);
        boolean at = text.indexOf('@') >= 0;
        if (!at && !DateText.hasDigit(text)) {
            return text; // no e-mail, handle, phone number or date to take out: most lines of a page
        }
        if (at) {
            text = HANDLE.matcher(EMAIL.matcher(text).replaceAll(" ")).replaceAll(" ");
        }
        text = PHONE.matcher(text).replaceAll(" ");
        StringBuilder b = new StringBuilder(text);
        List<DateText.Found> dates = new DateText().find(text, false, null);
        for (int i = dates.size() - 1; i >= 0; i--) {
            if (dates.get(i).start() < 40) {
                b.replace(dates.get(i).start(), dates.get(i).end(), " | ");
            }
        }
        return collapsedSpaces(b.toString());
    }

    /** {@code text} with each run of whitespace made one space, trimmed; most text needs nothing done. */
    private static String collapsedSpaces(String text) {
        boolean single = true;
        for (int i = 0; i < text.length() && single; i++) {
            char c = text.charAt(i);
            single = c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r'
                    && !(c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ');
        }
        return (single ? text : SPACES.matcher(text).replaceAll(" ")).trim();
    }

    private static void readSegment(String segment, List<String> people, List<String> orgs, List<String> known) {
        String[] commaParts = COMMA.split(segment);
        int lastNameList = 0;
        for (int i = 0; i < commaParts.length; i++) {
            if (AND.matcher(commaParts[i]).find()) {
                lastNameList = i;
            }
        }
        // "By A, B, C": three or more person-shaped parts and no "and" are all authors.
        if (lastNameList == 0 && commaParts.length >= 3 && List.of(commaParts).stream().allMatch(Byline::personShaped)) {
            lastNameList = commaParts.length - 1;
        }
        for (int i = lastNameList + 1; i < commaParts.length; i++) {
            String c = SiteName.compact(commaParts[i]);
            if (!c.isEmpty() && known.stream().anyMatch(k -> SiteName.compact(k).equals(c))) {
                lastNameList = i;
            }
        }
        for (int i = 0; i < commaParts.length; i++) {
            String part = commaParts[i].trim();
            if (part.isEmpty()) {
                continue;
            }
            if (i > lastNameList) {
                if (NewsAgencies.isAgency(part)) {
                    orgs.add(part);
                }
                continue;
            }
            for (String name : AND.split(part)) {
                addCredit(name.trim(), people, orgs);
            }
        }
    }

    private static void addCredit(String name, List<String> people, List<String> orgs) {
        if (name.isEmpty() || PersonName.isCredential(name)) {
            return;
        }
        if (NewsAgencies.isAgency(name)) {
            orgs.add(name.trim());
            return;
        }
        String cleaned = PersonName.clean(name);
        if (cleaned == null) {
            return;
        }
        if (NewsAgencies.isAgency(cleaned) || NewsAgencies.isDesk(cleaned)) {
            if (people.isEmpty() || NewsAgencies.isAgency(cleaned)) {
                orgs.add(cleaned);
            }
            return;
        }
        // "Tom Davies Associated Press": a name followed by the agency it writes for.
        for (String agency : List.of("The Associated Press", "Associated Press", "Reuters", "AFP")) {
            if (cleaned.endsWith(" " + agency) && cleaned.length() > agency.length() + 3) {
                cleaned = cleaned.substring(0, cleaned.length() - agency.length()).trim();
                orgs.add(agency);
                break;
            }
        }
        String withoutRole = withoutRoles(cleaned);
        if (withoutRole == null) {
            return;
        }
        people.add(withoutRole);
    }

    private static boolean personShaped(String part) {
        String n = PersonName.clean(part);
        return n != null && PersonName.looksPersonal(n) && !ORG_WORD.matcher(n).find() && !ROLE.matcher(n).find()
                && !NewsAgencies.isAgency(n);
    }

    /** {@code name} with role words removed ("Yasemin Saplakoglu Staff Writer"), or null when only a role is left. */
    private static String withoutRoles(String name) {
        String n = ROLE_WORDS_CJK.matcher(name).replaceAll(" ").trim();
        Matcher role = ROLE.matcher(n);
        if (role.find()) {
            String before = n.substring(0, role.start()).trim();
            String[] words = before.split(" ");
            // Keep the leading words that form the name; modifiers like "Senior" or "AP Auto" go with the role.
            if (before.isEmpty() || words.length < 2) {
                return null;
            }
            n = before;
            String[] parts = n.split(" ");
            if (parts.length > 3) {
                n = String.join(" ", List.of(parts).subList(0, 3));
            }
        }
        n = collapsedSpaces(n);
        return n.isEmpty() || PersonName.isNotCredit(n) ? null : n;
    }

    private static String cutAtDate(String text) {
        Matcher cut = CUT.matcher(text);
        String t = cut.find() && cut.start() > 0 ? text.substring(0, cut.start()) : text;
        List<DateText.Found> dates = new DateText().find(t, false, null);
        if (!dates.isEmpty()) {
            t = t.substring(0, dates.get(0).start());
        }
        t = TRAILING_PREPOSITION.matcher(t).replaceAll("");
        return TRAILING_PUNCTUATION.matcher(t).replaceAll("").trim();
    }

    private static List<String> dedupe(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (out.stream().noneMatch(o -> o.toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT)))) {
                out.add(n);
            }
        }
        return out;
    }
}
