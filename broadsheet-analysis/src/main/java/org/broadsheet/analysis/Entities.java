package org.broadsheet.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people, organizations and places of an article and makes each one entity: names are grouped
 * under their fullest form, pronouns resolved to people, capitals linked to countries, titles and
 * appositions read as roles. Built once per article; not shared between threads.
 */
final class Entities {

    /** What a token of the body refers to. */
    record Ref(Speaker.Kind kind, String name) {
    }

    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Pattern SINO = Pattern.compile("\\bSino-");

    private final Consumer<RoleCandidates.Candidate> roleCandidates;
    private final String text;
    private final List<Sentence> sentences;
    private final List<int[]> quoted;
    private final Map<String, Cluster> people = new LinkedHashMap<>();
    private final Map<String, Cluster> organizations = new LinkedHashMap<>();
    private final Map<String, Cluster> places = new LinkedHashMap<>();
    /** What each token refers to, by the token's start offset. */
    private final Map<Integer, Ref> refs = new HashMap<>();

    /** A role proposed for a person, how, and its features. */
    private record Found(Role role, RoleCandidates.Kind kind, double[] features, boolean shaped) {
    }

    /** One entity while it is being built. */
    private static final class Cluster {
        String name;
        final TreeMap<Integer, Mention> mentions = new TreeMap<>();
        final List<Role> roles = new ArrayList<>();
        /** Every role proposed, with its construction and features: those the role decision keeps are output. */
        final List<Found> found = new ArrayList<>();
        String gender;
        boolean flag;

        Cluster(String name) {
            this.name = name;
        }
    }

    /**
     * @param quoted stretches of the body inside quotation marks (start, end): names there are not
     *        antecedents of pronouns outside them
     */
    Entities(String text, List<Sentence> sentences, List<int[]> quoted, List<String> authors, String publisher) {
        this(text, sentences, quoted, authors, publisher, null);
    }

    /**
     * As {@link #Entities(String, List, List, List, String)}, handing every role candidate it weighs, with its score
     * and verdict, to {@code roleCandidates} (a training dump; {@code null} in use).
     */
    Entities(String text, List<Sentence> sentences, List<int[]> quoted, List<String> authors, String publisher,
            Consumer<RoleCandidates.Candidate> roleCandidates) {
        this.roleCandidates = roleCandidates;
        this.text = text;
        this.sentences = sentences;
        this.quoted = quoted;
        List<int[]> named = new ArrayList<>(); // sentence, from, to, the first tagged word
        for (Sentence s : sentences) {
            for (int i = 1; i <= s.size(); i++) {
                String tag = s.ner(i);
                if (!tag.equals("PERSON") && !tag.equals("ORGANIZATION") && !tag.equals("LOCATION")) {
                    continue;
                }
                int j = i;
                while (j < s.size() && s.ner(j + 1).equals(tag)) {
                    j++;
                }
                int from = i;
                if (tag.equals("ORGANIZATION")) {
                    j = withRemit(s, j);
                    from = withPlaceBefore(s, i, j);
                    int opens = from;
                    // the place or nation taken into the name is no name of its own here
                    named.removeIf(n -> n[0] == s.index && n[1] >= opens);
                }
                if (tag.equals("PERSON") && i > 1 && s.word(i - 1).equals("He") && s.tag(i).startsWith("NNP")
                        && (j == s.size() || !s.tag(j + 1).startsWith("VB") || s.tag(j + 1).equals("VBD"))
                        && s.relation(i - 1).startsWith("nsubj") && !s.tag(i).equals("NNPS")) {
                    // "He Jianxiong, the former executive director ...": the surname He, which the tagger left out
                    from = i - 1;
                }
                named.add(new int[] {s.index, from, j, i});
                i = j;
            }
        }
        // longest names first, so that short forms join the full ones
        named.sort((a, b) -> Integer.compare(b[2] - b[1], a[2] - a[1]));
        for (int[] n : named) {
            Sentence s = sentences.get(n[0]);
            // the tag of the span's first tagged word: "He Jianxiong" opens with a word the tagger left out, "Russian
            // Foreign Ministry" with a nation's adjective (withPlaceBefore)
            String tag = s.ner(n[3]);
            if (tag.equals("PERSON") && s.tag(n[1]).startsWith("PRP") && !pronounSurname(s, n[1], n[2])) {
                continue;
            }
            if (tag.equals("ORGANIZATION") && personListed(s, n[1], n[2])) {
                tag = "PERSON";
            }
            addName(s, n[1], n[2], tag);
        }
        sweepShortNames();
        lowerCaseNames();
        companiesTakenForPeople();
        companiesNamedForPeople();
        sameNamesOtherwiseWritten();
        thingsTakenForPeople();
        seldomTaggedPeople();
        demonyms();
        for (Cluster c : people.values()) {
            String[] words = c.name.split("\\s+");
            if (c.gender == null && words.length >= 2) {
                c.gender = FirstNames.gender(words[0]);
            }
        }
        for (Cluster c : people.values()) {
            if (c.gender == null) {
                c.gender = nounGender(c);
            }
        }
        List<Cluster> doubtful = people.values().stream().filter(this::doubtful).toList();
        resolvePronouns(doubtful);
        // a doubtful name that no he or she came to either is no person
        for (Cluster c : doubtful) {
            if (c.mentions.values().stream().noneMatch(m -> m.kind() == Mention.Kind.PRONOUN)) {
                people.remove(c.name);
                refs.values().removeIf(r -> r.kind() == Speaker.Kind.PERSON && r.name().equals(c.name));
            }
        }
        for (Sentence s : sentences) {
            roles(s);
        }
        descriptionRoles();
        for (String a : authors) {
            Cluster c = people.computeIfAbsent(a, Cluster::new);
            c.flag = true;
        }
        if (publisher != null && !publisher.isBlank()) {
            Cluster c = organizations.computeIfAbsent(publisher, Cluster::new);
            c.flag = true;
        }
        legalFormsDropped();
        aliases();
    }

    /** Abbreviated legal forms that close a company's registered name ("Microsoft Corp", "Huawei Technologies Co Ltd"). */
    private static final Pattern LEGAL_FORM = Pattern.compile("Corp\\.?|Inc\\.?|Co\\.?|Ltd\\.?|LLC|plc|PLC|GmbH|AG");

    /**
     * A company named once by its registered name and then by a shorter one ("Microsoft Corp" ... "Microsoft said") is
     * called by the shorter: the name of the company the article itself uses, not its legal form. The shortest of its
     * mentions that opens the registered name becomes its name.
     */
    private void legalFormsDropped() {
        for (Cluster c : new ArrayList<>(organizations.values())) {
            String[] words = c.name.split("[\\s,]+");
            if (words.length < 2 || !LEGAL_FORM.matcher(words[words.length - 1]).matches()) {
                continue;
            }
            String shortest = null;
            for (Mention m : c.mentions.values()) {
                String t = m.text();
                if (c.name.startsWith(t + " ") && (shortest == null || t.length() < shortest.length())) {
                    shortest = t;
                }
            }
            if (shortest == null || organizations.containsKey(shortest)) {
                continue;
            }
            String old = c.name;
            organizations.remove(old);
            c.name = shortest;
            organizations.put(shortest, c);
            Ref ref = new Ref(Speaker.Kind.ORGANIZATION, shortest);
            refs.replaceAll((at, r) -> r.kind() == Speaker.Kind.ORGANIZATION && r.name().equals(old) ? ref : r);
        }
    }

    /**
     * A name the tagger opened with a word that is also a pronoun ("He Jianxiong", the surname He): the word is
     * capitalized, the tagger put it in one name with the capitalized words after it, and no verb follows it.
     */
    private static boolean pronounSurname(Sentence s, int from, int to) {
        return to > from && s.word(from).equals("He") && s.tag(from + 1).startsWith("NNP")
                && Character.isUpperCase(s.word(from + 1).charAt(0));
    }

    /**
     * "researchers Beth Schueler and Grace Falken": a first name and a surname the tagger took for an organization, listed
     * with a person's name ("and", the last word's relation to it), is a person.
     */
    private static boolean personListed(Sentence s, int from, int to) {
        if (to != from + 1 || FirstNames.gender(s.word(from)) == null || !s.tag(from).equals("NNP") || !s.tag(to).equals("NNP")) {
            return false;
        }
        int h = s.head(to);
        boolean listedAfter = s.relation(to).equals("conj") && h > 0 && h < from && s.ner(h).equals("PERSON");
        boolean listedBefore = s.children(to, "conj").stream().anyMatch(k -> k > to && s.ner(k).equals("PERSON"));
        return listedAfter || listedBefore;
    }

    /** Heads of institutions' names that a remit with "for" completes ("Office for National Statistics"). */
    private static final Pattern INSTITUTION = Pattern.compile("Commissioner|Office|Department|Ministry|Center|Centre"
            + "|Centers|Centres|Council|Committee|Commission|Institute|Agency|Secretary|Union|Association|Coalition"
            + "|Society|Foundation|Fund|Court|Tribunal|Organization|Organisation|Board|Bureau|Alliance|Campaign"
            + "|Network|Trust|Authority|Service|Services|Partnership|Forum|Federation|Programme|Program");

    /**
     * The end of an organization's name whose tagged words stop before its remit: "United Nations High
     * Commissioner" + "for Human Rights", "Centers" + "for Disease Control and Prevention".
     */
    static int withRemit(Sentence s, int j) {
        if (j + 2 > s.size() || !s.word(j + 1).equals("for") || !INSTITUTION.matcher(s.word(j)).matches()) {
            return j;
        }
        int end = j;
        for (int k = j + 2; k <= s.size() && k <= j + 8; k++) {
            String w = s.word(k);
            if (s.tag(k).startsWith("NNP") && Character.isUpperCase(w.charAt(0))) {
                end = k;
            } else if (!w.matches("and|of|the|&") || end < j + 2) {
                break;
            }
        }
        return end;
    }

    /**
     * The start of an organization's name whose tagged words begin after the place or nation it belongs to: "Russian"
     * + "Foreign Ministry", "Scottish" + "Ambulance Service", "Florida" + "Times-Union". The words before {@code from}
     * that are a capitalized adjective or a place and modify a word of the name (not "Moscow's", not the sentence's
     * first word unless tagged a place or nationality) open the name, as the article's full name of the body.
     */
    static int withPlaceBefore(Sentence s, int from, int to) {
        int start = from;
        for (int k = from - 1; k >= 1 && from - k <= 3; k--) {
            String w = s.word(k);
            String ner = s.ner(k);
            boolean place = ner.equals("LOCATION") || ner.equals("MISC") || Countries.ofDemonym(w) != null;
            boolean adjective = s.tag(k).equals("JJ") && k > 1;
            if (!Character.isUpperCase(w.charAt(0)) || !(place || adjective) || !s.tag(k).matches("JJ|NNPS?")) {
                break;
            }
            int head = s.head(k);
            boolean inName = head >= start && head <= to || head > k && head < start;
            if (!inName || !s.relation(k).matches("amod|compound")) {
                break;
            }
            start = k;
        }
        return start;
    }

    /** Lower-case words that do belong in people's names: "Alex de Minaur", "Richard von Weizsäcker", "bin Salman". */
    private static final Pattern NAME_PARTICLE = Pattern.compile("van|von|de|der|den|del|della|di|da|dos|das|du|la|le|ter|ten"
            + "|bin|bint|ibn|al|el|y|e|zu|af|St\\.?|[a-z]{1,3}-\\p{Lu}.*");

    /** Whether {@code word}, as written, is a lower-case particle of a person's name ("de", "von", "bin"). */
    static boolean isNameParticle(String word) {
        return NAME_PARTICLE.matcher(word).matches();
    }

    /**
     * A "person" every one of whose mentions has a lower-case word that is no name particle ("Tai chi" in a list of
     * exercises) is no person: people's names are capitalized, but for "van", "de", "bin", "al-" and the like.
     */
    private void lowerCaseNames() {
        for (Cluster c : new ArrayList<>(people.values())) {
            boolean named = c.mentions.values().stream().anyMatch(m -> java.util.Arrays.stream(m.text().split("\\s+"))
                    .allMatch(w -> w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || NAME_PARTICLE.matcher(w).matches()));
            if (!named) {
                people.remove(c.name);
                refs.values().removeIf(r -> r.kind() == Speaker.Kind.PERSON && r.name().equals(c.name));
            }
        }
    }

    /** Nouns that a company's name modifies and a person's does not: "WeWork employees", "Salesforce's CEO". */
    private static final Set<String> BUSINESS_NOUNS = Set.of("employees", "staff", "workers", "spokesperson", "spokesman",
            "spokeswoman", "shares", "stock", "founder", "ceo", "chief", "executive", "executives", "board", "buildings",
            "offerings", "customers", "products", "app", "platform", "service", "services", "brand", "store", "stores",
            "website", "account", "program", "programs", "division", "unit", "subsidiary", "headquarters", "stake",
            "valuation", "investors", "shareholders", "users", "subscribers", "post", "posts", "report", "data",
            "survey", "director", "devices", "device", "lander", "flash", "music", "prices", "plans");

    /**
     * A one-word "person" that is a company the tagger did not know ("WeWork employees", "Edmunds expects",
     * "Salesforce's CEO"): a word that is no known given name and modifies a business noun becomes an organization.
     */
    private void companiesTakenForPeople() {
        for (Cluster c : new ArrayList<>(people.values())) {
            if (c.name.contains(" ") || FirstNames.gender(c.name) != null) {
                continue;
            }
            boolean business = false;
            for (Mention m : c.mentions.values()) {
                for (Sentence s : sentences) {
                    int t = s.tokenAt(m.start());
                    if (t <= 0) {
                        continue;
                    }
                    int h = s.head(t);
                    String rel = s.relation(t);
                    if (h > 0 && (rel.startsWith("compound") || rel.equals("nmod:poss"))
                            && BUSINESS_NOUNS.contains(s.word(h).toLowerCase(Locale.ROOT))) {
                        business = true;
                    }
                }
            }
            if (business) {
                people.remove(c.name);
                Cluster o = organizations.computeIfAbsent(c.name, Cluster::new);
                o.mentions.putAll(c.mentions);
                Ref ref = new Ref(Speaker.Kind.ORGANIZATION, o.name);
                for (Integer at : c.mentions.keySet()) {
                    refs.put(at, ref);
                }
            }
        }
    }

    /** Last words of a company's name: "Dick Clark Productions" is no person, whatever the tagger says. */
    private static final Set<String> COMPANY_WORDS = Set.of("Productions", "Records", "Group", "Inc", "Inc.", "Corp",
            "Corp.", "LLC", "Ltd", "Ltd.", "Media", "Entertainment", "Studios", "Pictures", "Holdings", "Partners",
            "Capital", "Airlines", "Motors", "Foods", "Labs", "Industries", "Technologies", "Systems", "Networks",
            "Communications", "Enterprises", "Brands", "Ventures", "Associates", "Co.", "Company", "Foundation", "Team", "Club");

    /**
     * A "person" whose name ends with a company's word ("Dick Clark Productions") is an organization; so is a one-word
     * "person" that is the first word of such a company's name in the article ("Alden" after "Alden Capital").
     */
    private void companiesNamedForPeople() {
        for (Cluster c : new ArrayList<>(people.values())) {
            String[] words = c.name.split("\\s+");
            if (words.length < 2 || !COMPANY_WORDS.contains(words[words.length - 1]) || organizations.containsKey(c.name)) {
                continue;
            }
            notAPerson(c, organizations);
        }
        for (Cluster c : new ArrayList<>(people.values())) {
            if (c.name.contains(" ")) {
                continue;
            }
            Cluster company = null;
            for (Cluster o : organizations.values()) {
                String[] words = o.name.split("\\s+");
                if (words.length == 2 && words[0].equals(c.name) && COMPANY_WORDS.contains(words[1])) {
                    company = o;
                }
            }
            if (company == null) {
                continue;
            }
            people.remove(c.name);
            company.mentions.putAll(c.mentions);
            Ref ref = new Ref(Speaker.Kind.ORGANIZATION, company.name);
            for (Map.Entry<Integer, Ref> e : refs.entrySet()) {
                if (e.getValue().kind() == Speaker.Kind.PERSON && e.getValue().name().equals(c.name)) {
                    e.setValue(ref);
                }
            }
        }
    }

    /**
     * Nouns for a kind of body or thing that a name can follow as its head ("consulting firm Oliver Wyman", "in her
     * novel Jane Eyre") or be apposed to ("Brightwell, a software company,"): nobody's post or trade.
     */
    private static final Set<String> THING_NOUNS = Set.of("firm", "company", "startup", "start-up", "maker",
            "manufacturer", "automaker", "carmaker", "retailer", "publisher", "brand", "label", "platform", "app",
            "outlet", "newspaper", "magazine", "broadcaster", "network", "channel", "bank", "lender", "insurer",
            "carrier", "airline", "chain", "conglomerate", "giant", "subsidiary", "supplier", "provider", "vendor",
            "charity", "nonprofit", "non-profit", "band", "studio", "website", "service", "game", "franchise", "film",
            "movie", "novel", "book", "album", "song", "series", "show", "podcast", "product", "device", "rocket",
            "vehicle", "drug", "county", "town", "village", "river", "hotel", "restaurant", "university", "college");

    /**
     * A name the tagger took for a person that the text treats as something else, with no sign of a person (a title,
     * a given name before it, an age, kin, a "who" clause, a he or she; a speech verb is no such sign, companies and
     * outlets speak too): listed with organizations or places and with no person ("includes Draper, Lockheed Martin,
     * and Northrop Grumman"), headed by or apposed to a noun for a kind of body or thing ("consulting firm Oliver
     * Wyman"), or the subject followed by ", which", is an organization (a place, listed with places only); one
     * whose every mention is the first words of a longer capitalized name ("the Philip K. Dick Award", "Harry's
     * Berries") names no one. (A title alone in quotation marks was tried: people are quoted by name too.)
     */
    private void thingsTakenForPeople() {
        for (Cluster c : new ArrayList<>(people.values())) {
            if (c.flag || personSign(c, false, false) || bySurname(c)) {
                continue;
            }
            // a given name outweighs the company a name is listed in ("Sequoia, Accel and Peter Thiel"), not the rest
            boolean named = signedPerson(c);
            String listedWith = null; // "organization" or "place"
            boolean body = false;
            boolean everyInName = true;
            for (Mention m : c.mentions.values()) {
                Sentence s = sentenceAt(m.start());
                int from = s == null ? 0 : s.tokenAt(m.start());
                int to = s == null ? 0 : s.tokenAt(m.end() - 1);
                if (from <= 0 || to <= 0) {
                    everyInName = false;
                    continue;
                }
                String list = listedAmong(s, from, to);
                if (list != null && !named) {
                    listedWith = listedWith == null || listedWith.equals(list) ? list : "organization";
                }
                body |= (thingNounBefore(s, from) || thingApposed(s, to))
                        || to + 2 <= s.size() && s.word(to + 1).equals(",") && s.word(to + 2).equalsIgnoreCase("which")
                                && s.relation(to).startsWith("nsubj");
                everyInName &= insideLongerName(s, to);
            }
            if (everyInName && !c.mentions.isEmpty()) {
                people.remove(c.name);
                refs.values().removeIf(r -> r.kind() == Speaker.Kind.PERSON && r.name().equals(c.name));
            } else if (body || listedWith != null) {
                notAPerson(c, "place".equals(listedWith) && !body ? places : organizations);
            }
        }
    }

    /**
     * A name the tagger read as a person's in fewer than half of its three or more mentions, with no given name and no
     * sign of a person ({@link #personSign}; a speech verb is none), is an organization: a company, site or product
     * named like a person ("Snowflake reported", "the Green Chef meals"). See {@link NameTagging}.
     */
    private void seldomTaggedPeople() {
        for (Cluster c : new ArrayList<>(people.values())) {
            if (c.flag || FirstNames.gender(c.name.split("\\s+")[0]) != null || personSign(c, false, false)
                    || !NameTagging.seldomPerson(c.name, c.mentions.values(), sentences)) {
                continue;
            }
            notAPerson(c, organizations);
        }
    }

    /** Moves {@code c} out of the people into {@code group} (organizations or places), with the tokens that name it. */
    private void notAPerson(Cluster c, Map<String, Cluster> group) {
        people.remove(c.name);
        Cluster o = group.computeIfAbsent(c.name, Cluster::new);
        o.mentions.putAll(c.mentions);
        Ref ref = new Ref(Speaker.Kind.ORGANIZATION, o.name);
        for (Map.Entry<Integer, Ref> e : refs.entrySet()) {
            if (e.getValue().kind() == Speaker.Kind.PERSON && e.getValue().name().equals(c.name)) {
                e.setValue(ref);
            }
        }
    }

    /**
     * A name of several words that the text also gives by its last word alone ("Scooter Braun" ... "Braun"), as
     * people are named on second mention; a company is shortened to its first word ("Lockheed") if at all.
     */
    private static boolean bySurname(Cluster c) {
        String[] words = c.name.split("\\s+");
        return words.length >= 2 && c.mentions.values().stream().anyMatch(m -> m.text().equals(words[words.length - 1]));
    }

    /** A sign of a person other than speech and company ({@link #personSign}), or a given name, or an author. */
    private boolean signedPerson(Cluster c) {
        return c.flag || FirstNames.gender(c.name.split("\\s+")[0]) != null && c.name.contains(" ")
                || personSign(c, false, false);
    }

    private Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.begin() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    /**
     * What the names coordinated with the name at tokens {@code from..to} are ("includes A, B, and C": the parse's
     * conjuncts), when every conjunct is a name, none is a person's with a sign of one, and some are organizations'
     * or places': "organization" or "place" (the more of them); else {@code null}.
     */
    private String listedAmong(Sentence s, int from, int to) {
        int head = to;
        for (int k = from; k <= to; k++) {
            if (s.head(k) < from || s.head(k) > to) {
                head = k;
            }
        }
        int root = s.relation(head).equals("conj") && s.head(head) > 0 ? s.head(head) : head;
        List<Integer> members = new ArrayList<>(s.children(root, "conj"));
        members.add(root);
        if (members.size() < 3) {
            return null; // two names joined by "and" may be a name and a body's ("Kim of Judge School and Jing Zhou")
        }
        int orgs = 0;
        int placesListed = 0;
        for (int k : members) {
            if (k >= from && k <= to) {
                continue;
            }
            Ref r = refs.get(s.begin(k));
            if (r == null) {
                return null; // a list of names and other things ("Strava, ClassPass and more")
            }
            if (r.kind() == Speaker.Kind.PERSON) {
                Cluster p = people.get(r.name());
                if (p == null || signedPerson(p)) {
                    return null;
                }
            } else if (places.containsKey(r.name())) {
                placesListed++;
            } else {
                orgs++;
            }
        }
        if (orgs + placesListed == 0) {
            return null;
        }
        return placesListed > orgs ? "place" : "organization";
    }

    /** The noun right before the name, lower case, names a kind of body or thing: "consulting firm Oliver Wyman". */
    private static boolean thingNounBefore(Sentence s, int from) {
        return from > 1 && s.tag(from - 1).startsWith("NN") && Character.isLowerCase(s.word(from - 1).charAt(0))
                && THING_NOUNS.contains(s.word(from - 1));
    }

    /** ", a software company," or ", the maker of ...": an apposition after the name headed by a noun for a thing. */
    private static boolean thingApposed(Sentence s, int to) {
        if (to + 2 > s.size() || !s.word(to + 1).equals(",") || !s.tag(to + 2).equals("DT")) {
            return false;
        }
        for (int k = to + 3; k <= s.size() && k <= to + 6; k++) {
            if (!s.tag(k).matches("JJ.?|NN|NNS|HYPH|VBG|VBN")) {
                return false;
            }
            if (THING_NOUNS.contains(s.word(k)) && (k == s.size() || s.word(k + 1).matches("[,.;:]|-LRB-|of|that|which|based"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name's last token {@code to} is followed, directly or after "'s", by a capitalized noun the tagger put in no
     * name: the name is part of a longer name ("the Philip K. Dick Award", "Harry's Berries").
     */
    private boolean insideLongerName(Sentence s, int to) {
        int k = to + 1;
        if (k <= s.size() && s.word(k).equals("'s")) {
            k++;
        }
        return k <= s.size() && s.tag(k).startsWith("NNP") && Character.isUpperCase(s.word(k).charAt(0))
                && (s.ner(k).equals("O") || s.ner(k).equals("MISC")) && !refs.containsKey(s.begin(k));
    }

    /**
     * One person's name written two ways is one person: in capitals ("ROSIE CURTS:" heading a transcript's turn, for
     * "Rosie Curts"; accents aside, "SERGIO MARTINEZ-BELTRAN" for "Sergio Martínez-Beltrán"), or a surname alone in
     * another transliteration of its ending ("Zelenskyy" or "Zelensky" beside "Volodymyr Zelenskiy").
     */
    private void sameNamesOtherwiseWritten() {
        for (Cluster c : new ArrayList<>(people.values())) {
            Cluster same = null;
            for (Cluster o : people.values()) {
                if (o != c && !inCapitals(o.name) && (inCapitals(c.name) && folded(c.name).equals(folded(o.name))
                        || !c.name.contains(" ") && o.name.contains(" ") && transliterated(c.name, o.name)
                        || initialed(c.name, o.name))) {
                    same = o;
                    break;
                }
            }
            if (same == null) {
                continue;
            }
            people.remove(c.name);
            same.mentions.putAll(c.mentions);
            Ref ref = new Ref(Speaker.Kind.PERSON, same.name);
            refs.replaceAll((at, r) -> r.kind() == Speaker.Kind.PERSON && r.name().equals(c.name) ? ref : r);
        }
    }

    /**
     * {@code name} is {@code fuller} with a middle name given by its initial ("John M. Ford" for "John Milo Ford"):
     * the same first and last words, every middle word the other's or its initial, one at least an initial.
     */
    static boolean initialed(String name, String fuller) {
        String[] a = name.split("\\s+");
        String[] b = fuller.split("\\s+");
        if (a.length != b.length || a.length < 3 || !a[0].equals(b[0]) || !a[a.length - 1].equals(b[b.length - 1])) {
            return false;
        }
        boolean initial = false;
        for (int k = 1; k < a.length - 1; k++) {
            String w = a[k].replace(".", "");
            if (a[k].equals(b[k])) {
                continue;
            }
            if (w.length() != 1 || b[k].replace(".", "").length() < 2 || !b[k].startsWith(w)) {
                return false;
            }
            initial = true;
        }
        return initial;
    }

    /** A name of letters in capitals only ("ROSIE CURTS"), not an initial or two. */
    private static boolean inCapitals(String name) {
        return name.codePoints().filter(Character::isLetter).count() >= 3 && name.equals(name.toUpperCase(Locale.ROOT))
                && !name.equals(name.toLowerCase(Locale.ROOT));
    }

    /** Lower case without accents: "Martínez" and "MARTINEZ" alike. */
    private static String folded(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    /** {@code word} is the last word of {@code name} but for an ending of i and y ("Zelenskyy", "Zelenskiy"). */
    private static boolean transliterated(String word, String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        String a = word.replaceAll("[iy]+$", "");
        String b = last.replaceAll("[iy]+$", "");
        return !word.equals(last) && a.length() >= 5 && a.equals(b) && Character.isUpperCase(word.charAt(0));
    }

    /**
     * Organizations the text gives an alias in parentheses ("Drug Enforcement Administration (DEA)") take it
     * into their canonical name, and the alias alone names the same organization.
     */
    private void aliases() {
        for (Cluster c : new ArrayList<>(organizations.values())) {
            Matcher m = Pattern.compile(Pattern.quote(c.name) + "\\s*\\(([A-Z][A-Za-z&.]{1,9})\\)").matcher(text);
            String alias = m.find() ? m.group(1) : initialism(c);
            if (alias == null || c.name.endsWith(")") || alias.equals(c.name)) {
                continue; // (a name that is its own alias, "IBM (IBM)" with a ticker, has none)
            }
            String full = c.name + " (" + alias + ")";
            Cluster a = organizations.remove(alias);
            organizations.remove(c.name);
            String old = c.name;
            c.name = full;
            organizations.put(full, c);
            if (a != null) {
                c.mentions.putAll(a.mentions);
            }
            Set<String> same = new java.util.HashSet<>(Set.of(old, alias));
            // "the Chinese CDC" beside "Chinese Center for Disease Control and Prevention (CDC)": the alias after
            // words of the full name is the same organization
            List<String> fullWords = List.of(old.split("\\s+"));
            for (Cluster v : new ArrayList<>(organizations.values())) {
                List<String> words = List.of(v.name.split("\\s+"));
                if (v != c && words.size() >= 2 && words.get(words.size() - 1).equals(alias)
                        && fullWords.containsAll(words.subList(0, words.size() - 1))) {
                    organizations.remove(v.name);
                    c.mentions.putAll(v.mentions);
                    same.add(v.name);
                }
            }
            for (Map.Entry<Integer, Ref> e : refs.entrySet()) {
                Ref r = e.getValue();
                if (r.kind() == Speaker.Kind.ORGANIZATION && same.contains(r.name())) {
                    e.setValue(new Ref(Speaker.Kind.ORGANIZATION, full));
                }
            }
            // the alias alone where the tagger took it for no name ("..., says WHO.")
            for (Sentence s : sentences) {
                for (int i = 1; i <= s.size(); i++) {
                    if (s.word(i).equals(alias) && !refs.containsKey(s.begin(i))) {
                        add(c, s, i, i, Mention.Kind.SHORT_NAME, new Ref(Speaker.Kind.ORGANIZATION, full));
                    }
                }
            }
        }
    }

    /**
     * The initials of a name of several words that the article also uses alone ("DEA" beside "Drug Enforcement
     * Administration"), or {@code null}: the spec writes the canonical name with that alias.
     */
    private String initialism(Cluster c) {
        List<String> words = List.of(c.name.split("\\s+"));
        if (words.size() < 2) {
            return null;
        }
        String initials = initials(words);
        if (initials.length() >= 2 && organizations.containsKey(initials)) {
            return initials;
        }
        for (Mention m : c.mentions.values()) {
            if (m.text().length() >= 2 && m.text().equals(initials) && !modifier(m)) {
                return initials;
            }
        }
        // "the CDC" and "the Chinese CDC" beside "Chinese Center for Disease Control and Prevention": initials in
        // capitals that open the full name's, after a leading nationality, name it
        String rest = words.size() > 2 && Countries.ofDemonym(words.get(0)) != null ? initials(words.subList(1, words.size())) : "";
        for (Cluster o : organizations.values()) {
            List<String> ow = List.of(o.name.split("\\s+"));
            String t = ow.get(ow.size() - 1);
            if (o != c && t.matches("[A-Z]{3,6}") && (initials.startsWith(t) || rest.startsWith(t))
                    && words.containsAll(ow.subList(0, ow.size() - 1))) {
                return t;
            }
        }
        // the initials as a word of their own that the tagger did not take for a name ("says WHO"), in capitals
        // of three letters or more, so that a short word in capitals is not read as an alias
        if (initials.length() >= 3 && words.size() >= 3) {
            for (Sentence s : sentences) {
                for (int i = 1; i <= s.size(); i++) {
                    if (s.word(i).equals(initials) && !s.relation(i).startsWith("compound") && !quoted(s.begin(i))) {
                        return initials;
                    }
                }
            }
        }
        return null;
    }

    /** Words of a cased script with no capital: a common noun, not a name ("moon"); scripts without case pass. */
    private static boolean commonNoun(String name) {
        return name.codePoints().noneMatch(Character::isUpperCase) && name.codePoints().anyMatch(Character::isLowerCase);
    }

    /**
     * The mention only modifies a noun ("EU countries", "VOA Pentagon correspondent"): the article does not use it as a
     * name on its own. Its last word tells, as the first word of a name of several ("Florida" of "the Florida
     * Times-Union reported") modifies the rest of the name.
     */
    private boolean modifier(Mention m) {
        for (Sentence s : sentences) {
            if (s.begin() <= m.start() && m.start() < s.end()) {
                int t = s.tokenAt(Math.max(m.start(), m.end() - 1));
                return t > 0 && s.relation(t).startsWith("compound");
            }
        }
        return false;
    }

    private void addName(Sentence s, int from, int to, String tag) {
        while (from <= to && (s.tag(from).equals("DT") || s.word(from).equals("'s"))) {
            from++;
        }
        while (to >= from && (s.tag(to).equals("POS") || s.word(to).equals("'s"))) {
            to--;
        }
        if (from > to) {
            return;
        }
        String name = s.text(from, to);
        Mention.Kind kind = Mention.Kind.NAME;
        Map<String, Cluster> group;
        Speaker.Kind refKind;
        if (tag.equals("PERSON")) {
            group = people;
            refKind = Speaker.Kind.PERSON;
        } else if (tag.equals("ORGANIZATION")) {
            group = organizations;
            refKind = Speaker.Kind.ORGANIZATION;
        } else {
            if (commonNoun(name)) {
                return; // "the moon", "the city": the tagger's place in lower case names no place
            }
            group = places;
            refKind = Speaker.Kind.ORGANIZATION;
            String canonical = Countries.canonical(name);
            String country = Countries.capitalOf(name);
            if (country != null && usedAsGovernment(s, from, to)) {
                canonical = country;
                kind = Mention.Kind.CAPITAL;
            } else if (!canonical.equals(name)) {
                kind = Mention.Kind.SHORT_NAME;
            }
            name = canonical;
        }
        Cluster c = group.get(name);
        if (c == null && group != places) {
            c = findByParts(group, name);
            if (c != null && group == organizations && c.name.endsWith(" " + name)
                    && c.mentions.values().stream().allMatch(this::modifier)) {
                // "VOA Pentagon correspondent Carla Babb": the tagger ran an outlet and its beat into one name, used
                // only before a noun; "the Pentagon" on its own is the Pentagon, not the outlet
                c = null;
            }
            if (c != null && group == organizations && namedAfter(c, name, s.begin(from))) {
                c = null;
            }
            if (c != null) {
                kind = Mention.Kind.SHORT_NAME;
            }
        }
        if (c == null) {
            c = new Cluster(name);
            group.put(name, c);
        }
        add(c, s, from, to, kind, new Ref(refKind, c.name));
        if (refKind == Speaker.Kind.PERSON && from > 1 && c.gender == null) {
            String title = s.word(from - 1).replace(".", "").toLowerCase(Locale.ROOT);
            c.gender = title.equals("mr") ? "m" : title.equals("ms") || title.equals("mrs") ? "f" : null;
        }
    }

    /**
     * Whether {@code longer}, an organization name that opens with {@code name}, names something of that
     * organization's (a product, a division, an event) rather than the organization itself: it is first written after
     * {@code name} stood on its own at {@code at} ("Toyota says ..." before "a Toyota Land Cruiser Prado", "Boeing"
     * before "Boeing Defense, Space, and Security"). News gives an organization's full name first and shortens it
     * after; a longer name closed by a company's word ("Big Machine Label Group", "Boeing Co.") is the organization's
     * own full name, whenever it comes.
     */
    private static boolean namedAfter(Cluster longer, String name, int at) {
        if (!longer.name.startsWith(name + " ") || longer.mentions.isEmpty() || longer.mentions.firstKey() < at) {
            return false;
        }
        String[] words = longer.name.split("\\s+");
        return !COMPANY_WORDS.contains(words[words.length - 1]);
    }

    /** A capital stands for its government when it owns something, acts, or is a party ("with Moscow"). */
    private static boolean usedAsGovernment(Sentence s, int from, int to) {
        if (to < s.size() && s.word(to + 1).equals("'s")) {
            return true;
        }
        String rel = s.relation(to);
        if (rel.startsWith("nsubj") || rel.equals("nmod:poss")) {
            return true;
        }
        int before = from - 1;
        return before >= 1 && Set.of("with", "between", "to", "and", "from").contains(s.lemma(before))
                && (rel.startsWith("nmod") || rel.startsWith("obl") || rel.startsWith("conj"));
    }

    /** An existing entity whose name contains all the words of {@code name} ("Xi" of "Xi Jinping", "SCO"). */
    private static Cluster findByParts(Map<String, Cluster> group, String name) {
        List<String> words = List.of(name.split("\\s+"));
        for (Cluster c : group.values()) {
            List<String> full = List.of(c.name.split("\\s+"));
            if (full.containsAll(words)) {
                return c;
            }
            if (words.size() > 1 && Character.isUpperCase(words.get(0).charAt(0))
                    && NAME_PARTICLE.matcher(words.get(0).toLowerCase(Locale.ROOT)).matches()) {
                // "De Miranda beautifully ..." after "Luis de Miranda": a surname's particle, capitalized where it
                // opens a sentence
                List<String> lowered = new ArrayList<>(words);
                lowered.set(0, words.get(0).toLowerCase(Locale.ROOT));
                if (full.indexOf(lowered.get(0)) > 0 && full.containsAll(lowered)) {
                    return c;
                }
            }
            if (words.size() == 1 && name.length() >= 2 && name.equals(name.toUpperCase(Locale.ROOT))
                    && name.equals(initials(full))) {
                return c;
            }
        }
        return null;
    }

    private static String initials(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    private void add(Cluster c, Sentence s, int from, int to, Mention.Kind kind, Ref ref) {
        c.mentions.put(s.begin(from), new Mention(s.text(from, to), s.begin(from), s.end(to), kind));
        for (int i = from; i <= to; i++) {
            refs.put(s.begin(i), ref);
        }
    }

    /** Single words of a person's name that the tagger missed ("Xi" tagged MISC). */
    private void sweepShortNames() {
        Map<String, Cluster> byWord = new HashMap<>();
        Set<String> ambiguous = new java.util.HashSet<>();
        for (Cluster c : people.values()) {
            for (String w : c.name.split("\\s+")) {
                if (w.length() > 1 && Character.isUpperCase(w.charAt(0))) {
                    if (byWord.containsKey(w) && byWord.get(w) != c) {
                        ambiguous.add(w);
                    }
                    byWord.put(w, c);
                }
            }
        }
        for (Sentence s : sentences) {
            for (int i = 1; i <= s.size(); i++) {
                Cluster c = byWord.get(s.word(i));
                if (c == null || ambiguous.contains(s.word(i)) || refs.containsKey(s.begin(i))
                        || !s.tag(i).startsWith("NNP") && !surname(s, i, c) || s.ner(i).equals("ORGANIZATION")
                        || s.ner(i).equals("LOCATION")) {
                    continue;
                }
                add(c, s, i, i, Mention.Kind.SHORT_NAME, new Ref(Speaker.Kind.PERSON, c.name));
            }
        }
    }

    /**
     * A known person's surname the tagger read as a common word ("Figgins declined ...", "says Early."): the last
     * word of their full name, capitalized inside a sentence or as the subject at its start.
     */
    private static boolean surname(Sentence s, int i, Cluster c) {
        String[] words = c.name.split("\\s+");
        if (words.length < 2 || !words[words.length - 1].equals(s.word(i))) {
            return false;
        }
        boolean inside = i > 1 && !s.tag(i - 1).matches("``|''|:|-LRB-|\\.");
        return inside || s.relation(i).startsWith("nsubj");
    }

    /** "Russian", "Chinese", "Sino-" as mentions of the countries already named in the article. */
    private void demonyms() {
        for (Sentence s : sentences) {
            for (int i = 1; i <= s.size(); i++) {
                String country = Countries.ofDemonym(s.word(i));
                if (country != null && places.containsKey(country) && Character.isUpperCase(s.word(i).charAt(0))
                        && !refs.containsKey(s.begin(i))) {
                    places.get(country).mentions.put(s.begin(i),
                            new Mention(s.word(i), s.begin(i), s.end(i), Mention.Kind.DEMONYM));
                }
            }
        }
        Cluster china = places.get("China");
        if (china != null) {
            Matcher m = SINO.matcher(text);
            while (m.find()) {
                china.mentions.putIfAbsent(m.start(), new Mention("Sino-", m.start(), m.end(), Mention.Kind.DEMONYM));
            }
        }
    }

    /**
     * Resolves he/she/his/her: to the person who is the subject of the sentence's main verb, else to the
     * person who was the main subject of the sentence before, else to a person the sentence before names or refers to
     * (unless its subject describes someone named earlier: "The Jamaican, 26, ..."), else to the most recent person who
     * was a subject, else to the most recent person named, taking the first whose gender is not already known to
     * differ. Names inside quotation marks are not antecedents of pronouns
     * outside them ("Pat Carlineo is passionate ...," she said), nor is the person the pronoun's own clause rules
     * out ({@link #boundAway}: "his wife Fran", "Fran was giving him").
     */
    private void resolvePronouns(List<Cluster> doubtful) {
        java.util.LinkedList<Cluster> subjects = new java.util.LinkedList<>();
        java.util.LinkedList<Cluster> named = new java.util.LinkedList<>();
        // the main subjects of the two sentences before: "Figgins declined to address whether Thomas slept on the
        // night Epstein died. “...,” he said." is Figgins, not the subject named last
        Cluster[] previousMain = new Cluster[2];
        // the last person introduced without a name ("WIRED spoke to one mother, ... “...,” she said."): sentence,
        // offset and gender
        int[] unnamed = {-9, -1};
        String unnamedGender = null;
        // the people the sentence before named or referred to, the last first ("... which sent its driver, Dora Pell,
        // to the show. “...,” she said.")
        java.util.LinkedList<Cluster> mentionedBefore = new java.util.LinkedList<>();
        for (Sentence s : sentences) {
            Cluster mainSubject = null;
            boolean describedSubject = false;
            java.util.LinkedList<Cluster> mentionedHere = new java.util.LinkedList<>();
            // people named earlier in this sentence, subjects first: nearer than the sentences before
            java.util.LinkedList<Cluster> here = new java.util.LinkedList<>();
            java.util.LinkedList<Cluster> hereSubjects = new java.util.LinkedList<>();
            int root = s.root();
            if (root > 0) {
                int subj = s.child(root, "nsubj");
                if (subj == 0 && root > 1 && s.tag(root).startsWith("VB") && refs.containsKey(s.begin(root - 1))) {
                    subj = root - 1; // "Early says there is ...": a name the parser took for an adverb
                }
                if (subj > 0 && !s.tag(subj).startsWith("PRP") && !quoted(s.begin(subj))) {
                    Ref r = refs.get(s.begin(subj));
                    for (int a : s.children(subj, "appos")) {
                        if (r == null && refs.containsKey(s.begin(a)) && refs.get(s.begin(a)).kind() == Speaker.Kind.PERSON) {
                            r = refs.get(s.begin(a)); // "Liberia's information minister, Lewis Brown, said ...; he ..."
                        }
                    }
                    int owner = s.child(subj, "nmod:poss");
                    if (r == null && owner > 0 && !s.tag(owner).startsWith("PRP")) {
                        r = refs.get(s.begin(owner)); // "Mr. Trump's theatrical embrace is ...; he has ..."
                    }
                    describedSubject = r == null && describesSomeone(s, subj);
                    mainSubject = r != null && r.kind() == Speaker.Kind.PERSON ? people.get(r.name()) : null;
                }
            }
            for (int i = 1; i <= s.size(); i++) {
                String w = s.word(i).toLowerCase(Locale.ROOT);
                Ref r = refs.get(s.begin(i));
                boolean isSubject = s.relation(i).startsWith("nsubj")
                        || s.relation(i).startsWith("compound") && s.relation(s.head(i)).startsWith("nsubj")
                        || i < s.size() && s.head(i) == i + 1 && s.tag(i + 1).startsWith("VB") && s.child(i + 1, "nsubj") == 0
                        || agentOfPassive(s, i) || apposedToSubject(s, i);
                if (r != null && r.kind() == Speaker.Kind.PERSON && people.containsKey(r.name())) {
                    if (!quoted(s.begin(i))) {
                        Cluster c = people.get(r.name());
                        pushFront(named, c);
                        pushFront(here, c);
                        pushFront(mentionedHere, c);
                        if (isSubject) {
                            pushFront(subjects, c);
                            pushFront(hereSubjects, c);
                        }
                    }
                    continue;
                }
                String described = unnamedPerson(s, i);
                if (described != null) {
                    unnamed[0] = s.index;
                    unnamed[1] = s.begin(i);
                    unnamedGender = described;
                    continue;
                }
                String gender = MALE.contains(w) ? "m" : FEMALE.contains(w) ? "f" : null;
                if (gender == null || !s.tag(i).startsWith("PRP") || quoted(s.begin(i))) {
                    continue;
                }
                List<Cluster> candidates = new ArrayList<>();
                if (mainSubject != null) {
                    candidates.add(mainSubject);
                }
                candidates.addAll(hereSubjects);
                candidates.addAll(here);
                if (previousMain[0] != null) {
                    candidates.add(previousMain[0]);
                }
                candidates.addAll(mentionedBefore);
                if (previousMain[1] != null) {
                    candidates.add(previousMain[1]);
                }
                candidates.addAll(subjects);
                candidates.addAll(named);
                List<Cluster> bound = boundAway(s, i);
                candidates.removeAll(bound);
                Cluster c = null;
                for (Cluster candidate : candidates) {
                    if (candidate.gender == null || candidate.gender.equals(gender)) {
                        c = candidate;
                        break;
                    }
                }
                if (c != null && doubtful.contains(c)) {
                    // a name the text gives no other sign of being a person's yields to a person of this gender named
                    // in this sentence or the one before ("Getting Disney+ right is a test of Mayer's mettle. He ...")
                    int from = sentences.get(Math.max(0, s.index - 1)).begin();
                    for (Cluster candidate : candidates) {
                        if (!doubtful.contains(candidate) && gender.equals(candidate.gender)
                                && candidate.mentions.subMap(from, s.begin(i)).values().stream()
                                        .anyMatch(m -> !quoted(m.start()))) {
                            c = candidate;
                            break;
                        }
                    }
                }
                if (c != null && doubtful.contains(c) && !bound.isEmpty()) {
                    continue; // the person the grammar rules out is no sign that a doubtful name is a person's
                }
                if (c != null && gender.equals(unnamedGender) && s.index - unnamed[0] <= 1) {
                    Integer at = c.mentions.floorKey(s.begin(i));
                    if (at == null || at < unnamed[1]) {
                        continue; // the woman introduced since is nearer than any named one: she stays unnamed
                    }
                }
                if (c == null) {
                    continue;
                }
                c.gender = gender;
                add(c, s, i, i, Mention.Kind.PRONOUN, new Ref(Speaker.Kind.PERSON, c.name));
                pushFront(mentionedHere, c);
                if (s.relation(i).startsWith("nsubj")) {
                    pushFront(subjects, c);
                    pushFront(hereSubjects, c);
                }
                if (i == s.child(root, "nsubj")) {
                    mainSubject = c;
                }
            }
            // "The Jamaican, 26, was second behind Dora Pell.": the subject stands for someone named before, whom
            // a "he" after it is likelier to be than the people the sentence names
            mentionedBefore = describedSubject ? new java.util.LinkedList<>() : mentionedHere;
            previousMain[1] = previousMain[0];
            // no subject of the main verb found: the sentence's first subject that is a person stands for it
            previousMain[0] = mainSubject != null ? mainSubject : hereSubjects.isEmpty() ? null : hereSubjects.getLast();
        }
    }

    /**
     * The people a he, she, him or his at token {@code i} cannot stand for by the grammar of its clause: the possessor
     * of a noun phrase is not the person that phrase names ("his wife Fran": his is not Fran), and the object of a
     * verb is not its subject, which would take "himself" ("Fran was giving him a shower": him is not Fran).
     */
    private List<Cluster> boundAway(Sentence s, int i) {
        List<Cluster> out = new ArrayList<>();
        String rel = s.relation(i);
        int h = s.head(i);
        if (h <= 0) {
            return out;
        }
        if (rel.equals("nmod:poss")) {
            addNamed(out, s, h);
        } else if (rel.equals("obj") || rel.equals("iobj")) {
            for (int subj : s.children(h, "nsubj")) {
                addNamed(out, s, subj);
            }
        }
        return out;
    }

    /** The people named at token {@code t} or by a name in apposition to it or compounded with it, into {@code out}. */
    private void addNamed(List<Cluster> out, Sentence s, int t) {
        List<Integer> tokens = new ArrayList<>(List.of(t));
        tokens.addAll(s.children(t, "appos"));
        tokens.addAll(s.children(t, "compound"));
        if (s.relation(t).equals("appos") && s.head(t) > 0) {
            tokens.add(s.head(t));
        }
        for (int k : tokens) {
            Ref r = refs.get(s.begin(k));
            if (r != null && r.kind() == Speaker.Kind.PERSON && people.containsKey(r.name())) {
                out.add(people.get(r.name()));
            }
        }
    }

    /**
     * The gender a person's name gets from a noun for a woman or a man it is apposed to, compounded with or given by
     * ("his wife Fran", "her son, Jason", "a young man named Elliot Rodger"): "f", "m", or {@code null} when no such
     * noun is there or the nouns disagree.
     */
    private String nounGender(Cluster c) {
        java.util.Set<String> found = new java.util.HashSet<>();
        for (Mention m : c.mentions.values()) {
            if (m.kind() == Mention.Kind.PRONOUN || quoted(m.start())
                    || !m.text().equals(c.name) && m.text().contains(" ")) {
                continue; // a part of several words may name a kinsman ("Her father, Gen. Aung San")
            }
            for (Sentence s : sentences) {
                if (m.start() < s.begin() || m.start() >= s.end()) {
                    continue;
                }
                int t = s.tokenAt(m.start());
                while (t > 0 && t < s.size() && s.begin(t + 1) < m.end()) {
                    t++; // the name's last word, its head
                }
                if (t <= 0) {
                    continue;
                }
                List<Integer> nouns = new ArrayList<>(s.children(t, "appos"));
                nouns.addAll(s.children(t, "compound"));
                int h = s.head(t);
                if (s.relation(t).equals("appos") && h > 0) {
                    nouns.add(h);
                }
                if (h > 0 && s.relation(t).matches("obj|xcomp") && s.tag(h).equals("VBN")
                        && s.lemma(h).toLowerCase(Locale.ROOT).matches("name|call")) {
                    // "a young man named Elliot Rodger" (the parser may take the man for the verb's subject)
                    if (s.relation(h).equals("acl") && s.head(h) > 0) {
                        nouns.add(s.head(h));
                    }
                    nouns.addAll(s.children(h, "nsubj"));
                }
                for (int k : nouns) {
                    if (!s.tag(k).matches("NNS?")) {
                        continue;
                    }
                    String lemma = s.lemma(k).toLowerCase(Locale.ROOT);
                    if (FEMALE_NOUN.matcher(lemma).matches()) {
                        found.add("f");
                    } else if (MALE_NOUN.matcher(lemma).matches()) {
                        found.add("m");
                    }
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** Words of address before a name that only a person bears: "Mr. Vogel", "Dame Judi". */
    private static final Set<String> ADDRESS = Set.of("mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lady", "lord",
            "dr", "prof", "rev", "fr");
    /** Kin and counsel, which a person has and a company does not: "Epstein's lawyer". */
    private static final Pattern KIN = Pattern.compile("wife|husband|son|daughter|mother|father|brother|sister|parent"
            + "|child|children|family|friend|girlfriend|boyfriend|fiancee?|widow|lawyer|attorney|mom|dad|grandmother"
            + "|grandfather|grandson|granddaughter|uncle|aunt|nephew|niece|cousin");
    /** Nouns of kinship alone, which say whose relative someone is rather than what they do. */
    private static final Pattern KIN_ONLY = Pattern.compile("wife|husband|son|daughter|mother|father|brother|sister|parent"
            + "|child|children|girl|boy|kid|baby|mom|dad|grandmother|grandfather|grandson|granddaughter|grandchild|uncle"
            + "|aunt|nephew|niece|cousin|widow|widower|stepson|stepdaughter|stepfather|stepmother");
    /** Nouns a leader's name modifies: "the Trump administration", "the Assad regime". */
    private static final Set<String> LEADERS_NOUNS = Set.of("administration", "presidency", "regime", "government", "era",
            "family");

    /**
     * A one-word name the tagger took for a person and the text never treats as one is no person: products, apps,
     * works, places, companies and pets ("use Wunderlist", "provided by Statista", "Calhoun, Cass ... counties",
     * "Sasha the black cat"). A person is addressed or titled ("Mr. Vogel", "Chairman Schiff", "Brazil star
     * Neymar"), speaks ("Schiff asked"), is referred to by he or she, is listed or apposed with a person ("Jacob Clark
     * or Cole Kramer", "his wife, Kimberly"), has a given name (the tagger may leave it out: "Cole Kramer"), or heads
     * a government ("the Trump administration"). Such a doubtful name is a person only if a he or she comes to it when
     * no other person can take it ("Trump assailed Williams ..., though there is no indication she has shown ...").
     */
    private boolean doubtful(Cluster c) {
        return !c.name.contains(" ") && !c.flag && FirstNames.gender(c.name) == null && !treatedAsPerson(c);
    }

    /** Some mention of {@code c} shows it to be a person's name: see {@link #doubtful(Cluster)}. */
    private boolean treatedAsPerson(Cluster c) {
        return personSign(c, true, true);
    }

    /**
     * As {@link #treatedAsPerson(Cluster)}; with {@code speech} false a speech verb is no sign, with {@code beside}
     * false neither is a name listed or apposed with it.
     */
    private boolean personSign(Cluster c, boolean speech, boolean beside) {
        boolean capitals = c.name.equals(c.name.toUpperCase(Locale.ROOT));
        for (Mention m : c.mentions.values()) {
            for (Sentence s : sentences) {
                int t = s.begin() <= m.start() && m.start() < s.end() ? s.tokenAt(m.start()) : 0;
                if (t <= 0) {
                    continue;
                }
                String before = t > 1 ? s.word(t - 1) : "";
                if (t > 1 && (ADDRESS.contains(before.replace(".", "").toLowerCase(Locale.ROOT))
                        || s.tag(t - 1).startsWith("NN") && (RoleNouns.isRoleNoun(before) || SpeechCues.personNoun(s.lemma(t - 1)))
                        || s.tag(t - 1).equals("NNP") && FirstNames.gender(before) != null)) {
                    return true;
                }
                int h = s.head(t);
                String rel = s.relation(t);
                if (h > 0 && rel.startsWith("nsubj") && (speech && SpeechCues.SAY.contains(s.lemma(h))
                        || s.tag(h).startsWith("NN") && RoleNouns.isRoleNoun(s.word(h)))) {
                    return true; // "Schiff asked", "Hege is the CEO"
                }
                if (h > 0 && rel.startsWith("compound") && LEADERS_NOUNS.contains(s.lemma(h).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                if (beside && !capitals && personBeside(s, t)) {
                    return true;
                }
                if (rel.equals("nmod:poss") && h > 0 && KIN.matcher(s.lemma(h).toLowerCase(Locale.ROOT)).matches()) {
                    return true; // "Epstein's lawyer", "Adele's son": what a company does not have
                }
                // the name's last word, which an age or a "who" clause follows ("Montell Figgins, who represents")
                int last = t;
                while (last < s.size() && s.begin(last + 1) < m.end()) {
                    last++;
                }
                if (last + 3 <= s.size() && s.word(last + 1).equals(",") && s.word(last + 2).matches("[1-9][0-9]?")
                        && s.word(last + 3).matches("[,;.]")) {
                    return true; // an age: "Oakhart, 37,"
                }
                for (int k : s.children(last, "acl:relcl")) {
                    if (s.children(k, null).stream().anyMatch(w -> s.word(w).matches("(?i)who|whom|whose"))) {
                        return true; // "Williams, who ..."
                    }
                }
            }
        }
        return false;
    }

    /**
     * Token {@code t} is coordinated or apposed with a person: a he or she, a name of several words known as a
     * person's, or a noun for a person ("his wife, Kimberly").
     */
    private boolean personBeside(Sentence s, int t) {
        List<Integer> beside = new ArrayList<>();
        String rel = s.relation(t);
        if ((rel.equals("conj") || rel.equals("appos")) && s.head(t) > 0) {
            beside.add(s.head(t));
        }
        beside.addAll(s.children(t, "conj"));
        beside.addAll(s.children(t, "appos"));
        for (int k : beside) {
            String w = s.word(k).toLowerCase(Locale.ROOT);
            Ref r = refs.get(s.begin(k));
            if (s.tag(k).startsWith("PRP") && (MALE.contains(w) || FEMALE.contains(w))
                    || r != null && r.kind() == Speaker.Kind.PERSON && r.name().contains(" ")
                    || s.tag(k).startsWith("NN") && !s.tag(k).startsWith("NNP")
                            && (RoleNouns.isRoleNoun(s.word(k)) || SpeechCues.personNoun(s.lemma(k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Token {@code i} ends the agent of a passive verb ("A photo of the meeting was denied by Andrew"): the one who
     * acts, as salient for a pronoun after it as a subject.
     */
    private static boolean agentOfPassive(Sentence s, int i) {
        int verb = s.head(i);
        return s.relation(i).equals("obl") && verb > 0 && verb < i && s.child(verb, "aux:pass") > 0
                && s.children(i, "case").stream().anyMatch(k -> s.word(k).equalsIgnoreCase("by"));
    }

    /**
     * Token {@code i} is in a name set off after a subject that is a description ("The town's finance director, Lewis
     * Harmon, said"): the person named is the one who acts, as salient for a pronoun after it as a subject.
     */
    private static boolean apposedToSubject(Sentence s, int i) {
        int name = s.relation(i).startsWith("compound") && s.head(i) > 0 ? s.head(i) : i;
        return s.relation(name).equals("appos") && s.head(name) > 0 && s.relation(s.head(name)).startsWith("nsubj");
    }

    /** Nouns for a woman or a man by kin or kind, which a pronoun of that gender can stand for. */
    private static final Pattern FEMALE_NOUN = Pattern.compile("woman|mother|wife|daughter|girl|sister|grandmother"
            + "|widow|aunt|niece|lady|mom|mum|spokeswoman|businesswoman|actress|waitress|policewoman|chairwoman");
    private static final Pattern MALE_NOUN = Pattern.compile("man|father|husband|son|boy|brother|grandfather|widower"
            + "|uncle|nephew|dad|spokesman|businessman|actor|waiter|policeman|chairman");

    /**
     * The gender ("f", "m") of a person introduced without a name at token {@code i}: a singular noun for a woman or
     * a man with "a", "an", "one" or "another" ("one mother", "a man who lives nearby"), outside quotation marks and
     * with no name in apposition; else {@code null}.
     */
    private String unnamedPerson(Sentence s, int i) {
        if (!s.tag(i).equals("NN") || refs.containsKey(s.begin(i)) || quoted(s.begin(i))) {
            return null;
        }
        String lemma = s.lemma(i).toLowerCase(Locale.ROOT);
        String gender = FEMALE_NOUN.matcher(lemma).matches() ? "f" : MALE_NOUN.matcher(lemma).matches() ? "m" : null;
        if (gender == null) {
            return null;
        }
        boolean indefinite = false;
        for (int k : s.children(i, null)) {
            String rel = s.relation(k);
            indefinite |= rel.equals("det") && s.word(k).toLowerCase(Locale.ROOT).matches("a|an|another|one")
                    || rel.equals("nummod") && s.word(k).equalsIgnoreCase("one");
            if (rel.equals("appos") && refs.containsKey(s.begin(k)) || rel.equals("nmod:poss")) {
                return null; // "a mother, Ann Lee," is named; "her mother" is someone's
            }
        }
        return indefinite ? gender : null;
    }

    /**
     * Subject {@code subj} describes a person by a definite word for them, with no name: "the Jamaican" (an adjective
     * or a proper noun standing alone), "the 26-year-old", "the spokeswoman".
     */
    private static boolean describesSomeone(Sentence s, int subj) {
        int det = s.child(subj, "det");
        String word = s.word(subj).toLowerCase(Locale.ROOT);
        return det > 0 && s.word(det).toLowerCase(Locale.ROOT).matches("the|this") && (s.tag(subj).matches("NNP|JJ")
                || SpeechCues.personNoun(s.lemma(subj).toLowerCase(Locale.ROOT))
                || RoleNouns.isRoleNoun(word));
    }

    /** Moves {@code c} to the front of a most-recent-first list of at most eight people. */
    private static void pushFront(java.util.LinkedList<Cluster> recent, Cluster c) {
        recent.remove(c);
        recent.addFirst(c);
        if (recent.size() > 8) {
            recent.removeLast();
        }
    }

    /** Titles before a name ("President Xi Jinping"), appositions ("Zhang Hanhui, China's ambassador to Russia"). */
    private void roles(Sentence s) {
        for (int i = 1; i <= s.size(); i++) {
            Ref r = refs.get(s.begin(i));
            if (r != null && r.kind() == Speaker.Kind.PERSON && s.word(i).matches("(?i)he|she") && people.containsKey(r.name())
                    && !quoted(s.begin(i))) {
                // "he has been an AI researcher", "he worked as a chief physician": the person the pronoun stands for
                predicateRoles(people.get(r.name()), s, i);
                continue;
            }
            if (r == null || r.kind() != Speaker.Kind.PERSON || s.tag(i).startsWith("PRP")
                    || i < s.size() && r.equals(refs.get(s.begin(i + 1)))) {
                continue; // only the last word of a name
            }
            Cluster c = people.get(r.name());
            if (c == null) {
                continue;
            }
            int first = i;
            while (first > 1 && r.equals(refs.get(s.begin(first - 1)))) {
                first--;
            }
            if (first < i && RANK.matcher(s.word(first)).matches()) {
                addRole(c, s, first, first, null, RoleCandidates.Kind.TITLE); // the rank the name opens with
            }
            if (sharedSurname(c, s.text(first, i))) {
                continue; // "Vice President Biden" in a story on Joe and Hunter Biden: whose title, the name does not say
            }
            // a title: capitalized words right before the name, attached to it
            int t = first - 1;
            while (t >= 1 && (s.tag(t).startsWith("NNP") || s.tag(t).matches("JJ|VBG") && Character.isUpperCase(s.word(t).charAt(0))
                    || inTitle(s, t, i)) && (!refs.containsKey(s.begin(t)) || places.containsKey(refs.get(s.begin(t)).name()) && t + 1 < first
                            || refs.get(s.begin(t)).kind() == Speaker.Kind.ORGANIZATION)
                    && s.head(t) <= i && s.descends(t, i)) {
                // (a place or a body inside a title is part of it: "Acting U.S. Attorney Dana Whitcombe", "Energy
                // Secretary Rick Perry", "U.S. Ambassador to the European Union Gordon Sondland")
                t--;
            }
            while (t + 1 < first && s.tag(t + 1).matches("IN|TO|DT")) {
                t++; // a title starts with a word, not with "of"
            }
            if (!titleWord(s, t + 1, first - 1)) {
                t = first - 1; // names only ("Chelsea's Reece James" aside, "Liverpool Jordan Henderson"): no title
            }
            // a descriptor of common nouns before the name, within its phrase: "Wild coach Bruce Boudreau",
            // "Salesforce founder and co-CEO Marc Benioff", "Barcelona soccer player Gerard Pique"
            int d = t;
            while (d >= 1 && s.descends(d, i) && (s.tag(d).matches("NNS?|NNPS?|JJ|VBN|CC") || glued(s, d)
                    || s.tag(d).equals("VBG") && s.relation(d).equals("amod") // "founding members", "acting director"
                    || s.word(d).equalsIgnoreCase("of") && d > 1 && s.tag(d - 1).startsWith("NN"))
                    && !(refs.containsKey(s.begin(d)) && refs.get(s.begin(d)).kind() == Speaker.Kind.PERSON)) {
                d--;
            }
            while (d + 1 < first && s.tag(d + 1).matches("CC|HYPH|IN")) {
                d++;
            }
            boolean common = false;
            for (int k = d + 1; k < first; k++) {
                // a common noun ("coach"), or a capitalized one the tagger still read as common ("Additional Director")
                common |= s.tag(k).matches("NNS?") && !HONORIFICS.contains(s.word(k).toLowerCase(Locale.ROOT));
            }
            if (common && d < t) {
                t = d;
            }
            if (t < first - 1) {
                coordinatedPosts(c, s, t);
                int end = first - 1;
                if (end > t + 1 && HONORIFICS.contains(s.word(end).toLowerCase(Locale.ROOT))) {
                    // "Additional Director Dr Azizur Rahman": the post, and the honorific apart
                    addRole(c, s, end, end, null, RoleCandidates.Kind.HONORIFIC);
                    end--;
                }
                addCoordinated(c, s, t + 1, end);
            }
            // "Aled Voss, Research and Advocacy Director for Europe": a post the parser joined to the name
            if (i + 2 <= s.size() && s.tag(i + 1).equals(",")) {
                int k = 0;
                for (int conj : s.children(i, "conj")) {
                    if (conj > i + 1 && s.tag(conj).startsWith("NN") && !refs.containsKey(s.begin(conj))
                            && (ROLE_HEAD_WORD.matcher(s.word(conj)).matches()
                                    || s.word(conj).matches("[A-Z]{2,5}") && RoleNouns.isRoleNoun(s.word(conj)))) {
                        // (an abbreviated post: "Tilbrook, CPO, EncompaaS")
                        k = conj;
                    }
                }
                boolean names = false;
                for (int m = i + 2; m <= k; m++) {
                    Ref other = refs.get(s.begin(m));
                    names |= other != null && other.kind() == Speaker.Kind.PERSON;
                }
                if (k > 0 && !names) {
                    int to = Math.min(s.subtree(k)[1], i + 14);
                    while (to > k && s.tag(to).matches("[,.:]|``|''")) {
                        to--;
                    }
                    addRole(c, s, i + 2, to, null, RoleCandidates.Kind.JOINED_POST);
                }
            }
            predicateRoles(c, s, i);
            List<Integer> appositions = new ArrayList<>(s.children(i, "appos"));
            for (int a : s.children(i, "acl:relcl")) {
                if (a > i + 1 && s.subtree(a)[0] == i + 2 && s.tag(i + 1).equals(",") && s.tag(a).matches("NNS?") && s.child(a, "nsubj") == 0 && s.child(a, "cop") == 0) {
                    appositions.add(a); // "Kathleen DelGiorno, now a staff scientist at ...": an apposition the parser read as a clause
                }
            }
            for (int a : appositions) {
                if (a > i) {
                    int[] span = s.subtree(a);
                    int end = span[1];
                    while (span[0] <= i || s.tag(span[0]).equals(",")) {
                        span[0]++;
                    }
                    while (end > a && s.tag(end).equals(",")) {
                        end--;
                    }
                    for (int k = Math.max(i + 1, span[0]); k <= end; k++) {
                        Ref other = refs.get(s.begin(k));
                        if (other != null && other.kind() == Speaker.Kind.PERSON && !other.equals(r)) {
                            end = k - 1; // "a wealthy hotelier Trump tapped as ...": the role ends before another's name
                            break;
                        }
                    }
                    if (end >= Math.max(i + 1, span[0])) {
                        addRole(c, s, Math.max(i + 1, span[0]), end, null, RoleCandidates.Kind.APPOSITION);
                    }
                }
            }
            relativeRole(c, s, i);
            relativeAs(c, s, i);
            parentheticalRole(c, s, i);
            relativePost(c, s, i);
            relativeRoleByOrder(c, s, i);
            appositionByOrder(c, s, i);
            oneOfRole(c, s, first);
            namedAs(c, s, i);
            suchAs(c, s, i);
            dashRole(c, s, i);
            nounBefore(c, s, first);
            appositionBefore(c, s, first, i);
            appositionAny(c, s, i);
            secondApposition(c, s, i);
            credentials(c, s, i);
            oneOfAfter(c, s, i);
            listedMembers(c, s, first);
            listPost(c, s, first, i);
            asAnywhere(c, s, i);
            // "his Russian counterpart Vladimir Putin": the name depends on the role noun before it
            int h = s.head(i);
            String rel = s.relation(i);
            boolean closesRole = rel.equals("dep") || rel.equals("appos") || rel.startsWith("compound")
                    || rel.equals("nmod") && first > 1 && !s.tag(first - 1).matches("IN|TO|,|CC");
            boolean nominal = h > 0 && (s.tag(h).startsWith("NN")
                    || s.tag(h).equals("JJ") && s.child(h, "det") > 0); // "the newest presidential hopeful"
            if (h > 0 && h < first && closesRole && nominal && !refs.containsKey(s.begin(h))) {
                int[] np = s.nounPhrase(h);
                // "WeWork's founder and former CEO, Adam Neumann": the coordinated posts too
                int end = withConjuncts(s, h);
                end = end < first ? end : h;
                if (end == h) {
                    end = ownPhrase(s, h, first);
                }
                addRole(c, s, np[0], end, counterpart(s, np[0], h), RoleCandidates.Kind.BEFORE_NAME);
                if (s.tag(h).equals("NNS") && end == first - 1) {
                    shared(s, i, np[0], end, RoleCandidates.Kind.BEFORE_NAME);
                }
            }
        }
    }

    /**
     * Roles a clause states of the person at token {@code i}: "have Junior Pell as our new President and CEO", "Tate
     * joined the board as chairman", "he worked as a chief physician" (an "as" phrase of the verb whose subject or
     * object the person is), "Hege is the CEO of DH", "he has been an AI researcher" (a predicate noun). Also read for a
     * pronoun that stands for the person.
     */
    private void predicateRoles(Cluster c, Sentence s, int i) {
        boolean pronoun = s.tag(i).startsWith("PRP");
        // "have Junior Pell as our new President and CEO", "Tate joined the board as chairman"
        if (s.relation(i).matches("obj|nsubj|nsubj:pass") && s.head(i) > 0) {
            for (int x : s.children(s.head(i), "obl")) {
                int as = s.child(x, "case");
                if (as > 0 && s.word(as).equalsIgnoreCase("as") && s.tag(x).startsWith("NN") && !refs.containsKey(s.begin(x))
                        && (!pronoun || forPerson(s.lemma(x)))) {
                    int[] np = s.nounPhrase(x);
                    int from = np[0];
                    while (from < x && s.tag(from).matches("DT|PRP\\$|POS")) {
                        from++;
                    }
                    addRole(c, s, from, withConjuncts(s, x), null, pronoun ? RoleCandidates.Kind.PRONOUN : RoleCandidates.Kind.AS);
                }
            }
        }
        // "Hege is the CEO of DH": a predicate noun of the name
        if (s.relation(i).equals("nsubj") && s.head(i) > i && s.tag(s.head(i)).startsWith("NN")
                && s.child(s.head(i), "cop") > 0 && !refs.containsKey(s.begin(s.head(i)))
                && (!pronoun || forPerson(s.lemma(s.head(i))))) {
            int h = s.head(i);
            int[] np = s.nounPhrase(h);
            // the predicate after its copula: "single father" of "Thomas is a single father", not the whole clause
            int from = Math.max(np[0], s.child(h, "cop") + 1);
            while (from < h && s.tag(from).matches("DT|PRP\\$|POS")) {
                from++;
            }
            int to = h;
            if (h + 2 <= s.size() && s.word(h + 1).equals("of") && s.tag(h + 2).matches("NNP.?|DT")) {
                to = Math.min(s.subtree(h)[1], h + 6);
                while (to > h && s.tag(to).matches("[,.:]")) {
                    to--;
                }
            }
            addRole(c, s, from, to, null, pronoun ? RoleCandidates.Kind.PRONOUN : RoleCandidates.Kind.PREDICATE);
        }
    }

    /** A noun for a post, a trade or a person ("secretary", "researcher", "physician", "boss"), by lemma. */
    private static boolean forPerson(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        return ROLE_HEAD_WORD.matcher(l).matches() || SpeechCues.personNoun(l) || describesPerson(l) || DESCRIBED.matcher(l).matches()
                || RoleNouns.isRoleNoun(l);
    }

    /**
     * "Sweden's deputy director of public prosecutions, Eva-Marie Persson": the post before an apposed name ends
     * with its own "of"/"for"/"at"/"to" phrase, when that phrase closes before the name; else at {@code h}.
     */
    private int ownPhrase(Sentence s, int h, int first) {
        int end = h;
        for (int k : s.children(h, "nmod")) {
            int cs = s.child(k, "case");
            int[] span = s.subtree(k);
            boolean person = false;
            for (int m = span[0]; m <= span[1]; m++) {
                person |= refs.containsKey(s.begin(m)) && refs.get(s.begin(m)).kind() == Speaker.Kind.PERSON;
            }
            if (k > h && cs == end + 1 && s.word(cs).toLowerCase(Locale.ROOT).matches("of|for|at|to") && span[1] < first
                    && span[1] - h <= 8 && !person) { // ("son of former President X" is a kinship, not a post's phrase)
                end = span[1];
            }
        }
        while (end > h && s.tag(end).matches("[,.:]|HYPH")) {
            end--;
        }
        return end;
    }

    /**
     * "chairman, CEO and president Craig Menear": posts listed before the title that ends at the name, separated
     * by commas and "and", each a role of its own. {@code t} is the token before the title.
     */
    private void coordinatedPosts(Cluster c, Sentence s, int t) {
        int k = t;
        while (k >= 2 && (s.tag(k).equals(",") || s.word(k).equals("and")) && s.tag(k - 1).matches("NNP?")
                && !refs.containsKey(s.begin(k - 1)) && ROLE_HEAD_WORD.matcher(s.word(k - 1)).matches()) {
            int from = k - 1;
            while (from > 1 && s.tag(from - 1).matches("NNP?|JJ") && !refs.containsKey(s.begin(from - 1))
                    && s.head(from - 1) == k - 1) {
                from--; // "vice president": the post's own modifiers
            }
            addRole(c, s, from, k - 1, null, RoleCandidates.Kind.TITLE);
            k = from - 1;
        }
    }

    /**
     * "Howitt, who is now an immunologist at Stanford University": a relative clause whose predicate is a noun
     * states the named person's role (the noun and its phrase, without the article and "now").
     */
    private void relativeRole(Cluster c, Sentence s, int i) {
        for (int a : s.children(i, "acl:relcl")) {
            int who = s.child(a, "nsubj");
            int cop = s.child(a, "cop");
            if (a > i && who > i && who < a && s.word(who).equalsIgnoreCase("who") && cop > who && cop < a
                    && s.tag(a).matches("NNS?") && !refs.containsKey(s.begin(a))) {
                int to = Math.min(s.subtree(a)[1], a + 8);
                while (to > a && s.tag(to).matches("[,.:]|HYPH|``|''")) {
                    to--;
                }
                int from = cop + 1;
                while (from < a && s.tag(from).matches("RB|DT")) {
                    from++; // "now an", "also the"
                }
                addRole(c, s, from, to, null, RoleCandidates.Kind.RELATIVE);
            }
        }
    }

    /**
     * "Ines Duarte, who served as mayor of Caldmoor from 2010 to 2018", "who works as a paramedic": the "as" phrase of
     * a "who" clause's verb, a role noun and its phrase up to a comma, a verb or a preposition other than of, for, at,
     * to or in.
     */
    private void relativeAs(Cluster c, Sentence s, int i) {
        for (int a : s.children(i, "acl:relcl")) {
            int who = s.child(a, "nsubj");
            if (a <= i || who <= i || who > a || !s.word(who).equalsIgnoreCase("who") || !s.tag(a).startsWith("VB")) {
                continue;
            }
            for (int x : s.children(a, "obl")) {
                int as = s.child(x, "case");
                if (as <= a || !s.word(as).equalsIgnoreCase("as") || !s.tag(x).matches("NNS?") || refs.containsKey(s.begin(x))
                        || !(RoleNouns.isRoleNoun(s.word(x)) || RoleNouns.isRoleNoun(s.lemma(x)))) {
                    continue;
                }
                int from = as + 1;
                while (from < x && s.tag(from).matches("DT|PRP\\$")) {
                    from++;
                }
                int to = Math.max(x, phraseEnd(s, from));
                for (int k = x + 1; k < to; k++) {
                    if (s.tag(k).equals("IN") && s.tag(k + 1).equals("CD")) {
                        to = k - 1; // "a nurse for 20 years": the post, not how long
                        break;
                    }
                }
                addRole(c, s, from, to, null, RoleCandidates.Kind.AS);
            }
        }
    }

    /**
     * "Jane Holt (chief executive, Harbourline)", "(CEO of Harbourline)": a post in parentheses right after the name,
     * headed by a role noun, up to the first comma; not a party tag ("(D-Caldmoor)"), an age or a picture's "(left)".
     */
    private void parentheticalRole(Cluster c, Sentence s, int i) {
        if (i + 3 > s.size() || !s.tag(i + 1).equals("-LRB-")) {
            return;
        }
        int close = i + 2;
        while (close <= s.size() && close < i + 16 && !s.tag(close).equals("-RRB-")) {
            close++;
        }
        if (close > s.size() || !s.tag(close).equals("-RRB-")) {
            return;
        }
        int to = i + 2;
        while (to + 1 < close && !s.tag(to + 1).equals(",")) {
            to++;
        }
        int head = 0;
        for (int k = i + 2; k <= to; k++) {
            Ref r = refs.get(s.begin(k));
            if (r != null && r.kind() == Speaker.Kind.PERSON || s.tag(k).matches("VB[DPZ]?|MD|CD")) {
                return;
            }
            if (s.tag(k).matches("IN|TO")) {
                break;
            }
            if (s.tag(k).startsWith("NN")) {
                head = k;
            }
        }
        if (head > 0 && (RoleNouns.isRoleNoun(s.word(head)) || ROLE_HEAD_WORD.matcher(s.word(head)).matches())) {
            addRole(c, s, i + 2, to, null, RoleCandidates.Kind.APPOSITION);
        }
    }

    /** Verbs whose object is the body a person is at the head of ("who heads the Alliance ..."). */
    private static final Pattern HEADS = Pattern.compile("head|lead|chair|run|direct|manage|oversee|helm|captain|coach"
            + "|edit|found|co-found|cofound");

    /**
     * "Scott Paul, who heads the Alliance for American Manufacturing, a group that ...": a "who" clause whose verb is
     * heading or founding something states the post, as written, the verb and its object up to a comma.
     */
    private void relativePost(Cluster c, Sentence s, int i) {
        for (int a : s.children(i, "acl:relcl")) {
            int who = s.child(a, "nsubj");
            int obj = s.child(a, "obj");
            if (a <= i || who <= i || who > a || !s.word(who).equalsIgnoreCase("who") || obj <= a
                    || !s.tag(a).matches("VB[PZ]") || !HEADS.matcher(s.lemma(a).toLowerCase(Locale.ROOT)).matches()
                    || refs.containsKey(s.begin(obj)) && refs.get(s.begin(obj)).kind() == Speaker.Kind.PERSON) {
                continue;
            }
            int to = a;
            while (to < s.size() && to < a + 12 && !s.tag(to + 1).matches("[,.:]|``|''") && s.descends(to + 1, obj)) {
                to++;
            }
            if (to > a) {
                addRole(c, s, a, to, null, RoleCandidates.Kind.RELATIVE);
            }
        }
    }

    /** A role of {@code c} stated in the words from {@code offset} on, up to {@code end}, is known already. */
    private static boolean roleWithin(Cluster c, int offset, int end) {
        return c.roles.stream().anyMatch(r -> r.start() >= offset && r.start() < end);
    }

    /**
     * "Alexander Vindman, who is the White House National Security Council Ukraine expert", "Kevin McAleenan, who was
     * the acting director of the Department of Homeland Security and Alex Azar, ...": the relative clause of
     * {@link #relativeRole} read by word order where the parser hung it elsewhere. "who" and "is"/"was" right after
     * the name's comma, then a noun phrase (nouns, adjectives, "of"/"for"/"at"/"to" phrases) up to a comma, a verb
     * or another person's name, whose head before any preposition is a common noun.
     */
    private void relativeRoleByOrder(Cluster c, Sentence s, int i) {
        if (i + 4 > s.size() || !s.tag(i + 1).equals(",") || !s.word(i + 2).equalsIgnoreCase("who")
                || !s.word(i + 3).toLowerCase(Locale.ROOT).matches("is|was")) {
            return;
        }
        int from = i + 4;
        while (from < s.size() && s.word(from).toLowerCase(Locale.ROOT).matches("now|then|also|currently|still|the|a|an")) {
            from++;
        }
        int to = phraseEnd(s, from);
        if (to >= from && !roleWithin(c, s.begin(i + 4), s.end(to))) {
            addRole(c, s, from, to, null, RoleCandidates.Kind.RELATIVE);
        }
    }

    /**
     * The last token of a noun phrase stating a post from token {@code from} by word order ("acting director of the
     * Department of Homeland Security"), or {@code from - 1} when there is none: it stops at a comma, a verb, a
     * quotation mark or "and" before another person's name, and its head (the last word before any preposition) is
     * a common noun outside any name.
     */
    private int phraseEnd(Sentence s, int from) {
        int to = from - 1;
        int head = 0;
        boolean preposition = false;
        for (int k = from; k <= s.size() && k < from + 14; k++) {
            Ref r = refs.get(s.begin(k));
            if (r != null && r.kind() == Speaker.Kind.PERSON) {
                break;
            }
            String tag = s.tag(k);
            if (tag.equals("CC") && k < s.size() && refs.containsKey(s.begin(k + 1))
                    && refs.get(s.begin(k + 1)).kind() == Speaker.Kind.PERSON) {
                break; // "... of Homeland Security and Alex Azar"
            }
            if (tag.matches("IN|TO") && s.word(k).toLowerCase(Locale.ROOT).matches("of|for|at|to|in")) {
                preposition = true;
            } else if (!tag.matches("NNS?|NNPS?|JJ[RS]?|VBG|HYPH|POS|CC|DT|CD") && !misreadModifier(s, k)) {
                break;
            }
            if (!preposition && tag.matches("NNS?") && r == null) {
                head = k;
            }
            to = k;
        }
        while (to >= from && s.tag(to).matches("IN|TO|DT|CC|HYPH|POS")) {
            to--;
        }
        return head == 0 || head > to ? from - 1 : to;
    }

    /**
     * A word the tagger read as a verb that modifies the role noun right after it: "lead" of "lead author", "head" of
     * "head coach".
     */
    private static boolean misreadModifier(Sentence s, int k) {
        return s.tag(k).matches("VBP?") && k < s.size() && s.tag(k + 1).matches("NNS?") && RoleNouns.isRoleNoun(s.word(k + 1));
    }

    /**
     * "Alex Azar, the Health and Human Services secretary, said ...": an apposition by word order where the parser
     * attached it to another word. "the", "a" or "an" right after the name's comma, a noun phrase closed by a comma
     * or the sentence's end, headed by a noun for a post, a trade or a person ("secretary", "analyst").
     */
    private void appositionByOrder(Cluster c, Sentence s, int i) {
        if (i + 3 > s.size() || !s.tag(i + 1).equals(",") || !s.word(i + 2).toLowerCase(Locale.ROOT).matches("the|a|an")) {
            return;
        }
        int to = phraseEnd(s, i + 3);
        if (to < i + 3 || to + 1 > s.size() || !s.tag(to + 1).matches("[,.]") || roleWithin(c, s.begin(i + 2), s.end(to))) {
            return;
        }
        int head = to;
        for (int k = i + 3; k <= to && !s.tag(k).matches("IN|TO"); k++) {
            if (s.tag(k).matches("NNS?")) {
                head = k;
            }
        }
        String lemma = s.lemma(head).toLowerCase(Locale.ROOT);
        if (forPerson(lemma)) {
            addRole(c, s, i + 3, to, null, RoleCandidates.Kind.APPOSITION);
        }
    }

    /**
     * "one of the study authors, Owen Dempsey, ...": a name right after "one of" a plural phrase and a comma has that
     * phrase as its role, "one of" included. {@code first} is the name's first token.
     */
    private void oneOfRole(Cluster c, Sentence s, int first) {
        int k = first - 1;
        if (k < 4 || !s.tag(k).equals(",") || !s.tag(k - 1).equals("NNS")) {
            return;
        }
        for (int j = k - 2; j >= Math.max(1, k - 8); j--) {
            // a participle modifying the noun and a possessor's name are part of it: "one of the duo's alleged
            // associates, X", "one of Cosby's alleged victims, X"
            int q = j;
            while (q < k && s.tag(q).startsWith("NNP")) {
                q++;
            }
            boolean possessor = q > j && q < k && s.tag(q).equals("POS");
            boolean participle = s.tag(j).equals("VBN") && s.relation(j).equals("amod");
            if (!possessor && !participle && (!s.tag(j).matches("NNS?|JJ|DT|PRP\\$|POS|IN|CD") || refs.containsKey(s.begin(j)))) {
                return;
            }
            if (s.word(j).equalsIgnoreCase("of") && j > 1 && s.word(j - 1).equalsIgnoreCase("one")) {
                addRole(c, s, j - 1, k - 1, null, RoleCandidates.Kind.ONE_OF);
                return;
            }
        }
    }

    /**
     * "Chad Wolf has been named new DHS acting secretary", "Soon-Shiong remains a major shareholder of Tribune": the
     * noun a person is named, appointed or elected to, or becomes or remains, is a role. Ordinal records ("became
     * the first player to ...") are not posts.
     */
    private void namedAs(Cluster c, Sentence s, int i) {
        int h = s.head(i);
        if (h <= 0 || !s.tag(h).startsWith("VB")) {
            return;
        }
        String verb = s.lemma(h).toLowerCase(Locale.ROOT);
        boolean named = s.relation(i).equals("nsubj:pass") && verb.matches("name|appoint|elect|promote|install");
        boolean becomes = s.relation(i).equals("nsubj") && verb.matches("become|remain");
        if (!named && !becomes) {
            return;
        }
        for (int x : s.children(h, null)) {
            if (x <= h || !s.relation(x).matches("obj|xcomp") || !s.tag(x).matches("NNS?") || refs.containsKey(s.begin(x))) {
                continue;
            }
            int[] np = s.nounPhrase(x);
            int from = np[0];
            boolean ordinal = false;
            for (int k = from; k < x; k++) {
                ordinal |= s.tag(k).equals("JJS") || s.word(k).toLowerCase(Locale.ROOT).matches("first|second|third|last|only|next");
            }
            String lemma = s.lemma(x).toLowerCase(Locale.ROOT);
            if (ordinal || !forPerson(lemma)) {
                continue;
            }
            while (from < x && s.tag(from).matches("DT|PRP\\$")) {
                from++;
            }
            addRole(c, s, from, ownPhrase(s, x, s.size() + 1), null, RoleCandidates.Kind.NAMED);
        }
    }

    /** Plural nouns for people in public life that "such as" names can follow ("media figures such as X"). */
    private static final Pattern PUBLIC_PEOPLE = Pattern.compile("figure|personality|celebrity|star|legend|name|leader"
            + "|official|candidate|critic|executive|expert|people");

    /**
     * "politicians such as Bill Clinton and President Trump", "media figures such as Katie Couric, George
     * Stephanopoulos, and Chelsea Handler": the plural noun that "such as" names examples of is each one's role, as
     * stated, when it is a noun for people.
     */
    private void suchAs(Cluster c, Sentence s, int i) {
        int name = i;
        if (s.relation(name).equals("conj") && refs.containsKey(s.begin(s.head(name)))) {
            name = s.head(name); // the first of the names listed
        }
        boolean such = s.children(name, "case").stream().anyMatch(k -> s.word(k).equalsIgnoreCase("such")
                && k + 1 <= s.size() && s.word(k + 1).equalsIgnoreCase("as"));
        // "a genre-bending superstar like Kacey Musgraves", "politicians like X": a role noun of the lexicon
        boolean like = s.children(name, "case").stream().anyMatch(k -> s.word(k).equalsIgnoreCase("like")
                && refs.containsKey(s.begin(k + 1)));
        int h = s.head(name);
        if (!such && !like || h <= 0 || h > name || !s.tag(h).matches(like ? "NNS?" : "NNS") || refs.containsKey(s.begin(h))) {
            return;
        }
        String lemma = s.lemma(h).toLowerCase(Locale.ROOT);
        if (like ? !(RoleNouns.isRoleNoun(s.word(h)) || RoleNouns.isRoleNoun(lemma))
                : !(forPerson(lemma) || PUBLIC_PEOPLE.matcher(lemma).matches())) {
            return;
        }
        int from = h;
        while (from > 1 && s.head(from - 1) == h && s.relation(from - 1).matches("compound|amod")) {
            from--;
        }
        if (like && s.tag(h).equals("NNS")) {
            // "educators like Rosie Curts": one educator
            String one = (from < h ? s.text(from, h - 1) + " " : "") + s.lemma(h);
            if (!support(c, one, s.begin(from), s.end(h), RoleCandidates.Kind.SUCH_AS)) {
                found(c, new Role(one, one, s.begin(from), s.end(h)), s, from, h, RoleCandidates.Kind.SUCH_AS);
            }
        } else if (like) {
            propose(c, s, from, h, RoleCandidates.Kind.SUCH_AS);
        } else {
            addRole(c, s, from, h, null, RoleCandidates.Kind.SUCH_AS);
        }
    }

    /**
     * "Peng Mei — project manager for communications and PR director of Tmall, ... — responded": a noun phrase set
     * off by a dash right after the name, headed by a dependent of the name, is a role; it ends at the next comma
     * or dash.
     */
    private void dashRole(Cluster c, Sentence s, int i) {
        if (i + 2 > s.size() || !s.word(i + 1).matches("[\u2014\u2013]|--")) {
            return;
        }
        int to = i + 2;
        while (to < s.size() && to < i + 16 && !s.tag(to + 1).matches("[,.:]|``|''") && !s.word(to + 1).matches("[\u2014\u2013]|--|\\(")) {
            to++;
        }
        int head = 0;
        for (int k = i + 2; k <= to; k++) {
            if (s.head(k) == i && s.relation(k).matches("dep|appos") && s.tag(k).matches("NNS?")) {
                head = k;
            }
        }
        if (head == 0 || refs.containsKey(s.begin(i + 2)) || !ROLE_HEAD_WORD.matcher(s.word(head)).matches()
                && !RoleNouns.isRoleNoun(s.word(head))) {
            return;
        }
        addRole(c, s, i + 2, to, null, RoleCandidates.Kind.APPOSITION);
    }

    /**
     * {@code mention} is only the last name of {@code c}, and another person of the article has that last name too
     * (Joe and Hunter Biden): a role stated beside it cannot be told to be {@code c}'s.
     */
    private boolean sharedSurname(Cluster c, String mention) {
        if (mention.contains(" ") || mention.equals(c.name)) {
            return false;
        }
        for (Cluster other : people.values()) {
            if (other != c && !other.flag && other.name.contains(" ") && other.name.endsWith(" " + mention)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "biochemist Soraya Shirazi-Beechey", "running back Trey Edmunds": lower-case words right before the name,
     * the last a role noun ({@link RoleNouns}), by word order, whatever the parser made of them.
     */
    private void nounBefore(Cluster c, Sentence s, int first) {
        int head = first - 1;
        if (head < 1 || refs.containsKey(s.begin(head)) || !Character.isLowerCase(s.word(head).charAt(0))) {
            return;
        }
        boolean misread = misreadTitleNoun(s, head);
        if (!misread && !(s.tag(head).matches("NNS?") && titleNoun(s, head, first))) {
            return;
        }
        int from = head;
        while (from > 1 && from > head - 5 && !refs.containsKey(s.begin(from - 1)) && s.tag(from - 1).matches("NNS?|JJ|HYPH|VBG|VBN")
                && Character.isLowerCase(s.word(from - 1).charAt(0))) {
            from--;
        }
        if (misread && from == head) {
            from--; // the word that makes it a title: "pass" of "pass rusher", "Lakers" of "Lakers great"
            while (from > 2 && s.tag(from - 1).equals("HYPH")) {
                from -= 2; // the whole of a hyphenated modifier: "All-Pro"
            }
        }
        propose(c, s, from, head, RoleCandidates.Kind.NOUN_BEFORE);
        if (s.tag(head).equals("NNS")) {
            int last = first;
            while (last < s.size() && refs.get(s.begin(first)).equals(refs.get(s.begin(last + 1)))) {
                last++;
            }
            shared(s, last, from, head, RoleCandidates.Kind.NOUN_BEFORE);
        }
    }

    /** A role noun ({@link RoleNouns}, alone or with the word before it) or an agent noun that the name depends on. */
    private static boolean titleNoun(Sentence s, int head, int first) {
        return RoleNouns.isRoleNoun(s.word(head)) || head > 1 && RoleNouns.isRoleCompound(s.word(head - 1), s.word(head))
                || s.word(head).matches("[a-z]{3,}(er|or)s?") && s.head(head) >= first; // an agent noun, "pass rusher"
    }

    /**
     * A compound title right before a name whose last word the parser read as an adjective or an adverb, as it does
     * with words that are also verbs or adjectives ("pass rusher", "running back", "Lakers great"): the word is still
     * the title's noun when it is a listed two-word noun with the word before it ("running back"), or a role noun or an
     * agent noun after a word of the title (a lower-case noun or verb, or a capitalized word that names no person:
     * "pass rusher", "Lakers great") or after a nationality ("Palestinian official"); a listed role noun read as an
     * adverb or a past verb after a capitalized word that names no person ("Penguins forward", "All-Pro fullback").
     * A lone adjective is not ("the great Ada Lenz", "fellow Ivo Marsh").
     */
    private boolean misreadTitleNoun(Sentence s, int head) {
        if (head < 2) {
            return false;
        }
        String w = s.word(head);
        if (RoleNouns.isRoleCompound(s.word(head - 1), w)) {
            return s.tag(head).matches("JJ|RB");
        }
        if (s.tag(head).equals("JJ")) {
            return (RoleNouns.isRoleNoun(w) || w.matches("[a-z]{3,}(er|or)"))
                    && (titleModifier(s, head - 1) || nationality(s, head - 1));
        }
        // a listed role noun read as an adverb or a past verb, which cannot stand between a name of no person and a
        // person's name: "Penguins forward", "All-Pro fullback"
        return s.tag(head).matches("RB|VB[DN]") && RoleNouns.isRoleNoun(w)
                && Character.isUpperCase(s.word(head - 1).charAt(0)) && titleModifier(s, head - 1);
    }

    /** A capitalized adjective of a nation or a people ("Palestinian", "Israeli"), by the tagger or the demonyms. */
    private static boolean nationality(Sentence s, int k) {
        return s.tag(k).equals("JJ") && Character.isUpperCase(s.word(k).charAt(0))
                && (s.ner(k).matches("MISC|NATIONALITY") || Countries.ofDemonym(s.word(k)) != null);
    }

    /**
     * A word that can open a compound title: a lower-case noun, a capitalized name of no person, or a word read as a
     * verb where no verb can stand (after a name, a preposition or a determiner: "of Harbour pass rusher"; not "will
     * meet senior Ivo Marsh").
     */
    private boolean titleModifier(Sentence s, int k) {
        Ref r = refs.get(s.begin(k));
        if (Character.isUpperCase(s.word(k).charAt(0))) {
            return s.tag(k).startsWith("NNP") && (r == null || r.kind() != Speaker.Kind.PERSON);
        }
        return s.tag(k).matches("NNS?") || s.tag(k).matches("VBP?") && k > 1 && s.tag(k - 1).matches("NNPS?|IN|DT|POS|PRP\\$");
    }

    /**
     * "Elizabeth Huffaker, an assistant professor of ... at the University of Florida, and the lead author on the
     * paper, said": a second post coordinated with the name's apposition by "and", by word order: after an apposition
     * already proposed, "and" (its article dropped), a noun phrase headed by a role noun ({@link RoleNouns}) closed by
     * punctuation or the sentence's end, with no verb or other person's name on the way.
     */
    private void secondApposition(Cluster c, Sentence s, int i) {
        if (i + 4 > s.size() || !s.tag(i + 1).equals(",")) {
            return;
        }
        for (int k = i + 2; k <= s.size() && k < i + 30; k++) {
            Ref r = refs.get(s.begin(k));
            if (s.tag(k).matches("VB[DPZ]?|MD|WDT|WP|``|''|:") || r != null && r.kind() == Speaker.Kind.PERSON) {
                return;
            }
            if (!s.word(k).equals("and") || !s.tag(k - 1).equals(",")) {
                continue;
            }
            int startOfFirst = s.begin(i + 2);
            int endOfFirst = s.end(k - 1);
            if (c.found.stream().noneMatch(f -> f.role().start() >= startOfFirst && f.role().start() < endOfFirst)) {
                return; // no apposition before "and": "X, Y and Z" lists names or things
            }
            int from = k + 1;
            while (from < s.size() && s.tag(from).matches("DT")) {
                from++;
            }
            int to = phraseEnd(s, from);
            if (to >= from && to < s.size() && s.tag(to + 1).equals("IN")) {
                // a remit with another preposition: "the lead author on the SCALE paper"
                int end = to + 1;
                while (end < s.size() && end < to + 8 && s.tag(end + 1).matches("NNS?|NNPS?|JJ|DT|CD|HYPH|POS")) {
                    end++;
                }
                if (end > to + 1 && (end == s.size() || s.tag(end + 1).matches("[,.:]"))) {
                    to = end;
                }
            }
            if (to < from || to < s.size() && !s.tag(to + 1).matches("[,.:]|-RRB-")) {
                return;
            }
            if (roleHeaded(s, from, to)) {
                propose(c, s, from, to, RoleCandidates.Kind.APPOSITION);
            }
            return;
        }
    }

    /**
     * "Steenburgen's co-writers Caitlyn Smith and Kate York", "researchers Beth Schueler and Grace Falken": a post in
     * the plural right before coordinated names is each one's; {@code name} is the last word of the first name.
     */
    private void shared(Sentence s, int name, int from, int to, RoleCandidates.Kind kind) {
        for (int conj : s.children(name, "conj")) {
            Ref r = refs.get(s.begin(conj));
            if (conj > name && r != null && r.kind() == Speaker.Kind.PERSON && people.containsKey(r.name())) {
                propose(people.get(r.name()), s, from, to, kind);
            }
        }
    }

    /** Words of rank that open a name and are the person's title ("Queen Elizabeth", "Pope Francis"). */
    private static final Pattern RANK = Pattern.compile("King|Queen|Prince|Princess|Pope|Emperor|Empress|Sultan|Emir"
            + "|Sheikh|Sheikha|Duke|Duchess|Archduke|Archbishop|Cardinal|Ayatollah|Maharaja|Rajah|Tsar|Czar|Kaiser");

    /** Prepositions that may join a post to its remit inside a role ("heir to the throne", "minister for health"). */
    private static final Pattern REMIT = Pattern.compile("(?i)of|to|for|at|in|from|on");

    /**
     * "Senator representing Yobe North, Ahmad Lawan, moved ...", "the deaths of former House of Representatives
     * Speaker, Benjamin Nzeribe and member, Funke Adedoyin", "brother of heir to the British throne, Charles,": a
     * noun phrase headed by a role noun ({@link RoleNouns}) set before the name and its comma, by word order (the parser
     * hangs such names on whatever noun is nearest). The phrase runs back from the comma over nouns, adjectives,
     * names of bodies and places and their prepositions; it stops at a verb, another comma, "and", or the "of" that
     * joins it to a noun it completes ("brother of"). It is no one's when it closes another person's apposition
     * ("Ann Lee, chief executive, Bob Ray, ..."), follows a preposition ("Like his father, ...") or the name is not
     * closed as an apposed name is (a comma, "and", a verb, the sentence's end).
     */
    private void appositionBefore(Cluster c, Sentence s, int first, int last) {
        int comma = first - 1;
        if (comma < 2 || !s.tag(comma).equals(",") || quoted(s.begin(comma))) {
            return;
        }
        if (last < s.size() && !s.tag(last + 1).matches("[,.:]|CC|VB[DPZ]?|MD|-LRB-")) {
            return; // "the former chief, John Smith's lawyer": not an apposed name
        }
        int from = comma;
        for (int k = comma - 1; k >= 1 && k >= comma - 12; k--) {
            String tag = s.tag(k);
            Ref r = refs.get(s.begin(k));
            if (r != null && r.kind() == Speaker.Kind.PERSON) {
                int start = k;
                while (start > 1 && r.equals(refs.get(s.begin(start - 1)))) {
                    start--;
                }
                if (start == 1 || !s.tag(start - 1).matches("VBG|VBN|IN|TO")) {
                    return; // another person's name: "Ann Lee, Bob Ray"
                }
                from = start; // an object inside the post ("representing Yobe North"), whatever the tagger took it for
                k = start;
                continue;
            }
            if (r != null) {
                from = k; // a body or a place inside the post: "House of Representatives Speaker"
                continue;
            }
            if (tag.matches("IN|TO") && REMIT.matcher(s.word(k)).matches()) {
                // the phrase after "of" is complete when its head is a post: "brother of | heir to the throne"
                if (s.word(k).equalsIgnoreCase("of") && k > 1 && s.tag(k - 1).startsWith("NN") && phraseHead(s, k + 1, comma - 1) > 0) {
                    break;
                }
                from = k;
                continue;
            }
            if (!tag.matches("NNS?|NNPS?|JJ[RS]?|VBG|VBN|HYPH|CD|POS|DT|PRP\\$")) {
                break;
            }
            from = k;
            if (tag.matches("DT|PRP\\$") && !(k > 1 && s.tag(k - 1).matches("IN|TO") && REMIT.matcher(s.word(k - 1)).matches())) {
                break; // the phrase's own article, not that of its remit ("heir to the British throne")
            }
        }
        // what comes before the phrase: the sentence's start, punctuation, "and", or the "of" of the noun it completes
        // ("After meeting the president, Smith said" and "Like his father, Ray" state no post of the name)
        if (from > 1 && !s.tag(from - 1).matches("[,:]|CC|``|HYPH") && !s.word(from - 1).equalsIgnoreCase("of")
                && !s.word(from - 1).matches("[\u2014\u2013]|--")) {
            return;
        }
        if (from > 1 && s.tag(from - 1).equals(",") && from > 2 && refs.containsKey(s.begin(from - 2))
                && refs.get(s.begin(from - 2)).kind() == Speaker.Kind.PERSON) {
            return; // "Ann Lee, chief executive, Bob Ray": Lee's apposition
        }
        while (from < comma && s.tag(from).matches("IN|TO|DT|PRP\\$|POS|HYPH|CC")) {
            from++;
        }
        int head = from < comma ? phraseHead(s, from, comma - 1) : 0;
        if (head == 0 || s.tag(head).matches("NNP?S")) {
            return; // ("other plumbers and HVAC workers, Cantwell": a plural is not the one name's post)
        }
        int start = s.begin(from);
        int end = s.end(comma - 1);
        // not a phrase already stated as another's post; a longer one that holds it ("brother of heir to the throne")
        // is another's all the same
        boolean stated = people.values().stream().anyMatch(o -> o != c && o.found.stream()
                .anyMatch(f -> f.role().start() >= start && f.role().start() < end));
        if (!stated) {
            propose(c, s, from, comma - 1, RoleCandidates.Kind.BEFORE_NAME);
        }
    }

    /**
     * The head of the noun phrase in tokens {@code from..to} when it is a role noun ({@link RoleNouns}): the last
     * noun before the first preposition or participle outside a name ("Senator" of "Senator representing Yobe
     * North"); 0 when there is none.
     */
    private int phraseHead(Sentence s, int from, int to) {
        int head = 0;
        for (int k = from; k <= to; k++) {
            boolean named = refs.containsKey(s.begin(k));
            if (!named && head > 0 && (s.tag(k).matches("IN|TO|VBG|VBN") || s.tag(k).equals(","))) {
                break;
            }
            if (s.tag(k).startsWith("NN") && !named || k == to && s.tag(k).equals("JJ") && RoleNouns.isRoleNoun(s.word(k))) {
                head = k; // ("presidential hopeful": the tagger's adjective)
            }
        }
        return head > 0 && (RoleNouns.isRoleNoun(s.word(head)) || RoleNouns.isRoleNoun(s.lemma(head))) ? head : 0;
    }

    /**
     * "Mauricio Pochettino, Tottenham's manager, ...", "Jing Zhou, Professor of Management at ...": a noun phrase
     * after the name's comma, with or without an article or a possessor, headed by a role noun ({@link RoleNouns}),
     * closed by punctuation, the sentence's end, a relative pronoun or another person's name ({@link #closesPhrase}),
     * by word order.
     */
    private void appositionAny(Cluster c, Sentence s, int i) {
        if (i + 2 > s.size() || !s.tag(i + 1).equals(",")) {
            return;
        }
        int from = i + 2;
        while (from < s.size() && s.tag(from).matches("DT|PRP\\$")) {
            from++;
        }
        int start = from;
        // a possessor: "Tottenham's", "the company's"
        int k = from;
        while (k < s.size() && k < from + 4 && s.tag(k).matches("NNP.?|NN") && !s.tag(k).equals("POS")) {
            k++;
        }
        if (k > from && k < s.size() && s.tag(k).equals("POS")) {
            from = k + 1;
        }
        int to = phraseEnd(s, from);
        // (a past participle after the phrase opens a clause of its last noun: "lead author of a study published
        // Wednesday", "an official in charge of issues related to ...")
        if (to < from || to + 1 <= s.size() && !closesPhrase(s, to + 1) && !s.tag(to + 1).equals("VBN")) {
            return;
        }
        if (roleHeaded(s, from, to)) {
            propose(c, s, start, to, RoleCandidates.Kind.APPOSITION_ANY);
        }
    }

    /** True when the phrase's head (its last noun before a preposition) is a role noun: "the lead author on the paper". */
    private static boolean roleHeaded(Sentence s, int from, int to) {
        int head = to;
        for (int m = from; m <= to && !s.tag(m).matches("IN|TO"); m++) {
            if (s.tag(m).matches("NNS?|NNPS?")) {
                head = m;
            }
        }
        return RoleNouns.isRoleNoun(s.word(head)) || RoleNouns.isRoleNoun(s.lemma(head));
    }

    /**
     * "He was sacked ... and has been out of work since, most recently working as a pundit", "Turner said Mason has
     * his full support as the Commodores coach": an "as" phrase headed by a role noun ({@link RoleNouns}) anywhere in
     * the clause whose subject is the person at {@code i}, not inside a clause with a subject of its own.
     */
    private void asAnywhere(Cluster c, Sentence s, int i) {
        if (!s.relation(i).equals("nsubj") || s.head(i) <= 0) {
            return;
        }
        int verb = s.head(i);
        int[] clause = s.subtree(verb);
        for (int x = clause[0]; x <= clause[1]; x++) {
            if (x == i || !s.tag(x).matches("NNS?") || refs.containsKey(s.begin(x))
                    || !(RoleNouns.isRoleNoun(s.word(x)) || RoleNouns.isRoleNoun(s.lemma(x)))) {
                continue;
            }
            int as = s.child(x, "case");
            if (as <= 0 || !s.word(as).equalsIgnoreCase("as")) {
                // "X conducted the study while a postdoctoral researcher": a verbless clause stating a post
                // (the parser marks the clause, or hangs the noun from "while" itself)
                as = s.child(x, "mark");
                if (as <= 0 && s.head(x) > 0 && s.head(x) < x && s.tag(s.head(x)).equals("IN")) {
                    as = s.head(x);
                }
                if (as <= 0 || !s.word(as).toLowerCase(Locale.ROOT).matches("as|while") || s.child(x, "cop") > 0
                        || s.child(x, "nsubj") > 0) {
                    continue;
                }
            }
            boolean own = true; // every clause between the phrase and the verb has no subject of its own
            for (int h = s.head(x), steps = 0; h > 0 && h != verb && steps < 8; h = s.head(h), steps++) {
                own &= s.child(h, "nsubj") == 0 && s.child(h, "nsubj:pass") == 0;
            }
            int[] np = s.nounPhrase(x);
            int from = Math.max(np[0], as + 1);
            while (from < x && s.tag(from).matches("DT|PRP\\$")) {
                from++;
            }
            if (own && from <= x) {
                propose(c, s, from, x, RoleCandidates.Kind.AS);
            }
        }
    }

    /**
     * A post-nominal letter group: capitals with dots ("R.D.", "R.D.N.", "Ph.D."), or two to five letters with two
     * capitals at least ("MD", "PhD", "MSc", "ACAS"), or capitals joined by a hyphen ("E-RYT"); not a name's suffix
     * ("Jr.", "III") nor a party tag ("R-Ala.", which has a lower-case part after its hyphen).
     */
    private static final Pattern CREDENTIAL = Pattern.compile("(?:[A-Z][a-z]?\\.){2,4}|[A-Z][A-Za-z]{1,4}|[A-Z]{1,4}(?:-[A-Z]{2,5})+");
    private static final Pattern NAME_SUFFIX = Pattern.compile("(?i)jr|sr|ii|iii|iv|vi|esq");

    private static boolean credential(String w) {
        return CREDENTIAL.matcher(w).matches() && w.chars().filter(Character::isUpperCase).count() >= 2
                && !NAME_SUFFIX.matcher(w.replace(".", "")).matches();
    }

    /**
     * "Scott Keatley, R.D., co-owner of ...", "Maha Farhat, MD, MSc, associate physician of ...", "Holly Wilgus, E-RYT
     * 200": letter groups of degrees and certifications set off by commas right after the name are roles, each one
     * (the spec: titles, positions and qualifications as stated); a number may close one ("E-RYT 200"). A group the
     * tagger put in an organization's name is not one ("Jane Holt, NASA,"). The post after them, by word order, is a
     * role too: the parser rarely attaches it to the name across the letters.
     */
    private void credentials(Cluster c, Sentence s, int i) {
        int k = i + 1;
        int last = 0;
        if (k <= s.size() && s.tag(k).equals("-LRB-")) {
            // "Rep. Robert Aderholt (R-AL), ranking member of the subcommittee": an aside in parentheses (a party tag,
            // an age) between the name and its apposition
            int close = k + 1;
            while (close <= s.size() && close < k + 8 && !s.tag(close).equals("-RRB-")) {
                close++;
            }
            if (close > s.size() || !s.tag(close).equals("-RRB-")) {
                return;
            }
            k = close + 1;
            last = close;
        }
        while (k + 1 <= s.size() && s.tag(k).equals(",") && credential(s.word(k + 1))
                && !(refs.containsKey(s.begin(k + 1)) && refs.get(s.begin(k + 1)).kind() == Speaker.Kind.ORGANIZATION)) {
            int to = k + 1;
            if (to + 1 <= s.size() && s.word(to).contains("-") && s.tag(to + 1).equals("CD")) {
                to++; // "E-RYT 200": the certificate's hours
            }
            if (to + 1 <= s.size() && !s.tag(to + 1).matches("[,.:]|-RRB-|VB[DPZ]?|MD|``|''")) {
                break; // "Jane Holt, NHS England ...": a name going on, not a letter group set off
            }
            addRole(c, s, k + 1, to, null, RoleCandidates.Kind.CREDENTIAL);
            last = to;
            k = to + 1;
        }
        if (last > 0 && k + 1 <= s.size() && s.tag(k).equals(",")) {
            int from = k + 1;
            while (from < s.size() && s.tag(from).equals("DT")) {
                from++;
            }
            int to = phraseEnd(s, from);
            if (to >= from && (to + 1 > s.size() || closesPhrase(s, to + 1))) {
                int head = to;
                for (int h = from; h <= to && !s.tag(h).matches("IN|TO"); h++) {
                    if (s.tag(h).matches("NNS?")) {
                        head = h;
                    }
                }
                if (forPerson(s.lemma(head))) {
                    addRole(c, s, from, to, null, RoleCandidates.Kind.APPOSITION);
                }
            }
        }
    }

    /**
     * "said Beth Meacham, one of his editors at Tor.": "one of" a plural phrase for people in a post or trade, in
     * apposition after the name, is a role, "one of" included (as {@link #oneOfRole} before the name).
     */
    private void oneOfAfter(Cluster c, Sentence s, int i) {
        if (i + 4 > s.size() || !s.tag(i + 1).equals(",") || !s.word(i + 2).equalsIgnoreCase("one")
                || !s.word(i + 3).equalsIgnoreCase("of")) {
            return;
        }
        int from = i + 4;
        while (from < s.size() && s.tag(from).matches("DT|PRP\\$")) {
            from++;
        }
        int to = phraseEnd(s, from);
        if (to < from || to + 1 <= s.size() && !closesPhrase(s, to + 1)) {
            return;
        }
        int head = to;
        for (int h = from; h <= to && !s.tag(h).matches("IN|TO"); h++) {
            if (s.tag(h).matches("NNS?")) {
                head = h;
            }
        }
        if (s.tag(head).equals("NNS") && forPerson(s.lemma(head))) {
            addRole(c, s, i + 2, to, null, RoleCandidates.Kind.ONE_OF);
        }
    }

    /**
     * "Study co-authors include Eric Bui, Sophie Palitz and Naomi Simon of MGH", "The founders were A and B": a plural
     * noun for people in a post or trade, subject of "include" or "be" whose object lists names, is each listed
     * person's role. {@code first} is the name's first token; between the verb and it only other listed names, their
     * places and bodies ("of MGH"), commas, semicolons and "and".
     */
    private void listedMembers(Cluster c, Sentence s, int first) {
        int k = first - 1;
        while (k >= 1) {
            Ref r = refs.get(s.begin(k));
            String w = s.word(k).toLowerCase(Locale.ROOT);
            if (r != null || s.tag(k).matches("[,:]|CC|DT") || w.equals(";") || w.matches("of|at|from")) {
                k--;
                continue;
            }
            break;
        }
        if (k < 2 || !s.lemma(k).toLowerCase(Locale.ROOT).matches("include|be")) {
            return;
        }
        int noun = k - 1;
        if (!s.tag(noun).equals("NNS") || refs.containsKey(s.begin(noun)) || !forPerson(s.lemma(noun))) {
            return;
        }
        int from = noun;
        while (from > 1 && s.tag(from - 1).matches("NNS?|JJ|HYPH") && !refs.containsKey(s.begin(from - 1))) {
            from--;
        }
        addRole(c, s, from, noun, null, RoleCandidates.Kind.MEMBERS);
    }

    /**
     * Token {@code k} can close an apposition: punctuation, a relative pronoun ("a wealthy hotelier who ...") or
     * another person's name opening a reduced relative clause ("a wealthy hotelier Trump tapped as his ambassador").
     */
    private boolean closesPhrase(Sentence s, int k) {
        Ref r = refs.get(s.begin(k));
        return s.tag(k).matches("[,.:]|-RRB-") || s.word(k).toLowerCase(Locale.ROOT).matches("who|whom|whose|that|which")
                || r != null && r.kind() == Speaker.Kind.PERSON;
    }

    /** Honorifics, which are not the post a title states ("Dr" in "Additional Director Dr Azizur Rahman"). */
    private static final Set<String> HONORIFICS = Set.of("dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss",
            "sir", "dame", "madam");
    /** The last word of a post ("Director", "manager", "CEO"), for titles the parser joins to a name. */
    private static final Pattern ROLE_HEAD_WORD = Pattern.compile(
            "(?i)director|manager|officer|chief|ceo|cfo|coo|president|chair(man|woman|person)?|head|secretary|minister"
                    + "|spokes(man|woman|person)|professor|editor|founder|chairman|executive|adviser|advisor|analyst"
                    + "|economist|strategist|researcher|scientist|lecturer|fellow|partner|lawyer|attorney|counsel"
                    + "|commissioner|superintendent|coordinator|administrator|governor|mayor|leader|member|dean|principal");

    /**
     * "of" between capitalized words inside a title ("Secretary of State", "Minister for Transport"), "to" and
     * "the" before the body a post is held at ("Ambassador to the European Union").
     */
    private static boolean inTitle(Sentence s, int t, int name) {
        return (s.word(t).matches("of|for|to") && t > 1 && s.tag(t - 1).startsWith("NNP")
                || s.word(t).equals("the") && t > 1 && s.word(t - 1).matches("of|for|to")) && s.descends(t, name);
    }

    /** Some word of tokens {@code from..to} is not part of a named body or place: the stretch states a post. */
    private boolean titleWord(Sentence s, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!refs.containsKey(s.begin(k)) && !s.tag(k).matches("IN|TO|DT|,|HYPH|POS")) {
                return true;
            }
        }
        return false;
    }

    /** The last token of the posts coordinated with {@code head} ("founder and former CEO"), or {@code head}. */
    private static int withConjuncts(Sentence s, int head) {
        int end = head;
        for (int k : s.children(head, "conj")) {
            if (k > end && s.tag(k).matches("NNS?|NNPS?") && k - end <= 4) {
                boolean comma = false;
                for (int m = end + 1; m < k; m++) {
                    comma |= s.tag(m).equals(",");
                }
                if (!comma) {
                    end = k;
                }
            }
        }
        return end;
    }

    /** "his Russian counterpart" of a president is "President of Russia". */
    private String counterpart(Sentence s, int from, int to) {
        if (!s.lemma(to).equals("counterpart")) {
            return null;
        }
        String country = null;
        Cluster owner = null;
        for (int i = from; i < to; i++) {
            if (Countries.ofDemonym(s.word(i)) != null) {
                country = Countries.ofDemonym(s.word(i));
            }
            Ref r = refs.get(s.begin(i));
            if (r != null && r.kind() == Speaker.Kind.PERSON) {
                owner = people.get(r.name());
            }
        }
        if (country == null || owner == null || owner.roles.isEmpty()) {
            return null;
        }
        return owner.roles.get(0).meaning() + " of " + country;
    }

    /**
     * A title before a name, split where it coordinates posts ("lead researcher and NASA planetary scientist
     * Lucas Paganini": two roles); a plural title before coordinated names ("judges Len Goodman, Bruno Tonioli
     * and Carrie Ann Inaba") is each one's, in the singular.
     */
    private void addCoordinated(Cluster c, Sentence s, int from, int to) {
        int start = from;
        for (int k = from; k <= to; k++) {
            if (s.word(k).equals("and") && k > start && k < to && s.tag(k - 1).startsWith("NN") && s.tag(k + 1).matches("NN.*|JJ")) {
                addRole(c, s, start, k - 1, null, RoleCandidates.Kind.TITLE);
                start = k + 1;
            }
        }
        if (start == from && (s.tag(to).equals("NNS") || to == from && s.word(to).matches("(Sens|Reps|Drs|Govs|Profs|Gens)\\."))) {
            // (an abbreviated title in the plural, "Sens. Cory Booker and Kamala Harris", is each one's as printed)
            // "judges Len Goodman, Bruno Tonioli and ...": one judge each; "founding members A, B and C": the
            // stated words, each one's
            String one = to == from && s.tag(to).equals("NNS") ? s.lemma(to) : s.text(from, to);
            int name = to + 1;
            while (name < s.size() && refs.get(s.begin(name + 1)) != null && refs.get(s.begin(name + 1)).equals(refs.get(s.begin(to + 1)))) {
                name++;
            }
            List<Cluster> all = new ArrayList<>(List.of(c));
            for (int conj : s.children(name, "conj")) {
                Ref r = refs.get(s.begin(conj));
                if (r != null && r.kind() == Speaker.Kind.PERSON && people.containsKey(r.name())) {
                    all.add(people.get(r.name()));
                }
            }
            if (all.size() > 1) {
                for (Cluster each : all) {
                    if (each.roles.stream().noneMatch(x -> x.stated().equals(one))) {
                        Role role = new Role(one, one, s.begin(to), s.end(to));
                        each.roles.add(role);
                        found(each, role, s, from, to, RoleCandidates.Kind.PLURAL_TITLE);
                        String stated = s.text(from, to);
                        if (!stated.equals(one) && each.found.stream().noneMatch(f -> f.role().stated().equals(stated))) {
                            // the words as printed too ("researchers"): a label may keep the plural
                            found(each, new Role(stated, stated, s.begin(from), s.end(to)), s, from, to,
                                    RoleCandidates.Kind.PLURAL_TITLE);
                        }
                    }
                }
                return;
            }
        }
        addRole(c, s, start, to, null, RoleCandidates.Kind.TITLE);
    }

    /** Nouns of a description that refers back to a person: "the veteran winger", "the former governor". */
    private static final Pattern DESCRIBED = Pattern.compile("winger|governor|premier|senator|agent|host|judge|coach"
            + "|boss|journalist|reporter|financier|tycoon|pundit"
            + "|manager|candidate|hopeful|founder|prosecutor|officer|detective|suspect|defendant|victim|mayor");

    /**
     * Roles from descriptions that refer back to a person ("The former “Dawson’s Creek” star, 42, was voted
     * off ...", "confidence in the veteran winger", "The real estate agent said"): a singular noun phrase with
     * "the" (or a possessive) and no name, outside quotation marks, whose head describes a person, is the role
     * of the person named last in this sentence or the one before, other than the subject of its own verb; the
     * role is the phrase without its article, possessor and words in quotation marks.
     */
    private void descriptionRoles() {
        for (Sentence s : sentences) {
            for (int h = 1; h <= s.size(); h++) {
                String lemma = s.lemma(h).toLowerCase(Locale.ROOT);
                if (!s.tag(h).equals("NN") || refs.containsKey(s.begin(h)) || quoted(s.begin(h))
                        || Character.isUpperCase(s.word(h).charAt(0)) // "The Hollywood Reporter" is a name
                        || !DESCRIPTIONS.matcher(lemma).matches() && !DESCRIBED.matcher(lemma).matches()
                                && !RoleNouns.isRoleNoun(lemma)
                        || lemma.matches("man|woman|[0-9]+-year-old") || !s.children(h, "appos").isEmpty()) {
                    continue;
                }
                if (s.children(h, "case").stream().anyMatch(k -> s.word(k).equalsIgnoreCase("as"))) {
                    continue; // "his status as the country's second elected black governor": whose, the phrase says
                }
                boolean the = s.children(h, "det").stream().anyMatch(d -> s.word(d).equalsIgnoreCase("the"))
                        || s.child(h, "nmod:poss") > 0
                        // "the singer and guitarist told ...": the second noun shares the first one's article
                        || s.relation(h).equals("conj") && s.head(h) < h && s.tag(s.head(h)).equals("NN")
                                && s.children(s.head(h), "det").stream().anyMatch(d -> s.word(d).equalsIgnoreCase("the"));
                if (!the || !s.children(h, "compound").stream().allMatch(k -> !refs.containsKey(s.begin(k))
                        || refs.get(s.begin(k)).kind() != Speaker.Kind.PERSON) || s.children(h, "nmod").stream()
                        .anyMatch(k -> refs.containsKey(s.begin(k)))) {
                    continue; // "the Wild coach" is fine, "Swift's lawyer" or "the judge in the Smith case" is not theirs
                }
                if (s.child(h, "nmod:poss") > 0 && refs.containsKey(s.begin(s.child(h, "nmod:poss")))
                        && refs.get(s.begin(s.child(h, "nmod:poss"))).kind() == Speaker.Kind.PERSON) {
                    continue; // "Wendle's solicitor" is someone else
                }
                int verb = s.head(h);
                for (int up = 0; up < 4 && verb > 0 && !s.tag(verb).startsWith("VB"); up++) {
                    verb = s.head(verb);
                }
                int ownSubject = verb > 0 ? s.child(verb, "nsubj") : 0;
                Set<String> subjects = new java.util.HashSet<>();
                if (ownSubject > 0 && ownSubject != h) {
                    int[] sub = s.subtree(ownSubject);
                    for (int k = sub[0]; k <= sub[1]; k++) {
                        Ref r = refs.get(s.begin(k));
                        if (r != null && r.kind() == Speaker.Kind.PERSON && namesSubject(s, k, ownSubject)) {
                            subjects.add(r.name()); // "Wild coach Bruce Boudreau expressed confidence in the veteran winger"
                        }
                    }
                }
                String gender = lemma.matches("actress|songstress|businesswoman|chairwoman|spokeswoman|congresswoman") ? "f"
                        : lemma.matches("actor|businessman|chairman|spokesman|congressman") ? "m" : null;
                Cluster best = null;
                int bestAt = -1;
                int since = sentences.get(Math.max(0, s.index - 1)).begin();
                for (Cluster c : people.values()) {
                    Integer at = lastUnquoted(c, s.begin(h));
                    if (c.flag || at == null || at < since || locative(at)) {
                        continue; // ("the school on Mill Lane": a name after "on" is a place the tagger took for a person)
                    }
                    if (subjects.contains(c.name) || gender != null && c.gender != null && !gender.equals(c.gender)) {
                        continue; // not the subject of its own verb; not a woman for "the actor"
                    }
                    if (at > bestAt) {
                        best = c;
                        bestAt = at;
                    }
                }
                Cluster topic = s.relation(h).startsWith("nsubj") && s.head(h) == s.root() && s.index > 0
                        ? mainSubject(sentences.get(s.index - 1)) : null;
                if (topic != null && topic != best && !topic.flag && !subjects.contains(topic.name) && !subjectAt(bestAt)
                        && (gender == null || topic.gender == null || gender.equals(topic.gender))) {
                    // the subject of a sentence refers back to the subject of the one before rather than to a name
                    // its phrases mention ("Prince Andrew, the brother of heir to the throne, Charles, has told
                    // friends ... In it, the British royal denied ...")
                    best = topic;
                }
                if (best == null) {
                    continue;
                }
                int[] np = s.nounPhrase(h);
                int from = np[0];
                int poss = s.child(h, "nmod:poss");
                if (poss > 0) {
                    from = Math.max(from, s.subtree(poss)[1] + 1);
                }
                StringBuilder words = new StringBuilder();
                boolean inQuote = false;
                for (int k = from; k <= h; k++) {
                    if (s.tag(k).matches("``|''") || s.word(k).matches("[\u201C\u201D\"]")) {
                        inQuote = !inQuote;
                        continue;
                    }
                    if (inQuote || s.tag(k).matches("DT|POS|PRP\\$|CD") || s.word(k).matches("'s|\u2019s")) {
                        continue;
                    }
                    words.append(words.length() == 0 ? "" : " ").append(s.word(k));
                }
                String stated = words.toString();
                if (!DESCRIPTIONS.matcher(lemma).matches() && !DESCRIBED.matcher(lemma).matches()) {
                    // a noun of the broad lexicon only: proposed, and kept out of the roles that resolve descriptions;
                    // not a phrase already stated as someone's role ("Rosa Delgado, the hospital's chief pharmacist");
                    // not a kin noun, which names someone by another person ("the son", "the girl's mother": whose,
                    // the last name before it does not say)
                    if (!stated.isBlank() && !KIN_ONLY.matcher(lemma).matches() && !statedOfAnyone(s.begin(from), s.end(h)) && !support(best, stated, s.begin(from), s.end(h), RoleCandidates.Kind.DESCRIPTION_BROAD)) {
                        found(best, new Role(stated, stated, s.begin(from), s.end(h)), s, from, h,
                                RoleCandidates.Kind.DESCRIPTION_BROAD);
                    }
                } else if (!stated.isBlank() && best.roles.stream().noneMatch(x -> x.stated().equals(stated))) {
                    Role role = new Role(stated, stated, s.begin(from), s.end(h));
                    best.roles.add(role);
                    if (!support(best, stated, s.begin(from), s.end(h), RoleCandidates.Kind.DESCRIPTION)) {
                        found(best, role, s, from, h, RoleCandidates.Kind.DESCRIPTION);
                    }
                } else if (!stated.isBlank()) {
                    support(best, stated, s.begin(from), s.end(h), RoleCandidates.Kind.DESCRIPTION);
                }
            }
        }
    }

    /**
     * The person named as the subject of {@code s}'s main verb, else as the first subject of the sentence (a parse that
     * missed the main verb), outside quotation marks; or {@code null}.
     */
    private Cluster mainSubject(Sentence s) {
        int root = s.root();
        int subj = root > 0 ? s.child(root, "nsubj") : 0;
        if (subj == 0) {
            for (int k = 1; k <= s.size() && subj == 0; k++) {
                subj = s.relation(k).equals("nsubj") ? k : 0;
            }
        }
        if (subj == 0 || quoted(s.begin(subj)) || s.tag(subj).startsWith("PRP")) {
            return null;
        }
        Ref r = refs.get(s.begin(subj));
        return r != null && r.kind() == Speaker.Kind.PERSON ? people.get(r.name()) : null;
    }

    /** The mention at {@code offset} is (part of) the subject of a verb. */
    private boolean subjectAt(int offset) {
        for (Sentence s : sentences) {
            if (s.begin() <= offset && offset < s.end()) {
                Ref r = refs.get(offset);
                for (int t = s.tokenAt(offset); t > 0 && t <= s.size() && r != null && r.equals(refs.get(s.begin(t))); t++) {
                    if (s.relation(t).startsWith("nsubj")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Some person has a role proposed in the text from {@code start} to {@code end}. */
    private boolean statedOfAnyone(int start, int end) {
        for (Cluster c : people.values()) {
            for (Found f : c.found) {
                if (f.role().start() < end && start < f.role().end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Token {@code k} names the subject {@code subject} itself (the subject, or a name compounded, apposed or
     * coordinated with it), not someone its phrase mentions ("representatives of Epstein's family").
     */
    private static boolean namesSubject(Sentence s, int k, int subject) {
        for (int h = k, steps = 0; steps < 6; h = s.head(h), steps++) {
            if (h == subject) {
                return true;
            }
            if (h <= 0 || !s.relation(h).matches("compound|flat|appos|conj")) {
                return false;
            }
        }
        return false;
    }

    /** The name starting at {@code offset} follows a preposition of place ("on Mill Lane", "in Sydney"). */
    private boolean locative(int offset) {
        for (Sentence s : sentences) {
            if (s.begin() <= offset && offset < s.end()) {
                int t = s.tokenAt(offset);
                return t > 1 && s.word(t - 1).toLowerCase(Locale.ROOT).matches("on|in|at|near|into|onto|along");
            }
        }
        return false;
    }

    /** An age written as one hyphenated word: "17-year-old", "six-month-old". */
    private static final Pattern AGE = Pattern.compile("(?i)[a-z0-9]+(-[a-z0-9]+)?-(year|month|week|day)s?-old");

    /**
     * The first token of a role whose first word the tokenizer split at its hyphens: a role opening right after a
     * hyphen glued to the word before starts with that word ("President-elect", "Attorney-General", "T-Mobile CEO",
     * "editor-in-chief"), not with its last part ("elect", "General"); a person's name is not pulled in. An age in
     * front ("17-year-old shortstop") is no part of the role (the spec: ages are no roles): the role then starts after
     * it, and after {@code to} when the age is all there is.
     */
    private int wholeFirstWord(Sentence s, int from, int to) {
        int start = from;
        while (start > 2 && s.tag(start - 1).equals("HYPH") && s.end(start - 2) == s.begin(start - 1)
                && s.end(start - 1) == s.begin(start) && !isPerson(s, start - 2)) {
            start -= 2;
        }
        for (int k = start; k <= to && k < start + 6; k++) {
            if (AGE.matcher(s.text(start, k)).matches()
                    && (k == to || s.end(k) < s.begin(k + 1))) {
                return k + 1;
            }
        }
        return start;
    }

    /**
     * The last token of a role before a relative clause that follows its noun: "the neighborhood watchman who killed
     * the teen" states the post "neighborhood watchman", the clause tells what he did ("a NASA planetary scientist who
     * led the investigation"). A role that opens with the relative pronoun ("who as a teenager served as youth
     * director") is left whole: its post lies inside the clause.
     */
    private static int beforeRelativeClause(Sentence s, int from, int to) {
        boolean noun = false;
        for (int k = from; k <= to; k++) {
            if (noun && k > from && opensRelativeClause(s, k)) {
                int end = k - 1;
                while (end > from && s.tag(end).matches("[,:]|HYPH")) {
                    end--;
                }
                return end;
            }
            noun |= s.tag(k).startsWith("NN");
        }
        return to;
    }

    /**
     * The post a relative clause cut from a role states in its turn, when the clause is a copula with a noun: "a former
     * drug-industry executive who is now CEO of Halvard Therapeutics" is the CEO too. Tokens {@code from..to} are the
     * cut words, from the relative pronoun (or the punctuation before it) on.
     */
    private void clausePost(Cluster c, Sentence s, int from, int to) {
        int who = from;
        while (who < to && !opensRelativeClause(s, who)) {
            who++;
        }
        // by word order, which the parser garbles here: "who", a form of "be", an adverb or an article, the post
        int k = who + 1;
        if (!s.tag(who).equals("WP") || k > to || !s.lemma(k).equalsIgnoreCase("be") || !s.tag(k).matches("VB[DZ]")) {
            return;
        }
        k++;
        while (k <= to && s.tag(k).matches("RB|DT|PRP\\$")) {
            k++; // "who is now the CEO"
        }
        int first = k;
        int head = 0;
        while (k <= to && s.tag(k).matches("NNS?|NNPS?|JJ|HYPH") && !refs.containsKey(s.begin(k))) {
            head = s.tag(k).startsWith("NN") ? k : head;
            k++;
        }
        if (head == 0 || head != k - 1 || !forPerson(s.lemma(head))) {
            return;
        }
        int last = head;
        // its remit: "CEO of Halvard Therapeutics", "president of Merck's vaccine division"
        if (head + 2 <= to && s.word(head + 1).equalsIgnoreCase("of")) {
            int r = head + 1;
            while (r + 1 <= to && r + 1 <= head + 7 && s.tag(r + 1).matches("NNPS?|NNS?|JJ|IN|DT|POS|CC")) {
                r++;
            }
            while (r > head + 1 && s.tag(r).matches("IN|DT|POS|CC")) {
                r--;
            }
            last = r > head + 1 ? r : head;
        }
        addRole(c, s, first, last, null, RoleCandidates.Kind.RELATIVE);
    }

    /** Token {@code k} is a relative pronoun opening a clause on the noun before it ("who", "whose", "that", "which"). */
    private static boolean opensRelativeClause(Sentence s, int k) {
        if (s.tag(k).matches("WP\\$?")) {
            return !s.word(k).equalsIgnoreCase("what");
        }
        if (!s.tag(k).equals("WDT")) {
            return false;
        }
        int h = s.head(k);
        return h > 0 && s.relation(h).equals("acl:relcl") || s.relation(k).equals("acl:relcl");
    }

    /** A party tag in parentheses: "(R)", "(D-Calif.)", "(R-Ky.)", "(I-Vt.)". */
    private static final Pattern PARTY_TAG = Pattern.compile("\\(\\s*[RDI]\\s*(-\\s*[A-Z][A-Za-z. ]*)?\\)");

    private void addRole(Cluster c, Sentence s, int from, int to, String meaning, RoleCandidates.Kind kind) {
        while (from < to && s.word(from).matches("(?i)the|a|an|now|currently")) {
            from++; // roles are stated without their article ("the former special envoy to Ukraine", "now a staff scientist")
        }
        from = wholeFirstWord(s, from, to);
        if (from > to) {
            return; // an age alone ("17-year-old Virginia Giuffre") is no role
        }
        int whole = to;
        to = beforeRelativeClause(s, from, to);
        if (to < whole) {
            clausePost(c, s, to + 1, whole);
        }
        String stated = s.text(from, to);
        if (stated.isBlank() || PARTY_TAG.matcher(stated).matches()) {
            return; // the spec: party tags are no roles ("Kristi Noem (R)", "(D-Caldmoor)")
        }
        if (c.roles.stream().anyMatch(x -> x.stated().equals(stated))) {
            support(c, stated, s.begin(from), s.end(to), kind);
            return;
        }
        Role role = new Role(stated, meaning != null ? meaning : stated, s.begin(from), s.end(to));
        c.roles.add(role);
        found(c, role, s, from, to, kind);
    }

    /**
     * A role proposed by word order alone ({@link RoleCandidates.Kind#NOUN_BEFORE}, {@link
     * RoleCandidates.Kind#APPOSITION_ANY}): kept apart from the roles that resolve descriptions to people ("the
     * coach said"), and output only when the role decision keeps it.
     */
    private void propose(Cluster c, Sentence s, int first, int to, RoleCandidates.Kind kind) {
        int from = first;
        while (from < to && s.word(from).matches("(?i)the|a|an|now|currently")) {
            from++;
        }
        from = wholeFirstWord(s, from, to);
        if (from > to) {
            return;
        }
        to = beforeRelativeClause(s, from, to);
        String stated = s.text(from, to);
        if (!stated.isBlank() && !support(c, stated, s.begin(from), s.end(to), kind)) {
            found(c, new Role(stated, stated, s.begin(from), s.end(to)), s, from, to, kind);
        }
    }

    /**
     * A construction proposes again a role of {@code c} already proposed (the same words, or words overlapping it in
     * the text): the construction is marked on that candidate, as one more piece of evidence. False when none is.
     */
    private static boolean support(Cluster c, String stated, int start, int end, RoleCandidates.Kind kind) {
        for (Found f : c.found) {
            if (f.role().stated().equals(stated) || f.role().start() < end && start < f.role().end()) {
                f.features()[kind.ordinal()] = 1;
                return true;
            }
        }
        return false;
    }

    /** Records how a role of {@code c} was found, with its features for the role decision. */
    private void found(Cluster c, Role role, Sentence s, int from, int to, RoleCandidates.Kind kind) {
        double[] f = RoleCandidates.features(s, from, to, kind, k -> {
            Ref r = refs.get(s.begin(k));
            return r == null ? null : r.kind();
        }, quoted(s.begin(from)));
        c.found.add(new Found(role, kind, f, personNounShape(s, from, to, kind)));
        // "the physicist and Nobel prizewinner X", "X, a data scientist and co-author of the study": the other post too
        IntPredicate person = k -> isPerson(s, k);
        if (TITLES_BEFORE.contains(kind)) {
            CoordinatedPosts.before(s, from, person).ifPresent(w -> propose(c, s, w.from(), w.to(), kind));
        } else if (POSTS_AFTER.contains(kind)) {
            CoordinatedPosts.after(s, to, person).ifPresent(w -> propose(c, s, w.from(), w.to(), kind));
        }
    }

    /** Constructions of a title right before the name, which a post joined by "and" may precede. */
    private static final Set<RoleCandidates.Kind> TITLES_BEFORE = java.util.EnumSet.of(RoleCandidates.Kind.TITLE,
            RoleCandidates.Kind.NOUN_BEFORE, RoleCandidates.Kind.BEFORE_NAME);
    /** Constructions of a post after the name, which a post joined by "and" may follow. */
    private static final Set<RoleCandidates.Kind> POSTS_AFTER = java.util.EnumSet.of(RoleCandidates.Kind.APPOSITION,
            RoleCandidates.Kind.APPOSITION_ANY, RoleCandidates.Kind.JOINED_POST, RoleCandidates.Kind.PREDICATE, RoleCandidates.Kind.AS,
            RoleCandidates.Kind.RELATIVE, RoleCandidates.Kind.PRONOUN);

    /** Token {@code k} of {@code s} belongs to a person's name. */
    private boolean isPerson(Sentence s, int k) {
        Ref r = refs.get(s.begin(k));
        return r != null && r.kind() == Speaker.Kind.PERSON;
    }

    /**
     * A plural post apposed to a list of names that holds the name at tokens {@code first..last} ("Two marshals, John
     * North and Gary Anderson, told ..."): each listed person's, whichever name the parser hung it on.
     */
    private void listPost(Cluster c, Sentence s, int first, int last) {
        IntPredicate person = k -> isPerson(s, k);
        CoordinatedPosts.nameList(s, first, last, person)
                .flatMap(list -> CoordinatedPosts.listPost(s, list, person))
                .ifPresent(w -> propose(c, s, w.from(), w.to(), RoleCandidates.Kind.PLURAL_TITLE));
    }

    /** The constructions whose position alone says that a noun phrase describes the person named. */
    private static final Set<RoleCandidates.Kind> DESCRIBING = java.util.EnumSet.of(RoleCandidates.Kind.APPOSITION,
            RoleCandidates.Kind.APPOSITION_ANY, RoleCandidates.Kind.BEFORE_NAME, RoleCandidates.Kind.PREDICATE);
    /** Endings of nouns for acts, states and qualities, not people ("victory", "resignation", "leadership"). */
    private static final Pattern ABSTRACT = Pattern.compile("[a-z]+(tion|sion|ment|ness|ity|ism|ship|ance|ence|ing|age"
            + "|ure|cy|dom|hood|ogy|ics|ery)s?");
    /** Nouns of measure, time and kind that an apposition or a predicate can hold without describing anyone. */
    private static final Set<String> NOT_DESCRIBING = Set.of("year", "years", "day", "days", "week", "weeks", "month",
            "months", "time", "times", "part", "way", "thing", "things", "one", "ones", "lot", "kind", "sort", "type",
            "number", "percent", "share", "case", "example", "reason", "point", "fact", "problem", "issue", "question",
            "idea", "man", "woman", "person", "people", "guy", "mother", "father", "wife", "husband", "son", "daughter",
            "brother", "sister", "friend", "boyfriend", "girlfriend", "child", "children", "kid", "baby", "grandmother",
            "grandfather", "dog", "cat", "horse", "name", "word", "voice", "face", "favorite", "favourite", "fan", "fans",
            "board", "council", "committee", "team", "club", "group", "party", "union", "court", "government",
            "department", "agency", "office", "family", "couple", "pair", "program", "programme", "project", "plan");

    /**
     * A candidate in a construction that by position describes the person (an apposition before or after the name, a
     * predicate noun after a copula: "Ravi Tann, a longtime stevedore,", "Kira Voss is the quartermaster of the
     * fleet") whose head is a lower-case common noun, whatever the noun: the role lexicon does not hold every trade
     * ("stevedore", "wharfinger", "hopeful"). Not a noun for an act, a quality, a measure or a thing, not kin or a mere
     * person noun ("a mother of three", "a man who"), nothing with a verb, a digit, another person's name or a quotation.
     */
    private boolean personNounShape(Sentence s, int from, int to, RoleCandidates.Kind kind) {
        if (!DESCRIBING.contains(kind) || quoted(s.begin(from))) {
            return false;
        }
        if (kind == RoleCandidates.Kind.BEFORE_NAME && to < s.size() && !s.word(to + 1).equals(",")
                && !(refs.containsKey(s.begin(to + 1)) && refs.get(s.begin(to + 1)).kind() == Speaker.Kind.PERSON)) {
            return false; // right before the name or its comma, not "the status of quarterback Ivo Lenz"
        }
        int head = 0;
        for (int k = from; k <= to; k++) {
            String tag = s.tag(k);
            if (tag.matches("IN|TO") && head > 0) {
                break;
            }
            Ref r = refs.get(s.begin(k));
            if (tag.matches("VB[DPZ]?|MD|CD") || r != null && r.kind() == Speaker.Kind.PERSON
                    || s.word(k).chars().anyMatch(Character::isDigit)) {
                return false;
            }
            if (tag.equals("NN") || tag.equals("NNS") || k == to && tag.equals("JJ") && k > from) {
                head = k; // a closing adjective is the noun: "the newest hopeful", "Lakers great"
            }
        }
        if (head == 0) {
            return false;
        }
        String w = s.word(head);
        return w.length() >= 4 && w.chars().allMatch(ch -> Character.isLowerCase(ch) || ch == '-')
                && !ABSTRACT.matcher(w).matches() && !NOT_DESCRIBING.contains(w) && !THING_NOUNS.contains(w)
                && !THING_NOUNS.contains(s.lemma(head)) && !refs.containsKey(s.begin(head));
    }

    /**
     * Token {@code k} is a hyphen inside a word ("co-founder", "All-Pro"), glued to the words on both sides; a dash set
     * off by spaces ("is a trend - Holtz decided") ends a phrase instead.
     */
    private static boolean glued(Sentence s, int k) {
        return s.tag(k).equals("HYPH") && k > 1 && k < s.size() && s.end(k - 1) == s.begin(k) && s.end(k) == s.begin(k + 1);
    }

    /** Abbreviated titles, spelled out, so that "the governor" finds "Gov. Eric Holcomb". */
    private static final Map<String, String> TITLES = Map.ofEntries(Map.entry("gov.", "governor"),
            Map.entry("sen.", "senator"), Map.entry("rep.", "representative"), Map.entry("gen.", "general"),
            Map.entry("pres.", "president"), Map.entry("amb.", "ambassador"), Map.entry("sec.", "secretary"),
            Map.entry("supt.", "superintendent"), Map.entry("atty.", "attorney"), Map.entry("col.", "colonel"),
            Map.entry("lt.", "lieutenant"), Map.entry("sgt.", "sergeant"), Map.entry("cmdr.", "commander"),
            Map.entry("dr.", "doctor"), Map.entry("prof.", "professor"), Map.entry("insp.", "inspector"));
    private static final Set<String> ROLE_PREPOSITIONS = Set.of("of", "to", "for", "at", "in", "with", "on", "from");

    /**
     * The canonical name of the person who holds the role {@code noun} ("ambassador", "governor") in this
     * article, when the stated role also has the words {@code modifiers} ("China's" of "China's ambassador"): the one named most recently before {@code offset}, else the first named after it; {@code null}
     * when no person's stated role is headed by that noun.
     */
    String holderOf(String noun, List<String> modifiers, int offset) {
        String want = noun.toLowerCase(Locale.ROOT);
        Cluster before = null;
        int beforeAt = -1;
        Cluster after = null;
        int afterAt = Integer.MAX_VALUE;
        for (Cluster c : people.values()) {
            // "the U.S. attorney" is not "Carlineo's attorney": the words before the noun must be in the role
            if (c.roles.stream().noneMatch(r -> want.equals(roleHead(r.stated())) && modifiers.stream()
                    .allMatch(m -> normal(r.stated()).contains(normal(m))))) {
                continue;
            }
            for (int at : c.mentions.keySet()) {
                if (at < offset && at > beforeAt) {
                    before = c;
                    beforeAt = at;
                } else if (at >= offset && at < afterAt) {
                    after = c;
                    afterAt = at;
                }
            }
        }
        Cluster c = before != null ? before : after;
        return c == null ? null : c.name;
    }

    private static String normal(String words) {
        return words.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    /** The head noun of a stated role: "ambassador" of "China's ambassador to Britain", "governor" of "Gov.". */
    private static String roleHead(String stated) {
        String head = null;
        for (String w : stated.split("\\s+")) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (ROLE_PREPOSITIONS.contains(lw) || lw.equals(",")) {
                break;
            }
            head = TITLES.getOrDefault(lw, lw.replaceAll("[^\\p{L}-]", ""));
        }
        return head;
    }

    /** The sentences of the body, in order. */
    List<Sentence> sentences() {
        return sentences;
    }

    /** True when {@code offset} lies inside quotation marks. */
    boolean quoted(int offset) {
        for (int[] q : quoted) {
            if (offset >= q[0] && offset < q[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organization that "the company", "the agency" or "the union" before {@code offset} stands for: the
     * last one named before it whose name has that noun, else the last one named, or {@code null}.
     */
    /** The organization named last before {@code offset} and at or after {@code since}, or {@code null}. */
    Ref organizationSince(int since, int offset) {
        Cluster best = null;
        int bestAt = -1;
        for (Cluster c : organizations.values()) {
            Integer at = c.mentions.floorKey(offset - 1);
            while (at != null && quoted(at)) {
                at = c.mentions.floorKey(at - 1);
            }
            if (at != null && at >= since && at > bestAt && !c.flag) {
                best = c;
                bestAt = at;
            }
        }
        return best == null ? null : new Ref(Speaker.Kind.ORGANIZATION, best.name);
    }

    /**
     * The one organization of the article whose name of several words opens with {@code word} ("Brookings" for the
     * Brookings Institution), or {@code null} when none or several do.
     */
    Ref organizationOpenedBy(String word) {
        Ref found = null;
        for (Cluster o : organizations.values()) {
            String[] words = o.name.split("\\s+");
            if (words.length >= 2 && words[0].equals(word) && !o.flag) {
                if (found != null) {
                    return null;
                }
                found = new Ref(Speaker.Kind.ORGANIZATION, o.name);
            }
        }
        return found;
    }

    Ref recentOrganization(int offset, String noun) {
        return recentOrganization(offset, noun, List.of());
    }

    /**
     * As {@link #recentOrganization(int, String)}, with the words that modify the noun ("the production company"):
     * an organization whose name has one of them ("Dick Clark Productions") comes first; names inside quotation
     * marks count only when no organization is named outside them.
     */
    Ref recentOrganization(int offset, String noun, List<String> modifiers) {
        Cluster c = null;
        for (int pass = 0; pass < 2 && c == null; pass++) {
            Cluster best = null;
            int bestAt = -1;
            Cluster named = null;
            int namedAt = -1;
            for (Cluster o : organizations.values()) {
                Integer at = o.mentions.floorKey(offset - 1);
                // first pass: names outside quotation marks that name the organization itself, not a thing of
                // its ("a Netflix documentary")
                while (pass == 0 && at != null && (quoted(at) || modifiesNoun(o.mentions.get(at)))) {
                    at = o.mentions.floorKey(at - 1);
                }
                if (at == null || o.flag) {
                    continue; // the publisher's own name is no antecedent
                }
                if (at > bestAt) {
                    best = o;
                    bestAt = at;
                }
                String name = o.name.toLowerCase(Locale.ROOT);
                boolean fits = !noun.isEmpty() && name.contains(noun) || modifiers.stream()
                        .anyMatch(m -> m.length() >= 5 && name.contains(m.toLowerCase(Locale.ROOT).substring(0, m.length() - 1)));
                if (fits && at > namedAt) {
                    named = o;
                    namedAt = at;
                }
            }
            c = named != null ? named : best;
        }
        return c == null ? null : new Ref(Speaker.Kind.ORGANIZATION, c.name);
    }

    /** The whole name only modifies a noun after it ("a Netflix documentary"), as the parse reads it. */
    private boolean modifiesNoun(Mention m) {
        for (Sentence s : sentences) {
            if (s.begin() <= m.start() && m.start() < s.end()) {
                int last = s.tokenAt(m.start());
                if (last <= 0) {
                    return false;
                }
                while (last < s.size() && s.begin(last + 1) < m.end()) {
                    last++;
                }
                int h = s.head(last);
                return s.relation(last).startsWith("compound") && h > last && s.tag(h).startsWith("NN")
                        && !s.tag(h).startsWith("NNP");
            }
        }
        return false;
    }

    /** True when {@code r} names a place and no organization ("authorities in Beijing"). */
    boolean place(Ref r) {
        return r != null && places.containsKey(r.name()) && !organizations.containsKey(r.name())
                && !Countries.isCountry(r.name());
    }

    /**
     * The person a definite description before {@code offset} ("the agent") stands for when no stated role
     * names them: the last person named in sentence {@code sentence} or the one before, outside quotation
     * marks, whose stated roles (if any) are headed by {@code noun}; else {@code null}.
     */
    String recentPerson(int sentence, int offset, String noun) {
        int since = sentences.get(Math.max(0, sentence - 1)).begin();
        Cluster best = null;
        int bestAt = -1;
        for (Cluster c : people.values()) {
            if (c.flag || !c.roles.isEmpty() && c.roles.stream().noneMatch(r -> noun.equals(roleHead(r.stated())))) {
                continue;
            }
            Integer at = lastUnquoted(c, offset);
            if (at != null && at >= since && at > bestAt) {
                best = c;
                bestAt = at;
            }
        }
        if (best != null) {
            return best.name;
        }
        // "the actor said" of a man introduced as a "star": the one person named (outside quotation marks) in
        // this sentence and the four before (a quote of several sentences lies between), else among them the one the article names most often so far, when
        // no stated role of theirs is another occupation; only for words that describe a person rather than
        // an office ("the chairman" of a party is not whoever was named last)
        if (!DESCRIPTIONS.matcher(noun).matches()) {
            return null;
        }
        int wider = sentences.get(Math.max(0, sentence - 4)).begin();
        boolean age = noun.matches("[0-9]+-year-old");
        List<Cluster> near = new ArrayList<>();
        for (Cluster c : people.values()) {
            Integer at = lastUnquoted(c, offset);
            if (!c.flag && at != null && at >= wider && (age || c.roles.stream().noneMatch(r -> occupation(roleHead(r.stated()))))) {
                near.add(c);
            }
        }
        near.sort((a, b) -> Integer.compare(b.mentions.headMap(offset).size(), a.mentions.headMap(offset).size()));
        if (near.size() == 1 || near.size() > 1
                && near.get(0).mentions.headMap(offset).size() > near.get(1).mentions.headMap(offset).size()) {
            return near.get(0).name;
        }
        if (age && near.size() > 1) {
            // an age refers back to the person just spoken of: of those named as often, the one named last
            int most = near.get(0).mentions.headMap(offset).size();
            return near.stream().filter(c -> c.mentions.headMap(offset).size() == most)
                    .max(java.util.Comparator.comparingInt(c -> lastUnquoted(c, offset))).map(c -> c.name).orElse(null);
        }
        return null;
    }

    /**
     * The person an indefinite description at {@code offset} in sentence {@code sentence} ("An Italian astronaut ...
     * said") introduces before naming them: the first person the article names for the first time (outside quotation
     * marks) in the next sentence, whose stated roles (if any) are headed by {@code noun}; else {@code null}. A news
     * lede describes its source first and names them in the sentence after ("Luca Parmitano said ...").
     */
    String personNamedNext(int sentence, int offset, String noun) {
        if (sentence + 1 >= sentences.size()) {
            return null;
        }
        Sentence next = sentences.get(sentence + 1);
        Cluster found = null;
        int foundAt = Integer.MAX_VALUE;
        for (Cluster c : people.values()) {
            Integer first = firstUnquoted(c);
            if (c.flag || first == null || first < next.begin() || first >= next.end()
                    || !c.roles.isEmpty() && c.roles.stream().noneMatch(r -> noun.equals(roleHead(r.stated())))) {
                continue;
            }
            if (first < foundAt) {
                found = c; // of two introduced there, the first: the one the sentence is about
                foundAt = first;
            }
        }
        return found == null || offset >= next.begin() ? null : found.name;
    }

    /**
     * The two people a phrase like "both men" before {@code offset} in sentence {@code sentence} stands for: the last
     * two people named joined by "and" (outside quotation marks) in that sentence or the two before it, as "A; B" in
     * the order written; else {@code null}.
     */
    String coordinatedPair(int sentence, int offset) {
        for (int k = sentence; k >= Math.max(0, sentence - 2); k--) {
            Sentence t = sentences.get(k);
            for (int j = t.size(); j >= 1; j--) {
                Ref first = refAt(t.begin(j));
                if (first == null || first.kind() != Speaker.Kind.PERSON || t.begin(j) >= offset || quoted(t.begin(j))) {
                    continue;
                }
                for (int c : t.children(j, "conj")) {
                    Ref second = refAt(t.begin(c));
                    if (c > j && second != null && second.kind() == Speaker.Kind.PERSON && !second.equals(first)
                            && t.begin(c) < offset && !quoted(t.begin(c))) {
                        return first.name() + "; " + second.name();
                    }
                }
            }
        }
        return null;
    }

    private Integer firstUnquoted(Cluster c) {
        for (int at : c.mentions.keySet()) {
            if (!quoted(at)) {
                return at;
            }
        }
        return null;
    }

    /** Nouns by which an article refers back to a person it is about: "the actor", "the singer", "the 34-year-old". */
    private static final Pattern DESCRIPTIONS = Pattern.compile("actor|actress|singer|songstress|songwriter|rapper|star"
            + "|musician|artist|comedian|host|presenter|model|designer|chef|author|writer|novelist|poet|filmmaker"
            + "|player|athlete|striker|forward|midfielder|defender|goalkeeper|quarterback|pitcher|golfer|boxer|driver"
            + "|rider|swimmer|runner|veteran|rookie|analyst|economist|scientist|researcher|entrepreneur|billionaire"
            + "|businessman|businesswoman|mogul|politician|lawmaker|activist|celebrity|influencer|man|woman|teenager"
            + "|[0-9]+-year-old");

    /** True for a noun by which an article refers back to a person it is about ("the actor", "the analyst"). */
    static boolean describesPerson(String noun) {
        return DESCRIPTIONS.matcher(noun).matches();
    }

    private Integer lastUnquoted(Cluster c, int offset) {
        Integer at = c.mentions.floorKey(offset - 1);
        while (at != null && quoted(at)) {
            at = c.mentions.floorKey(at - 1);
        }
        return at;
    }

    /** A role headed by a word for a trade ("lawyer", "analyst"): a description naming another trade is not them. */
    private static boolean occupation(String head) {
        return head != null && head.matches("[a-z-]+(er|or|ist|ant|ent|ian)") && !head.matches("member|leader|founder|owner|partner");
    }

    /** What the token starting at {@code offset} refers to, or {@code null}. */
    Ref refAt(int offset) {
        return refs.get(offset);
    }

    List<Person> people() {
        List<Person> out = new ArrayList<>();
        for (Cluster c : people.values()) {
            if (!c.mentions.isEmpty() || c.flag) {
                out.add(new Person(c.name, new ArrayList<>(c.mentions.values()), decided(c), c.flag));
            }
        }
        return out;
    }

    /** The roles of {@code c} the role decision keeps, in the order they were found. */
    private List<Role> decided(Cluster c) {
        List<Role> out = new ArrayList<>();
        for (Found f : c.found) {
            double score = RoleCandidates.score(f.features());
            // a credential's form decides alone: the model was trained before that construction was read
            boolean kept = f.features()[RoleCandidates.Kind.CREDENTIAL.ordinal()] == 1 || RoleCandidates.keep(score)
                    || f.shaped();
            if (roleCandidates != null) {
                roleCandidates.accept(new RoleCandidates.Candidate(c.name, f.role().stated(), f.role().start(), f.role().end(),
                        f.kind(), f.features(), score, kept));
            }
            if (kept) {
                out.add(f.role());
            }
        }
        return out;
    }

    List<Organization> organizations() {
        List<Organization> out = new ArrayList<>();
        organizations.values().forEach(c -> out.add(new Organization(c.name, new ArrayList<>(c.mentions.values()), c.flag)));
        return out;
    }

    List<Place> places() {
        List<Place> out = new ArrayList<>();
        places.values().forEach(c -> out.add(new Place(c.name, Countries.isCountry(c.name), new ArrayList<>(c.mentions.values()))));
        return out;
    }
}
