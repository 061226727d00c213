package org.broadsheet.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The verbs that introduce speech, and how to read who spoke from the subject of one.
 */
final class SpeechCues {

    /**
     * Further verbs of communication that report a clause ("mentioned that ...", "recommends that all adults ...",
     * "wondered why ...", "signalled that ...", "shared that ...", "flagged that ..."), from the spec's R1 (a communication verb with a that, zero-that or
     * wh-clause), not from any article's misses: statements only with a clause, and never the attribution of a
     * quote by the parse alone (as {@link #CLAUSE_CUES_ONLY}). Disputing and recognising a clause ("disputed that
     * the dredging had damaged ...", "recognised that the budget was drawn up in haste") state a position, as
     * denying and acknowledging do; with a noun phrase ("disputed the bill", "recognised the volunteers") nothing.
     */
    static final Set<String> CLAUSE_SAYING = Set.of("mention", "recommend", "propose", "specify", "detail",
            "wonder", "speculate", "posit", "theorize", "theorise", "clarify", "signal", "reaffirm", "concur",
            "lament", "retort", "stipulate", "notify", "share", "flag", "volunteer", "bemoan", "relate",
            "dispute", "recognize", "recognise");

    /**
     * Verbs of {@link #CLAUSE_SAYING} that as often take a thing for object ("shared her lunch", "flagged the
     * cranes"): cues only with no object.
     */
    private static final Set<String> THINGS_TOO = Set.of("share", "flag", "volunteer", "relate");

    private static Set<String> union(Set<String> more, String... words) {
        Set<String> all = new java.util.HashSet<>(more);
        all.addAll(List.of(words));
        return Set.copyOf(all);
    }

    /** Verbs that attribute words to a speaker, by lemma. */
    static final Set<String> SAY = union(CLAUSE_SAYING, "say", "add", "tell", "vow", "pledge", "promise", "note", "point", "voice",
            "stress", "emphasize", "emphasise", "underline", "warn", "claim", "argue", "insist", "state", "explain",
            "announce", "declare", "suggest", "urge", "acknowledge", "admit", "deny", "confirm", "predict",
            "estimate", "reiterate", "maintain", "contend", "caution", "recall", "remark", "observe", "complain",
            "allege", "write", "ask", "reply", "respond", "continue", "conclude", "agree", "testify", "tweet",
            "post", "assert", "affirm", "highlight", "recount", "describe", "report", "believe", "think", "hope",
            "expect", "express", "threaten", "demand", "accuse", "joke", "concede", "counter", "scoff", "quip", "call", "rule", "inform", "assure",
            "reveal", "disclose", "hint", "suspect", "fear", "question", "advise", "implore", "beg", "instruct",
            "encourage", "remind", "swear", "project", "forecast");

    /**
     * Directives added in session 11 ("advised residents to stay indoors", "instructed aggregators to block ...") and
     * "swore to" (and the projections of session 15, "the budget office projects that ..."): they report an object
     * with its infinitive or a clause, and attribute quotation marks only by position (right
     * after the closing mark), never from a parse alone ("was sworn in", "encouraged by the result").
     */
    private static final Set<String> CLAUSE_CUES_ONLY = Set.of("advise", "implore", "beg", "instruct", "encourage",
            "remind", "swear", "project", "forecast");

    /**
     * Verbs by which published work states what it established ("a survey found that ...", "the data from the
     * audit indicate that ..."): cues only when their subject is such a work (the spec's R1, published findings);
     * a person who "found" something made a discovery, not a statement.
     */
    static final Set<String> FINDING = Set.of("find", "indicate", "determine", "establish");

    /** Published work that states findings: "The study found ...", "a survey by X found ...". */
    static final Set<String> WORKS = Set.of("study", "report", "survey", "research", "analysis", "review", "paper",
            "poll", "audit", "investigation", "probe", "inquiry", "assessment", "evaluation", "census", "trial",
            "experiment", "estimate", "estimates", "forecast", "outlook", "projection", "projections", "index",
            "ranking", "report's", "findings", "paper's", "piece");

    /** Cues that report speech without quotation marks only with a clause ("that ..."). */
    static final Set<String> CLAUSE_ONLY = Set.of("say", "add", "tell", "claim", "argue", "insist", "state", "explain",
            "suggest", "admit", "predict", "estimate", "maintain", "contend", "caution", "recall", "remark",
            "observe", "complain", "allege", "write", "reply", "respond", "conclude", "testify", "assert", "affirm",
            "warn", "announce", "declare", "acknowledge", "concede", "report", "ask", "rule", "inform", "assure",
            "reveal", "disclose", "deny", "hint", "question", "remind", "project", "forecast");

    /** Cues whose object is the content ("noted the shared identities ..."). */
    static final Set<String> OBJECT_CONTENT = Set.of("note", "stress", "emphasize", "emphasise", "underline", "reiterate",
            "confirm", "highlight", "announce", "acknowledge");

    /** Cues whose infinitive is the content ("vowed to continue ...", "threatened to strike"). */
    static final Set<String> INFINITIVE_CONTENT = Set.of("vow", "pledge", "promise", "swear", "threaten");

    /** "voiced the hope that ...": the nouns that carry the content. */
    static final Set<String> VOICED = Set.of("hope", "concern", "confidence", "belief", "support", "regret", "fear",
            "wish", "opposition", "view");

    /** Object pronouns: never the speaker of a cue they follow ("accused him of ..."). */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "it", "you");

    /** Pronouns and relative words that stand for an organization, a group or an antecedent noun. */
    private static final Set<String> NON_PERSONAL = Set.of("it", "they", "who", "which", "that");

    /** Determiners that make a noun phrase indefinite: "a spokesman" is nobody in particular. */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "some", "two", "three", "several");
    /** The articles of a description that introduces someone not named yet ("a former worker", "an astronaut"). */
    private static final Set<String> INTRODUCING = Set.of("a", "an");
    /** Nouns for a source the article keeps unnamed, whoever it names next ("a witness", "a spokesman"). */
    private static final Set<String> UNNAMED_SOURCE = Set.of("witness", "eyewitness", "insider", "informant",
            "whistleblower", "observer", "bystander", "commenter", "source", "official", "spokesman", "spokeswoman",
            "spokesperson", "representative");

    private SpeechCues() {
    }

    /** True when token {@code i} is a speech verb. */
    static boolean isCue(Sentence s, int i) {
        int obj = s.child(i, "obj");
        if (THINGS_TOO.contains(s.lemma(i)) && obj > 0 && !s.word(obj).equalsIgnoreCase("that")) {
            return false; // "shares the formula he used ...": a thing shared, not a statement ("that" read as object is not)
        }
        return s.tag(i).startsWith("VB") && (SAY.contains(s.lemma(i)) || FINDING.contains(s.lemma(i)) && publishedSubject(s, i)
                || FINDING.contains(s.lemma(i)) && researchSubject(s, i, true) || SHOWING.contains(s.lemma(i)) && researchSubject(s, i, false));
    }

    /**
     * Verbs by which researchers state what they demonstrated ("a group of scientists showed that ..."); see
     * {@link #FINDING}. Not for works ("the survey also shows that ...", "research shows"): evidence, not a source.
     */
    static final Set<String> SHOWING = Set.of("show", "prove", "demonstrate");

    /** Those who publish findings: "the research firm found that ...", "a team led by X showed that ...". */
    private static final Set<String> RESEARCHERS = Set.of("researcher", "researchers", "scientist", "scientists", "group",
            "team", "firm", "institute", "laboratory", "lab", "authors", "author", "investigators", "economists",
            "analysts", "panel", "commission", "committee", "agency", "regulator", "watchdog", "court");

    /**
     * The subject of verb {@code i} publishes findings (the spec's R1): a research group, firm or body, a named
     * organization when {@code organizations} ("Forbes Advisor found that ..."), or a named person who showed it
     * "in a paper" or study. A person or a thing that "found" or "showed" something otherwise made a discovery or
     * is evidence, not a source.
     */
    private static boolean researchSubject(Sentence s, int i, boolean organizations) {
        int subj = s.child(i, "nsubj");
        if (subj <= 0 || s.relation(i).equals("amod")) {
            return false;
        }
        String lemma = s.lemma(subj).toLowerCase(Locale.ROOT);
        if (s.tag(subj).startsWith("NN") && RESEARCHERS.contains(lemma) || organizations && s.ner(subj).equals("ORGANIZATION")) {
            return true;
        }
        if (!s.ner(subj).equals("PERSON")) {
            return false;
        }
        for (int c : s.children(i, "obl")) {
            if (s.children(c, "case").stream().anyMatch(k -> s.word(k).equalsIgnoreCase("in"))
                    && WORKS.contains(s.lemma(c).toLowerCase(Locale.ROOT))) {
                return true; // "showed in a paper published in ... that"
            }
        }
        return false;
    }

    /** The subject of verb {@code i} is a published work ("A 2025 survey of 900 firms found ..."). */
    static boolean publishedSubject(Sentence s, int i) {
        int subj = s.child(i, "nsubj");
        return subj > 0 && s.tag(subj).startsWith("NN") && WORKS.contains(s.lemma(subj).toLowerCase(Locale.ROOT));
    }

    /** True for the verbs that attribute direct quotes. */
    static boolean attributesQuotes(Sentence s, int i) {
        String l = s.lemma(i);
        // "telling others" as an adjective ("known for telling others ...") is no attribution
        return isCue(s, i) && (!s.relation(i).equals("amod") || inverted(s, i))
                && !Set.of("believe", "think", "hope", "expect", "continue", "agree", "reveal", "suspect", "fear").contains(l)
                && !CLAUSE_CUES_ONLY.contains(l) && !CLAUSE_SAYING.contains(l);
    }

    /**
     * The speaker named by token {@code i} (a subject), with the words of its mention: a named entity or a
     * resolved pronoun; a role ("the ambassador") linked to the person holding it in the article; "X's
     * office" with X's canonical name; otherwise the noun phrase as written. {@code null} when nothing can be
     * said ("it" with no antecedent, "we").
     */
    static Speaker speaker(Sentence s, Entities entities, int i) {
        return speaker(s, entities, i, 0);
    }

    private static Speaker speaker(Sentence s, Entities entities, int i, int depth) {
        String word = s.word(i).toLowerCase(Locale.ROOT);
        Entities.Ref ref = entities.refAt(s.begin(i));
        int[] np = s.nounPhrase(i);
        if (ref == null && NON_PERSONAL.contains(word) && depth < 3) {
            Sentence.Token ante = antecedent(s, entities, i);
            if (ante == null) {
                return null;
            }
            Speaker sp = speaker(ante.sentence(), entities, ante.index(), depth + 1);
            if (sp == null) {
                return null;
            }
            Span w = s.span(i, i);
            return new Speaker(sp.name(), sp.kind(), new Mention(w.text(), w.start(), w.end(), Mention.Kind.PRONOUN));
        }
        String age = age(s, i);
        if (ref == null && age != null && definite(s, np)) {
            // "The 56-year-old said": the person the article is about, named shortly before
            String holder = entities.recentPerson(s.index, s.begin(np[0]), age);
            if (holder != null) {
                Span sp = s.span(np[0], np[1]);
                return new Speaker(holder, Speaker.Kind.PERSON, new Mention(sp.text(), sp.start(), sp.end(), Mention.Kind.NAME));
            }
        }
        if (ref == null && s.tag(i).matches("NNPS?") && personNoun(s.word(i).toLowerCase(Locale.ROOT))) {
            // "says Co-Founder, Marisol Vantrees": a title written with capitals, the person's name in apposition
            for (int a : s.children(i, "appos")) {
                Entities.Ref named = entities.refAt(s.begin(a));
                if (named != null && named.kind() == Speaker.Kind.PERSON) {
                    return speaker(s, entities, a, depth);
                }
            }
        }
        if (ref == null && s.tag(i).equals("NNS") && i > 1 && s.word(i).matches("[a-z]+s") && SAY.contains(s.lemma(i))
                && s.child(i, "det") < 1 && s.children(i, "compound").contains(i - 1) && entities.refAt(s.begin(i - 1)) != null
                && entities.refAt(s.begin(i - 1)).kind() == Speaker.Kind.PERSON) {
            // "“...,” Pellwood shares, noting that ...": the tagger read the verb as a plural noun the name modifies
            return speaker(s, entities, i - 1, depth);
        }
        if (ref == null && s.tag(i).equals("NNS") && s.word(np[0]).equalsIgnoreCase("both")
                && (personNoun(s.lemma(i)) || RoleNouns.isRoleNoun(s.lemma(i)))) {
            // "King and Weeks were abducted ... Both men claimed that ...": the two people just named together
            String pair = entities.coordinatedPair(s.index, s.begin(np[0]));
            if (pair != null) {
                Span sp = s.span(np[0], np[1]);
                return new Speaker(pair, Speaker.Kind.GROUP, new Mention(sp.text(), sp.start(), sp.end(), Mention.Kind.NAME));
            }
        }
        if (ref == null && s.tag(i).matches("NNS?")) {
            int misread = apposedNameBefore(s, entities, i);
            if (misread > 0) {
                // "X, an analyst at the policy think tank told ...": the apposition's last words read as a verb and
                // its subject; the speaker is the name the apposition belongs to
                return speaker(s, entities, misread, depth);
            }
            // "Carlineo's attorney, Sonya Zoghlin": the name in apposition
            for (int a : s.children(i, "appos")) {
                if (entities.refAt(s.begin(a)) != null) {
                    return speaker(s, entities, a, depth);
                }
            }
            if (s.tag(i).equals("NN") && (personNoun(s.lemma(i)) || RoleNouns.isRoleNoun(s.lemma(i)))) {
                int titled = nameAfterTitle(s, entities, i);
                if (titled > 0) {
                    return speaker(s, entities, titled, depth);
                }
            }
            // "China's ambassador to Britain Liu Xiaming": a name closing the phrase of its role
            int name = nameClosing(s, entities, i);
            if (name > 0) {
                return speaker(s, entities, name, depth);
            }
            // "Public Ombudsman Nadia Cruz's office", "His office"
            int owner = s.child(i, "nmod:poss");
            if (owner > 0 && depth < 3) {
                Speaker o = speaker(s, entities, owner, depth + 1);
                if (o != null && o.kind() == Speaker.Kind.PERSON && s.lemma(i).toLowerCase(Locale.ROOT).matches(REPRESENTS)) {
                    // "Swift's rep told Fox News": a person's spokesperson speaks for that person (spec section 6)
                    Span sp = s.span(np[0], np[1]);
                    return new Speaker(o.name(), Speaker.Kind.PERSON, new Mention(sp.text(), sp.start(), sp.end(), Mention.Kind.NAME));
                }
                if (o != null && o.kind() != Speaker.Kind.UNNAMED) {
                    Span sp = s.span(np[0], np[1]);
                    // the possessor as its canonical name, then the rest as written: "Nadia Cruz's office"
                    String rest = s.text(Math.min(owner + 1, i), i).replaceFirst("^(\u2019s|'s|\u2019|')\\s*", "");
                    // "Russia's foreign ministry" is an organization, "NASA's scientists" a group; a person's
                    // office stays an unnamed source
                    if (o.kind() == Speaker.Kind.ORGANIZATION && !s.tag(i).equals("NNS")
                            && (ISSUED.contains(s.lemma(i).toLowerCase(Locale.ROOT)) || MEDIA.contains(s.lemma(i).toLowerCase(Locale.ROOT))
                                    || s.lemma(i).toLowerCase(Locale.ROOT).matches(REPRESENTS))) {
                        // "The Wrap's report today claims", "the agency's spokesman said": the organization speaks
                        return new Speaker(o.name(), o.kind(), new Mention(sp.text(), sp.start(), sp.end(), Mention.Kind.NAME));
                    }
                    Speaker.Kind kind = s.tag(i).equals("NNS") ? Speaker.Kind.GROUP
                            : o.kind() != Speaker.Kind.PERSON && ORGANIZATION_NOUNS.contains(s.lemma(i).toLowerCase(Locale.ROOT))
                                    ? Speaker.Kind.ORGANIZATION : Speaker.Kind.UNNAMED;
                    if (kind == Speaker.Kind.GROUP && o.kind() == Speaker.Kind.PERSON && !s.tag(owner).startsWith("PRP")) {
                        // "President Trump's advisers": a group is named by the article's own phrase (the spec's
                        // section 6), the person's title included
                        return new Speaker(sp.text(), kind, new Mention(sp.text(), sp.start(), sp.end(), Mention.Kind.NAME));
                    }
                    // the owner without its alias: "European Union's top court", not "European Union (EU)'s"
                    String whose = o.name().replaceFirst("\\s*\\([^()]*\\)$", "");
                    return new Speaker(whose + "'s " + rest, kind,
                            new Mention(sp.text(), sp.start(), sp.end(), Mention.Kind.NAME));
                }
            }
            // "the ambassador", "the governor": the person of the article who holds that role
            if (s.tag(i).equals("NN") && definite(s, np)) {
                List<String> modifiers = new java.util.ArrayList<>();
                for (int k = np[0]; k < np[1]; k++) {
                    if (!s.tag(k).matches("DT|POS|PRP\\$")) {
                        modifiers.add(s.word(k));
                    }
                }
                String holder = entities.holderOf(s.lemma(i), modifiers, s.begin(i));
                if (holder == null && (PERSON_NOUN.matcher(s.lemma(i)).matches() && !ORGANIZATION_NOUNS.contains(s.lemma(i))
                        && !VOICE.contains(s.lemma(i)) || Entities.describesPerson(s.lemma(i)))
                        && !s.lemma(i).matches("insider|informant|whistleblower|eyewitness|witness|observer|bystander|commenter")) {
                    // (an insider or a witness is an unnamed source, whoever was named before)
                    // "The real estate agent said", the agent named in the sentence before: that person
                    holder = entities.recentPerson(s.index, s.begin(np[0]), s.lemma(i));
                }
                if (holder != null) {
                    Span sp = s.span(np[0], np[1]);
                    return new Speaker(holder, Speaker.Kind.PERSON, new Mention(sp.text(), sp.start(), sp.end(), Mention.Kind.NAME));
                }
            }
            if (s.tag(i).equals("NN") && INTRODUCING.contains(s.word(np[0]).toLowerCase(Locale.ROOT))
                    && (personNoun(s.lemma(i)) || RoleNouns.isRoleNoun(s.lemma(i)) || Entities.describesPerson(s.lemma(i)))
                    && !UNNAMED_SOURCE.contains(s.lemma(i))) {
                // "An Italian astronaut who survived ... said Thursday ...", then "Luca Parmitano of the European Space
                // Agency said ...": a lede describes its source and names them in the next sentence
                String named = entities.personNamedNext(s.index, s.begin(i), s.lemma(i));
                if (named != null) {
                    Span sp = s.span(np[0], np[1]);
                    return new Speaker(named, Speaker.Kind.PERSON, new Mention(sp.text(), sp.start(), sp.end(), Mention.Kind.NAME));
                }
            }
            return nominal(s, entities, np, i);
        }
        if (ref == null && s.tag(i).startsWith("NNP") && !s.tag(np[0]).startsWith("NNP") && s.tag(np[0]).matches("DT|JJ|VBG")) {
            // "acting U.S. Attorney", "the Attorney General": the person of the article who holds the title
            List<String> modifiers = new java.util.ArrayList<>();
            for (int k = np[0]; k < np[1]; k++) {
                if (!s.tag(k).matches("DT|POS|PRP\\$")) {
                    modifiers.add(s.word(k));
                }
            }
            String holder = entities.holderOf(s.word(i).toLowerCase(Locale.ROOT), modifiers, s.begin(i));
            if (holder != null) {
                Span sp = s.span(np[0], np[1]);
                return new Speaker(holder, Speaker.Kind.PERSON, new Mention(sp.text(), sp.start(), sp.end(), Mention.Kind.NAME));
            }
        }
        if (ref == null && s.tag(i).startsWith("NNP") && !s.tag(np[0]).startsWith("NNP")) {
            // "the U.S. Attorney's Office": a name the tagger did not take, as written
            Span sp = s.span(np[0], np[1]);
            return new Speaker(sp.text().replaceFirst("^(?i)the\\s+", ""), Speaker.Kind.ORGANIZATION,
                    new Mention(sp.text(), sp.start(), sp.end(), Mention.Kind.NAME));
        }
        if (ref == null && !(s.tag(i).equals("NNS") && s.word(i).equals(s.word(i).toLowerCase(Locale.ROOT)))) {
            // (a plural common noun keeps its phrase: "Defense attorneys said" is a group, not an organization)
            for (int j = np[0]; j <= np[1] && ref == null; j++) {
                ref = entities.refAt(s.begin(j));
                if (ref != null) {
                    i = j;
                }
            }
        }
        if (ref != null && ref.kind() == Speaker.Kind.PERSON && !s.tag(i).startsWith("PRP")) {
            // "Paganini and his team said": a person with others who are not named speaks as a group
            for (int c : s.children(lastOfName(s, entities, i), "conj")) {
                if (s.tag(c).matches("NNS?") && entities.refAt(s.begin(c)) == null && c - lastOfName(s, entities, i) <= 4) {
                    Span whole = groupPhrase(s, s.nounPhrase(i)[0], lastOfName(s, entities, i));
                    return new Speaker(whole.text(), Speaker.Kind.GROUP,
                            new Mention(whole.text(), whole.start(), whole.end(), Mention.Kind.NAME));
                }
            }
        }
        if (ref != null) {
            int from = i;
            int to = i;
            while (from > 1 && ref.equals(entities.refAt(s.begin(from - 1)))) {
                from--;
            }
            while (to < s.size() && ref.equals(entities.refAt(s.begin(to + 1)))) {
                to++;
            }
            Span sp = s.span(from, to);
            Mention m = new Mention(sp.text(), sp.start(), sp.end(),
                    s.tag(i).startsWith("PRP") ? Mention.Kind.PRONOUN : Mention.Kind.NAME);
            String government = ref.name().equals(Countries.capitalOf(sp.text())) ? Countries.government(ref.name()) : null;
            if (government != null) {
                // "Moscow denied ...": a capital speaking is its government (the spec's section 6)
                return new Speaker(government, Speaker.Kind.ORGANIZATION, new Mention(sp.text(), sp.start(), sp.end(), Mention.Kind.CAPITAL));
            }
            return new Speaker(ref.name(), ref.kind(), m);
        }
        if (s.tag(i).startsWith("W") || s.tag(i).startsWith("PRP") && Set.of("it", "i", "we", "you").contains(word)) {
            return null; // "we", "I", "you": the speaker is not in the words
        }
        return nominal(s, entities, np, i);
    }

    /**
     * The named person whose apposition the parser broke into a verb and subject {@code i}: {@code i} is a bare
     * common noun (no determiner) right after a verb that governs {@code i}'s cue, and that verb's subject is a
     * person's name with an apposition ("Odile Marsh, a research analyst at the Kestrel Policy think tank told the
     * Gazette", "think" read as the verb). The name's token, or 0.
     */
    private static int apposedNameBefore(Sentence s, Entities entities, int i) {
        int[] np = s.nounPhrase(i);
        int verb = np[0] - 1;
        int cue = s.head(i);
        if (verb < 1 || cue < 1 || s.head(cue) != verb || !s.tag(verb).startsWith("VB") || s.child(i, "det") > 0
                || s.child(i, "nmod:poss") > 0) {
            return 0;
        }
        int subject = s.child(verb, "nsubj");
        if (subject < 1 || subject > verb || s.children(subject, "appos").isEmpty()) {
            return 0;
        }
        Entities.Ref named = entities.refAt(s.begin(subject));
        return named != null && named.kind() == Speaker.Kind.PERSON ? subject : 0;
    }

    /** "56-year-old" when token {@code i} ends an age written as one word or split by the tokenizer, else null. */
    private static String age(Sentence s, int i) {
        if (s.word(i).matches("[0-9]+-year-old")) {
            return s.word(i);
        }
        if (s.word(i).equals("old") && i >= 4 && s.word(i - 1).equals("-") && s.word(i - 2).equals("year")
                && s.word(i - 3).equals("-") && s.word(i - 4).matches("[0-9]+")) {
            return s.word(i - 4) + "-year-old";
        }
        return null;
    }

    /** The last word of the name that token {@code i} belongs to (the head of "Lucas Paganini"). */
    private static int lastOfName(Sentence s, Entities entities, int i) {
        Entities.Ref ref = entities.refAt(s.begin(i));
        int to = i;
        while (to < s.size() && ref != null && ref.equals(entities.refAt(s.begin(to + 1)))) {
            to++;
        }
        return to;
    }

    /** Nouns for one who speaks on another's behalf: "Swift's rep", "a spokesman for X". */
    private static final String REPRESENTS = "spokes(man|woman|person)|representative|rep|publicist";

    /** Nouns whose phrase names who speaks for an organization: "a spokeswoman for X", "X's statement". */
    private static final Set<String> VOICE = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople",
            "representative", "rep", "statement", "report", "website", "email", "e-mail", "notice", "filing", "complaint",
            "release", "letter", "memo", "document", "survey", "study", "post", "tweet", "announcement", "official",
            "officials", "source", "sources", "lawyer", "lawyers", "attorney", "attorneys", "executive", "executives",
            "leader", "leaders", "analyst", "analysts", "research", "data", "figures", "account", "blog", "presentation",
            "management");

    /** Plural nouns, by lemma, for people of a body who speak together: "officials", "executives", "authorities". */
    private static final Set<String> GROUP_VOICES = Set.of("official", "executive", "leader", "source", "analyst",
            "authority");

    /**
     * True when token {@code head} is a plural noun for several people of a body who speak together ("officials",
     * "executives", "authorities"): a group named by its whole phrase, not the body a name beside it stands for.
     */
    static boolean peopleOfABody(Sentence s, int head) {
        return s.tag(head).equals("NNS") && GROUP_VOICES.contains(s.lemma(head).toLowerCase(Locale.ROOT));
    }

    /** Nouns for a person by what they do or are: "the agent", "the driver", "the woman", "the 34-year-old". */
    private static final java.util.regex.Pattern PERSON_NOUN = java.util.regex.Pattern.compile(
            "[a-z-]+(er|or|ist|ant|ent|ian|man|woman|ee)|woman|man|mother|father|wife|husband|son|daughter|girl|boy"
                    + "|victim|suspect|resident|neighbor|neighbour|friend|nurse|doctor|chief|coach|[0-9]+-year-old");

    /** True for a noun for a person by what they do or are ("minister", "the driver"), by lemma. */
    static boolean personNoun(String lemma) {
        return PERSON_NOUN.matcher(lemma).matches() && !ORGANIZATION_NOUNS.contains(lemma);
    }

    /** Bodies named after the person who leads them: "the Harlan administration", "the Ostrow campaign". */
    private static final Set<String> LED_BY_PERSON = Set.of("administration", "government", "regime", "campaign",
            "presidency");

    /** Nouns that stand for an organization named earlier: "the company said", "the union added". */
    private static final Set<String> ORGANIZATION_NOUNS = Set.of("company", "firm", "agency", "department", "ministry",
            "commission", "court", "union", "board", "council", "brokerage", "bank", "club", "team", "party",
            "government", "administration", "network", "newspaper", "paper", "organization", "organisation",
            "authority", "university", "district", "committee", "coalition", "group", "association", "institute",
            "federation", "charity", "retailer", "chain", "carrier", "airline", "insurer", "manufacturer", "developer",
            "startup", "lab", "laboratory", "hospital", "school", "regulator", "watchdog", "outlet", "station",
            "bureau", "foundation", "trust", "league", "office", "service", "corporation", "automaker", "maker",
            "giant", "operator", "provider", "broadcaster", "publisher", "label", "studio", "nonprofit", "center",
            "centre", "fund", "exchange", "tribunal", "panel", "police", "army", "military", "navy", "force",
            "coastguard", "parliament", "senate", "legislature", "cabinet", "embassy", "consulate", "secretariat",
            "directorate", "inspectorate", "municipality");

    /**
     * A speaker named by a description, resolved where the article allows: a name inside the phrase ("a
     * spokeswoman for Saltmarsh University", "a WeWork spokesperson") or an organization noun standing for the
     * organization named before ("the union", "the department's website"); otherwise a group (a plural) or one
     * unnamed source, with the article's words.
     */
    static Speaker nominal(Sentence s, Entities entities, int[] np, int head) {
        Span sp = s.span(np[0], np[1]);
        Mention m = new Mention(sp.text(), sp.start(), sp.end(), Mention.Kind.NAME);
        String lemma = s.lemma(head).toLowerCase(Locale.ROOT);
        boolean voice = VOICE.contains(lemma) || VOICE.contains(s.word(head).toLowerCase(Locale.ROOT));
        if (WORKS.contains(lemma)) {
            // "a survey by the Harbour Traders Association", "an analysis from Kestrel Economics", "the Fed's
            // outlook": a published work speaks for its named author; "an audit of the port" names its topic
            for (int k : s.children(head, null)) {
                String rel = s.relation(k);
                boolean author = rel.equals("nmod:poss") || rel.equals("compound")
                        || rel.startsWith("nmod") && s.children(k, "case").stream().anyMatch(c -> s.word(c).matches("(?i)by|from"));
                Entities.Ref r = author ? entities.refAt(s.begin(k)) : null;
                if (r != null && !entities.place(r) && (r.kind() == Speaker.Kind.ORGANIZATION || r.kind() == Speaker.Kind.PERSON)) {
                    return new Speaker(r.name(), r.kind(), m);
                }
            }
            Entities.Ref agent = publishedBy(s, entities, head);
            if (agent != null) {
                return new Speaker(agent.name(), agent.kind(), m); // "a study released last month by X reported"
            }
            for (int k : s.children(head, "compound")) {
                // "a Brookings analysis", the Brookings Institution named elsewhere in the article
                Entities.Ref r = entities.refAt(s.begin(k)) == null && s.tag(k).equals("NNP") && k > 1
                        ? entities.organizationOpenedBy(s.word(k)) : null;
                if (r != null) {
                    return new Speaker(r.name(), r.kind(), m);
                }
            }
        }
        if (LED_BY_PERSON.contains(lemma) && !s.tag(head).endsWith("S")) {
            // "the Harlan administration said", "the Ostrow campaign": the body a person leads speaks, not the person
            for (int k : s.children(head, "compound")) {
                Entities.Ref r = entities.refAt(s.begin(k));
                if (r != null && r.kind() == Speaker.Kind.PERSON) {
                    return new Speaker(sp.text().replaceFirst("^(?i)(the|a|an)\\s+", ""), Speaker.Kind.ORGANIZATION, m);
                }
            }
        }
        // "U.S. officials", "Verizon executives", "health authorities in Inner Mongolia": several people of a
        // named body speak as a group named by the whole phrase (the spec's section 6), not as the body itself
        boolean peopleOfBody = peopleOfABody(s, head);
        if ((voice || ORGANIZATION_NOUNS.contains(lemma)) && !peopleOfBody) {
            // a name among the words that modify the noun or a phrase attached to it ("for X", "from X", "X's")
            for (int k : modifiers(s, head)) {
                Entities.Ref r = entities.refAt(s.begin(k));
                if (entities.place(r) && !voice) {
                    continue; // "authorities in Beijing", "the Inner Mongolia health commission": not the place
                }
                if (r != null && (r.kind() == Speaker.Kind.ORGANIZATION
                        || r.kind() == Speaker.Kind.PERSON && !lemma.matches("lawyers?|attorneys?"))) {
                    return new Speaker(r.name(), r.kind(), m);
                }
            }
        }
        if ((voice || ORGANIZATION_NOUNS.contains(lemma)) && !peopleOfBody) {
            // a capitalized name the tagger missed: "data from MarketAxess", "the TexAuto Facts report from InfoNation"
            for (int k : modifiers(s, head)) {
                if (k == 1) {
                    continue; // "Aviation analysts called it ...": a capital opening the sentence is no evidence of a name
                }
                if (s.tag(k).startsWith("NNP") && Character.isUpperCase(s.word(k).charAt(0)) && !s.ner(k).matches("LOCATION|DATE|NATIONALITY|MISC")) {
                    int[] name = s.nounPhrase(k);
                    int a = name[0];
                    while (a < k && !s.tag(a).startsWith("NNP")) {
                        a++;
                    }
                    if (ORGANIZATION_NOUNS.contains(lemma) && !voice) {
                        break; // "Russia's foreign ministry" is named below, as written
                    }
                    return new Speaker(s.text(a, k), Speaker.Kind.ORGANIZATION, m);
                }
            }
            if (ORGANIZATION_NOUNS.contains(lemma) && !voice && !s.tag(head).endsWith("S")
                    && !(COMPANY_NOUNS.contains(lemma) && entities.recentOrganization(s.begin(np[0]), "") != null)) {
                // "Russia's foreign ministry", "the French foreign ministry", "the European Union's top court": the
                // organization as written, when a name or a nationality says whose it is
                for (int k : modifiers(s, head)) {
                    if (Character.isUpperCase(s.word(k).charAt(0)) && s.tag(k).matches("NNPS?|JJ")) {
                        String words = s.text(np[0], np[1]).replaceFirst("^(?i)the\\s+", "");
                        return new Speaker(words, Speaker.Kind.ORGANIZATION, m);
                    }
                }
            }
        }
        if (OFFICE.matcher(lemma).matches() && !s.tag(head).endsWith("S")) {
            // "The chairman of the Conservative Party described ...": an office holder the article does not name
            // speaks for the organization (spec section 6)
            for (int c : s.children(head, "nmod")) {
                Entities.Ref r = entities.refAt(s.begin(c));
                if (r != null && r.kind() == Speaker.Kind.ORGANIZATION && !entities.place(r)
                        && s.children(c, "case").stream().anyMatch(x -> s.word(x).matches("(?i)of|for|at"))) {
                    return new Speaker(r.name(), r.kind(), m);
                }
            }
        }
        boolean camel = np[0] == head && s.ner(head).equals("O") && CAMEL_CASE.matcher(s.word(head)).matches();
        if ((s.tag(head).startsWith("NNP") || properNoun(s, head) && np[0] == head && s.ner(head).equals("O") || camel)
                && (Character.isUpperCase(s.word(head).charAt(0)) || camel) && !s.tag(head).equals("NNPS")
                && !s.ner(head).matches("LOCATION|DATE|NATIONALITY|MISC|NUMBER")) {
            // "Twitter pledged": a name the tagger did not know ("High Commissioner for Human Rights" whole)
            return new Speaker(s.text(np[0], Entities.withRemit(s, np[1])).replaceFirst("^(?i)(the|both|either)\\s+", ""),
                    Speaker.Kind.ORGANIZATION, m);
        }
        String orgNoun = ORGANIZATION_NOUNS.contains(lemma) ? lemma : null;
        if (orgNoun == null && voice) {
            for (int k : modifiers(s, head)) {
                if (ORGANIZATION_NOUNS.contains(s.lemma(k).toLowerCase(Locale.ROOT)) && k != head) {
                    orgNoun = s.lemma(k).toLowerCase(Locale.ROOT);
                }
            }
        }
        String first = s.word(np[0]).toLowerCase(Locale.ROOT);
        boolean definite = first.matches("the|this|its|their|that") || s.child(head, "nmod:poss") > 0;
        if (definite && (s.tag(head).equals("NNS") && lemma.matches("author|co-author|coauthor|researcher")
                || s.tag(head).equals("NN") && lemma.matches("research|study|paper"))) {
            // "say the authors", "the research says": the people the article named as the work's authors
            // ("It is co-authored by A, B and C"), jointly (the spec's section 6)
            List<String> authors = authors(entities, s.begin(np[0]));
            if (!authors.isEmpty()) {
                return new Speaker(String.join("; ", authors), authors.size() == 1 ? Speaker.Kind.PERSON : Speaker.Kind.GROUP, m);
            }
        }
        boolean plural = s.tag(head).endsWith("S") && !lemma.equals("police")
                || s.tag(head).matches("DT|JJ") && QUANTIFIERS.contains(lemma); // "Some said", "All of them"

        if ((ISSUED.contains(lemma) || WORKS.contains(lemma)) && definite && !plural && s.child(head, "nmod:poss") == 0) {
            // "the statement continued", "The statement, which was obtained by Variety, claimed": the source of
            // the statement the article spoke of before ("Big Machine Records issued a statement"); likewise a work
            // its author put out ("the research says" after "New research from the Harbour Traders Association")
            Speaker source = introducedBy(s, entities, np, lemma);
            if (source != null) {
                return new Speaker(source.name(), source.kind(), m);
            }
        }
        if (orgNoun != null && (definite || lemma.matches("spokes.*|representative|statement")) && !plural) {
            List<String> words = new java.util.ArrayList<>();
            for (int k = np[0]; k < head; k++) {
                if (s.tag(k).startsWith("NN")) {
                    words.add(s.word(k));
                }
            }
            Entities.Ref r = entities.recentOrganization(s.begin(np[0]), orgNoun, words);
            Span described = bare(s, np, head) && orgNoun.equals(lemma) && !COMPANY_NOUNS.contains(lemma)
                    && (r == null || !r.name().toLowerCase(Locale.ROOT).contains(lemma))
                    ? describedBefore(entities, lemma, s.begin(np[0])) : null;
            if (described != null) {
                // "the commission said" after "citing the regional health commission": the body the article
                // described, rather than whatever organization was named last
                return new Speaker(described.text(), Speaker.Kind.ORGANIZATION, m);
            }
            if (r != null) {
                return new Speaker(r.name(), r.kind(), m);
            }
        }
        if (lemma.matches("spokes.*|representative") && !plural) {
            Entities.Ref r = entities.recentOrganization(s.begin(np[0]), "");
            if (r != null) {
                return new Speaker(r.name(), r.kind(), m);
            }
        }
        if (ORGANIZATION_NOUNS.contains(lemma) && definite && !plural && !lemma.equals("police")) {
            // "the town council said", no council named: an organization all the same, in the article's words
            Span described = bare(s, np, head) && !COMPANY_NOUNS.contains(lemma) ? describedBefore(entities, lemma, s.begin(np[0])) : null;
            if (described != null) {
                return new Speaker(described.text(), Speaker.Kind.ORGANIZATION, m); // "the government" after "The Norwegian government"
            }
            return new Speaker(s.text(np[0], np[1]).replaceFirst("^(?i)(the|this|its|their)\\s+", ""),
                    Speaker.Kind.ORGANIZATION, m);
        }
        if ((ISSUED.contains(lemma) || MEDIA.contains(lemma)) && !plural && s.relation(head).equals("obj")
                && s.lemma(s.head(head)).toLowerCase(Locale.ROOT).matches("publish|issue|release|post|put|send|share")) {
            // "The company published a blog post that said ...": what the publisher put out speaks for the publisher
            int publisher = s.child(s.head(head), "nsubj");
            Speaker o = publisher > 0 && publisher != head ? speaker(s, entities, publisher, 2) : null;
            if (o != null && (o.kind() == Speaker.Kind.ORGANIZATION || o.kind() == Speaker.Kind.PERSON)) {
                return new Speaker(o.name(), o.kind(), m);
            }
        }
        if (ISSUED.contains(lemma) && !plural && (definite || first.matches("a|an"))) {
            // "“...,” the report read.", "a statement read" after a paragraph on the club: what an organization
            // named in this sentence or the two before put out
            int since = entities.sentences().get(Math.max(0, s.index - 2)).begin();
            Entities.Ref r = entities.organizationSince(since, s.begin(np[0]));
            if (r != null) {
                return new Speaker(r.name(), r.kind(), m);
            }
        }
        int count = s.child(head, "nummod");
        if ((lemma.equals("percent") || lemma.equals("%")) && count > 0 && count < head) {
            // "70 percent of voters say", "34% said": a share of people is a group, named from its number on (the
            // spec's section 6), the writer's "an overwhelming" before the number left out
            Span whole = groupPhrase(s, s.subtree(count)[0], head);
            return new Speaker(whole.text(), Speaker.Kind.GROUP, new Mention(whole.text(), whole.start(), whole.end(),
                    Mention.Kind.NAME));
        }
        if (lemma.equals("police") && s.word(head).equalsIgnoreCase("police")) {
            // "police said", no force named: the officers speak together, a group in the article's words (the
            // spec's section 6), not one anonymous source
            Span whole = groupPhrase(s, np[0], head);
            return new Speaker(whole.text(), Speaker.Kind.GROUP, new Mention(whole.text(), whole.start(), whole.end(),
                    Mention.Kind.NAME));
        }
        if (plural && DOCUMENTS.contains(lemma)) {
            // "according to court records", "reports say": documents with no named author are an unnamed source (the
            // spec's R1), not a group of people
            return new Speaker(sp.text(), Speaker.Kind.UNNAMED, m);
        }
        if (plural) {
            // a group is named by its whole phrase: "The authors of the research", "Customers who spoke to us"
            Span whole = groupPhrase(s, np[0], head);
            Span earlier = np[1] == head && np[0] == head - 1 && first.matches("the|these|those") && s.tag(head).equals("NNS")
                    ? namedBefore(entities, lemma, s.begin(np[0])) : null;
            if (earlier != null) {
                // "the authors wrote" after "The authors of the research published in ...": the group named before
                return new Speaker(earlier.text(), Speaker.Kind.GROUP, m);
            }
            return new Speaker(whole.text(), Speaker.Kind.GROUP, new Mention(whole.text(), whole.start(), whole.end(),
                    Mention.Kind.NAME));
        }
        if (lemma.matches("group|team|panel|coalition") && first.matches("a|an")) {
            // "a group of Swiss scientists showed that ...": people, named by the whole phrase (the spec's section 6)
            for (int c : s.children(head, "nmod")) {
                if (c > head && s.tag(c).equals("NNS") && s.children(c, "case").stream().anyMatch(k -> s.word(k).equalsIgnoreCase("of"))) {
                    Span whole = s.span(np[0], s.subtree(c)[1]);
                    return new Speaker(whole.text(), Speaker.Kind.GROUP, new Mention(whole.text(), whole.start(), whole.end(),
                            Mention.Kind.NAME));
                }
            }
        }
        return new Speaker(sp.text(), Speaker.Kind.UNNAMED, m);
    }

    /**
     * The people named before {@code before} as a work's authors: the names in the "by" phrase of "co-authored by",
     * "authored by" or "written by" ("It is co-authored by Luna Luan, a lecturer ..., Yeun Joon Kim ... and Jing
     * Zhou"), in the article's order.
     */
    private static List<String> authors(Entities entities, int before) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (Sentence t : entities.sentences()) {
            if (t.begin() >= before) {
                break;
            }
            for (int k = 1; k <= t.size(); k++) {
                if (!t.tag(k).equals("VBN") || !t.lemma(k).toLowerCase(Locale.ROOT).matches("co-author|coauthor|author|write")
                        && !t.word(k).toLowerCase(Locale.ROOT).matches("co-authored|coauthored|authored")) {
                    continue;
                }
                for (int c : t.children(k, null)) {
                    if (!t.relation(c).startsWith("obl") && !t.relation(c).startsWith("nmod")
                            || t.children(c, "case").stream().noneMatch(x -> t.word(x).equalsIgnoreCase("by"))) {
                        continue;
                    }
                    int[] sub = t.subtree(c);
                    for (int j = sub[0]; j <= sub[1]; j++) {
                        Entities.Ref r = entities.refAt(t.begin(j));
                        if (r != null && r.kind() == Speaker.Kind.PERSON) {
                            out.add(r.name());
                        }
                    }
                }
            }
        }
        return new java.util.ArrayList<>(out);
    }

    /**
     * Who put out the statement (or report, letter, study, research ...) that a definite "the statement" before
     * {@code np} takes up: the latest earlier mention of the same noun outside quotation marks, in the twelve
     * sentences before, read as its clause's source ("X issued a statement", "X said in a statement", "X's
     * statement", "research from X"; a mention that is itself a speaker's phrase, "the statement read", is followed
     * back); {@code null} when none names one.
     */
    private static Speaker introducedBy(Sentence s, Entities entities, int[] np, String lemma) {
        List<Sentence> all = entities.sentences();
        for (int back = 0, hops = 0; back <= 12 && s.index - back >= 0 && hops < 6; back++) {
            Sentence t = all.get(s.index - back);
            for (int k = back == 0 ? np[0] - 1 : t.size(); k >= 1; k--) {
                if (!t.lemma(k).equalsIgnoreCase(lemma) || !t.tag(k).startsWith("NN") || entities.quoted(t.begin(k))) {
                    continue;
                }
                int owner = t.child(k, "nmod:poss");
                if (owner > 0) {
                    Speaker o = speaker(t, entities, owner);
                    return o != null && o.kind() != Speaker.Kind.UNNAMED ? o : null;
                }
                for (int c : t.children(k, "nmod")) {
                    Entities.Ref r = entities.refAt(t.begin(c));
                    if (r != null && !entities.place(r) && t.children(c, "case").stream().anyMatch(x -> t.word(x).matches("(?i)from|by|of"))) {
                        return new Speaker(r.name(), r.kind(), null);
                    }
                }
                Entities.Ref agent = publishedBy(t, entities, k);
                if (agent != null) {
                    return new Speaker(agent.name(), agent.kind(), null); // "a new report released on Monday by X"
                }
                // the verb the noun hangs on ("issued a statement", "said in a statement", "a statement shared to
                // its website" under "denied"), and that verb's subject
                int v = t.head(k);
                for (int up = 0; up < 3 && v > 0 && !t.tag(v).startsWith("VB"); up++) {
                    v = t.head(v);
                }
                if (v <= 0) {
                    continue;
                }
                int subj = t.child(v, "nsubj");
                if (subj == k) {
                    hops++;
                    continue; // "The statement ... claimed": itself a speaker's phrase; look further back
                }
                if (subj > 0) {
                    Speaker o = speaker(t, entities, subj);
                    return o != null && (o.kind() == Speaker.Kind.ORGANIZATION || o.kind() == Speaker.Kind.PERSON) ? o : null;
                }
            }
        }
        // further back: the one author the article gave a work of this kind ("a report released by X" in the second
        // paragraph, "The report concluded" in the twentieth); none when it named works of several authors
        java.util.Set<Entities.Ref> authors = new java.util.LinkedHashSet<>();
        for (Sentence t : all.subList(0, s.index)) {
            for (int k = 1; k <= t.size(); k++) {
                if (t.lemma(k).equalsIgnoreCase(lemma) && t.tag(k).startsWith("NN") && !entities.quoted(t.begin(k))) {
                    Entities.Ref r = publishedBy(t, entities, k);
                    for (int c : t.children(k, "nmod")) {
                        Entities.Ref by = entities.refAt(t.begin(c));
                        if (r == null && by != null && !entities.place(by)
                                && t.children(c, "case").stream().anyMatch(x -> t.word(x).matches("(?i)from|by"))) {
                            r = by;
                        }
                    }
                    if (r != null) {
                        authors.add(r);
                    }
                }
            }
        }
        return authors.size() == 1 ? new Speaker(authors.iterator().next().name(), authors.iterator().next().kind(), null) : null;
    }

    /**
     * The author of the work at token {@code k} named as the agent of a participle that puts the work out: "a report
     * released on Monday by X", "a study conducted by X" (the parser may make the work the participle's subject). An
     * organization or a person, not a place; else {@code null}.
     */
    private static Entities.Ref publishedBy(Sentence t, Entities entities, int k) {
        List<Integer> verbs = new java.util.ArrayList<>(t.children(k, "acl"));
        if (t.relation(k).startsWith("nsubj") && t.head(k) > 0) {
            verbs.add(t.head(k));
        }
        for (int v : verbs) {
            if (!t.tag(v).equals("VBN") || !PUT_OUT.contains(t.lemma(v).toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int c : t.children(v, "obl")) {
                Entities.Ref r = entities.refAt(t.begin(c));
                if (r != null && !entities.place(r) && (r.kind() == Speaker.Kind.ORGANIZATION || r.kind() == Speaker.Kind.PERSON)
                        && t.children(c, "case").stream().anyMatch(x -> t.word(x).equalsIgnoreCase("by"))) {
                    return r;
                }
            }
        }
        return null;
    }

    /** Verbs for putting out a work, whose agent is its author: "released by", "conducted by". */
    private static final Set<String> PUT_OUT = Set.of("release", "publish", "issue", "conduct", "produce", "compile",
            "prepare", "write", "author", "co-author", "commission", "carry", "run", "lead");

    /**
     * Nouns for a business that an article uses to refer back to one it named ("the German automaker", "the
     * U.S. plane-maker"), unlike a public body named by its country ("the French foreign ministry").
     */
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "automaker", "carmaker", "maker",
            "manufacturer", "retailer", "chain", "carrier", "airline", "insurer", "developer", "startup", "giant",
            "operator", "provider", "broadcaster", "publisher", "label", "studio", "brokerage", "bank", "lender",
            "group", "conglomerate");

    /** Offices whose unnamed holder speaks for the organization: "the chairman of X", "the head of X". */
    private static final java.util.regex.Pattern OFFICE = java.util.regex.Pattern.compile(
            "chair(man|woman|person)?|president|chief|head|director|secretary|minister|commissioner|ceo|spokes.*");

    /** What an organization issues and a quote may be read from. */
    private static final Set<String> ISSUED = Set.of("statement", "release", "announcement", "letter", "report", "memo",
            "filing", "notice");

    /** Documents, by lemma: in the plural and without an author, a source nobody is named for ("court records"). */
    private static final Set<String> DOCUMENTS = Set.of("record", "document", "account", "filing", "paper", "transcript",
            "file", "report", "study", "survey", "poll", "statement", "release", "letter", "memo", "notice", "analysis",
            "review", "audit", "estimate", "projection", "forecast", "finding");

    /** Where an organization publishes in its own name ("the department's website", "a blog post"). */
    private static final Set<String> MEDIA = Set.of("website", "site", "blog", "post", "account", "feed", "newsletter",
            "tweet", "page");

    /**
     * Verbs whose subject may be evidence rather than a source: "blood tests revealed", "the data suggest", "the
     * programme encourages them to ..." (the spec's R2: perception or evidence with no communicating source).
     */
    private static final Set<String> EVIDENCING = Set.of("suggest", "reveal", "indicate", "show", "encourage",
            "highlight", "confirm", "prove", "demonstrate", "find", "determine", "establish");

    /**
     * Common nouns of things (no person, no organization), by lower-case word: CoreNLP's list of inanimate
     * unigrams for coreference, read once when first asked.
     */
    private static final class Things {
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            Set<String> out = new java.util.HashSet<>();
            try (var in = SpeechCues.class.getClassLoader().getResourceAsStream("edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt")) {
                if (in == null) {
                    return out;
                }
                var lines = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String w = line.trim();
                    if (!w.isEmpty() && w.equals(w.toLowerCase(Locale.ROOT))) {
                        out.add(w);
                    }
                }
            } catch (java.io.IOException e) {
                return Set.of();
            }
            return out;
        }
    }

    /**
     * The subject of cue {@code verb}, which gives {@code speaker}, is a thing that shows something, not a source
     * that states it: "Blood tests revealed ...", "Those facts suggest ...", "It encourages them to ..." of a
     * programme. Only for verbs that evidence may take ({@link #EVIDENCING}), a speaker not named as a person or an
     * organization, and a noun that is no organization, document, published work, researcher or person.
     * Common nouns that are no organization or person being mostly things, this is read from a list of things.
     */
    static boolean thingAsSource(Sentence s, int verb, Speaker speaker) {
        if (!EVIDENCING.contains(s.lemma(verb)) || speaker == null || speaker.kind() == Speaker.Kind.PERSON
                || speaker.kind() == Speaker.Kind.ORGANIZATION) {
            return false;
        }
        int subj = subject(s, verb);
        if (subj <= 0) {
            return false;
        }
        String word;
        if (s.tag(subj).equals("DT") && s.word(subj).toLowerCase(Locale.ROOT).matches("this|that|these|those")) {
            return true; // "This suggests that ...": a demonstrative stands for the facts just told, the writer's inference
        }
        if (s.tag(subj).matches("NNS?") && s.ner(subj).equals("O")) {
            word = s.word(subj).toLowerCase(Locale.ROOT);
        } else if (s.word(subj).toLowerCase(Locale.ROOT).matches("it|that|which") && speaker.name() != null) {
            // a pronoun for a thing named before: the last word of that thing's phrase
            String[] words = speaker.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
            word = words.length == 0 ? "" : words[words.length - 1];
        } else {
            return false;
        }
        String lemma = s.lemma(subj).toLowerCase(Locale.ROOT);
        for (String w : List.of(word, lemma)) {
            if (ORGANIZATION_NOUNS.contains(w) || DOCUMENTS.contains(w) || WORKS.contains(w) || ISSUED.contains(w)
                    || MEDIA.contains(w) || RESEARCHERS.contains(w) || personNoun(w)
                    // what speaks for its author ("a presentation to bondholders indicated"), but data and figures
                    // are evidence
                    || VOICE.contains(w) && !w.matches("data|figures")) {
                return false;
            }
        }
        return Things.WORDS.contains(word) || Things.WORDS.contains(lemma);
    }

    /** True for what an organization issues ("statement", "report", "filing"). */
    static boolean issued(String lemma) {
        return ISSUED.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Words that stand alone for a number of people: "Some said", "Many argued", "All of them". */
    private static final Set<String> QUANTIFIERS = Set.of("some", "many", "most", "all", "both", "several", "few", "others");

    /**
     * The phrase of a group speaker headed by {@code head}, from {@code from}: with what follows the head in its
     * phrase ("of the research", "representing employers", "and groups ..."), up to a comma, a parenthesis or
     * the twelfth word.
     */
    static Span groupPhrase(Sentence s, int from, int head) {
        while (from < head && s.relation(from).equals("cc:preconj")) {
            from++; // "both independent analysts and sources in the camp": "both" is no part of the group's name
        }
        int[] sub = s.subtree(head);
        int to = head;
        for (int k = head + 1; k <= sub[1] && k - from < 12; k++) {
            if (s.tag(k).matches("[,:(]|-LRB-|``|''") || s.word(k).matches("[\u2014\u2013]") || !s.descends(k, head)
                    || isCue(s, k)
                    // "the councillors who said ...": the relative pronoun of the cue's own clause is no part of the group
                    || (s.tag(k).startsWith("W") || s.word(k).equalsIgnoreCase("that")) && s.relation(k).startsWith("nsubj")
                    && isCue(s, s.head(k))) {
                break;
            }
            to = k;
        }
        while (to > head && s.tag(to).matches("[.,:]|CC|IN|DT|TO")) {
            to--;
        }
        return s.span(from, to);
    }

    /**
     * The phrase that first named a group whose head noun has the lemma {@code lemma}, with an "of" phrase saying
     * whose or of what ("The authors of the research", "the families of the victims"), in the sentences before
     * {@code before}: the group a bare "the authors" repeats; {@code null} when none.
     */
    private static Span namedBefore(Entities entities, String lemma, int before) {
        Span found = null;
        for (Sentence t : entities.sentences()) {
            if (t.begin() >= before) {
                break;
            }
            for (int k = 1; k <= t.size(); k++) {
                if (t.tag(k).equals("NNS") && t.lemma(k).toLowerCase(Locale.ROOT).equals(lemma) && !inQuotes(t, k)) {
                    for (int c : t.children(k, "nmod")) {
                        if (c > k && t.children(c, "case").stream().anyMatch(x -> t.word(x).equalsIgnoreCase("of"))) {
                            found = groupPhrase(t, t.nounPhrase(k)[0], k);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The phrase {@code np} is its determiner and head noun only ("the commission"). */
    private static boolean bare(Sentence s, int[] np, int head) {
        return np[1] == head && (np[0] == head || np[0] == head - 1 && s.tag(np[0]).equals("DT"));
    }

    /**
     * The latest phrase before {@code before}, outside quotation marks, that describes a body by the same singular
     * head noun with words of its own ("the regional health commission", "The Norwegian government"): what a bare
     * "the commission" takes up when no organization of that name was named; its words from the first modifier to
     * the noun, or {@code null}.
     */
    private static Span describedBefore(Entities entities, String lemma, int before) {
        Span found = null;
        for (Sentence t : entities.sentences()) {
            if (t.begin() >= before) {
                break;
            }
            for (int k = 2; k <= t.size() && t.begin(k) < before; k++) {
                if (!t.tag(k).equals("NN") || !t.lemma(k).toLowerCase(Locale.ROOT).equals(lemma) || inQuotes(t, k)
                        || entities.quoted(t.begin(k))) {
                    continue;
                }
                int from = k;
                for (int c : t.children(k, null)) {
                    if (c < k && t.relation(c).matches("amod|compound") && t.subtree(c)[0] < from) {
                        from = t.subtree(c)[0];
                    }
                }
                if (from < k) {
                    found = t.span(from, k);
                }
            }
        }
        return found;
    }

    /** Token {@code k} lies between quotation marks opened earlier in its sentence. */
    private static boolean inQuotes(Sentence t, int k) {
        boolean open = false;
        for (int j = 1; j < k; j++) {
            if (t.tag(j).equals("``")) {
                open = true;
            } else if (t.tag(j).equals("''")) {
                open = false;
            }
        }
        return open;
    }

    /** Tokens that modify noun {@code head}: compounds, possessives and the nouns of its prepositional phrases. */
    private static List<Integer> modifiers(Sentence s, int head) {
        List<Integer> out = new java.util.ArrayList<>();
        for (String rel : List.of("compound", "nmod:poss", "nmod", "amod")) {
            for (int c : s.children(head, rel)) {
                out.add(c);
                for (int cc : s.children(c, "compound")) {
                    out.add(cc);
                }
                for (int cc : s.children(c, "nmod:poss")) {
                    out.add(cc);
                }
            }
        }
        return out;
    }

    /** "the X", "China's X": a noun phrase that points at one holder of a role. */
    private static boolean definite(Sentence s, int[] np) {
        String first = s.word(np[0]).toLowerCase(Locale.ROOT);
        if (INDEFINITE.contains(first) || s.tag(np[0]).equals("CD")) {
            return false;
        }
        if (first.equals("the") || first.equals("this") || s.child(np[1], "nmod:poss") > 0) {
            return true;
        }
        // the phrase as cut may not open with its article: "according to the analyst", "the “Pose” actor"
        return s.children(np[1], "det").stream().anyMatch(d -> s.word(d).toLowerCase(Locale.ROOT).matches("the|this"));
    }

    /**
     * The person role noun {@code head} names, however the parser hung the name: right after it ("Opposition leader
     * Tony Abbott - whose party ... - has said", the name read as a clause of its own), or set off by commas after
     * the body it leads ("The leader of Ennahda, Rachid Ghannouchi, condemned ...", the name read as the body's). The
     * name's last token, or 0.
     */
    private static int nameAfterTitle(Sentence s, Entities entities, int head) {
        int k = head + 1;
        if (k <= s.size() && s.tag(k).equals("NNP") && isPerson(entities.refAt(s.begin(k)))) {
            while (k < s.size() && entities.refAt(s.begin(k)).equals(entities.refAt(s.begin(k + 1)))) {
                k++;
            }
            return k;
        }
        for (int body : s.children(head, "nmod")) {
            if (body < head || s.children(body, "case").stream().noneMatch(c -> s.word(c).equalsIgnoreCase("of"))) {
                continue;
            }
            for (int a : s.children(body, "appos")) {
                if (a > body && isPerson(entities.refAt(s.begin(a))) && s.tag(s.subtree(a)[0] - 1).equals(",")) {
                    return a;
                }
            }
        }
        return 0;
    }

    private static boolean isPerson(Entities.Ref r) {
        return r != null && r.kind() == Speaker.Kind.PERSON;
    }

    /**
     * A person's name that closes the phrase of role noun {@code head} ("ambassador to Britain Liu Xiaming"),
     * not one governed by a preposition ("the lawyer for Smith"), or 0.
     */
    private static int nameClosing(Sentence s, Entities entities, int head) {
        int[] sub = s.subtree(head);
        int last = sub[1];
        while (last > head && s.tag(last).matches("[,.:]")) {
            last--;
        }
        Entities.Ref r = last > head ? entities.refAt(s.begin(last)) : null;
        if (r == null || r.kind() != Speaker.Kind.PERSON || s.tag(last).startsWith("PRP")) {
            return 0;
        }
        int first = last;
        while (first > head + 1 && r.equals(entities.refAt(s.begin(first - 1)))) {
            first--;
        }
        String before = s.tag(first - 1);
        return before.equals("IN") || before.equals("TO") || before.equals(",") || before.equals("CC") ? 0 : last;
    }

    /**
     * What "it", "they" or a relative "who/which" stands for: the noun a relative clause modifies; else the
     * nearest subject before, in this sentence or the four before, that fits ("it": an organization or a
     * singular thing; "they": an organization, a plural or a coordination), never words inside quotation marks.
     */
    static Sentence.Token antecedent(Sentence s, Entities entities, int i) {
        return antecedent(s, entities, i, 0);
    }

    /** As {@link #antecedent(Sentence, Entities, int)}, {@code hops} pronouns of the same chain followed back so far. */
    private static Sentence.Token antecedent(Sentence s, Entities entities, int i, int hops) {
        String word = s.word(i).toLowerCase(Locale.ROOT);
        if (s.tag(i).startsWith("W") || word.equals("that")) {
            int verb = s.head(i);
            if (verb > 0 && s.relation(verb).equals("acl:relcl") && s.head(verb) > 0) {
                return new Sentence.Token(s, s.head(verb));
            }
            return null;
        }
        List<Sentence> all = entities.sentences();
        // a speaker: an organization before any other noun ("Boeing ... confirmed that its approach makes use of
        // the SLS. ..., it said"), then whatever fits
        for (int pass = 0; pass < 2; pass++) {
        for (int back = 0; back <= 4 && s.index - back >= 0; back++) {
            Sentence t = all.get(s.index - back);
            for (int k : subjectsInOrder(t, back == 0 ? i - 1 : t.size())) {
                if (t.tag(k).startsWith("PRP") && t.word(k).equalsIgnoreCase(word) && mainSubject(t, k)
                        && !entities.quoted(t.begin(k))) {
                    // "SRLabs pointed to ... They told us ... They also flagged that ...": the same pronoun as the
                    // subject of a main clause before stands for the same source, found from there
                    return hops < CHAIN_HOPS ? antecedent(t, entities, k, hops + 1) : null;
                }
                if (!t.relation(k).equals("nsubj") && !t.relation(k).equals("nsubj:pass")
                        || t.tag(k).startsWith("PRP") || t.tag(k).startsWith("W") || entities.quoted(t.begin(k))) {
                    continue;
                }
                Entities.Ref r = entities.refAt(t.begin(k));
                for (int a : t.children(k, "appos")) {
                    if (r == null && entities.refAt(t.begin(a)) != null) {
                        r = entities.refAt(t.begin(a)); // "The company that runs the AMAs, Dick Clark Productions, denies"
                    }
                }
                if (r == null && !t.tag(k).endsWith("S")) { // "Beijing residents" is no organization
                    int[] np = t.nounPhrase(k);
                    for (int j = np[0]; j <= np[1] && r == null; j++) {
                        r = entities.refAt(t.begin(j));
                    }
                }
                boolean organization = r != null && r.kind() == Speaker.Kind.ORGANIZATION;
                boolean person = r != null && r.kind() == Speaker.Kind.PERSON;
                boolean fits = word.equals("it")
                        ? organization || !person && t.tag(k).matches("NNP?")
                        : organization || !person && (t.tag(k).matches("NNPS?|NNS") || properNoun(t, k))
                        || !t.children(k, "conj").isEmpty();
                if (fits && (organization || pass == 1 || !word.equals("it"))) {
                    return new Sentence.Token(t, k);
                }
            }
        }
        }
        return null;
    }

    /** How many repetitions of a pronoun as a main clause's subject are followed back to what it stands for. */
    private static final int CHAIN_HOPS = 6;

    /**
     * The tokens up to {@code last} of sentence {@code t} in the order a pronoun's antecedent is sought: the subjects
     * of the main clause first (the root's and those of verbs coordinated with it), then every token from the last
     * back, so that a subject inside what someone said ("They told us our keys should ...") comes after the one who
     * said it.
     */
    private static List<Integer> subjectsInOrder(Sentence t, int last) {
        java.util.LinkedHashSet<Integer> order = new java.util.LinkedHashSet<>();
        int root = t.root();
        if (root > 0) {
            List<Integer> verbs = new java.util.ArrayList<>(List.of(root));
            verbs.addAll(t.children(root, "conj"));
            for (int v : verbs) {
                for (String rel : List.of("nsubj", "nsubj:pass")) {
                    for (int c : t.children(v, rel)) {
                        if (c <= last) {
                            order.add(c);
                        }
                    }
                }
            }
        }
        for (int k = last; k >= 1; k--) {
            order.add(k);
        }
        return new java.util.ArrayList<>(order);
    }

    /** Token {@code k} is the subject of the sentence's main verb or of a verb coordinated with it. */
    private static boolean mainSubject(Sentence t, int k) {
        int verb = t.head(k);
        int root = t.root();
        return t.relation(k).startsWith("nsubj") && root > 0 && (verb == root || t.head(verb) == root && t.relation(verb).equals("conj"));
    }

    /**
     * A word with a capital inside it after a small letter ("OpenAI", "iFixit"): a brand's spelling, a name wherever it
     * stands, even opening the sentence or tagged as a common noun.
     */
    private static final java.util.regex.Pattern CAMEL_CASE = java.util.regex.Pattern.compile(
            "\\p{L}*\\p{Ll}\\p{Lu}[\\p{L}\\p{N}]*");

    /** A capitalized noun inside the sentence that the tagger took for a common one ("Big Machine have"). */
    private static boolean properNoun(Sentence s, int k) {
        return k > 1 && s.tag(k).equals("NN") && Character.isUpperCase(s.word(k).charAt(0));
    }

    /** Cue {@code verb} follows a comma or a closing quotation mark ("..., said X"; "...," has written X). */
    static boolean inverted(Sentence s, int verb) {
        int before = verb - 1;
        if (before > 1 && s.relation(before).startsWith("aux") && s.head(before) == verb) {
            before--; // "...," has written X
        }
        return before >= 1 && (s.tag(before).matches(",|''") || closingMark(s, before))
                && s.tag(verb).matches(before == verb - 1 ? "VB[DPZ]" : "VBN");
    }

    /** Token {@code k} is a straight double quotation mark after a word: it closes a quote, whatever its tag. */
    static boolean closingMark(Sentence s, int k) {
        return k > 1 && s.word(k).equals("\"") && s.tag(k).equals("``") && !s.tag(k - 1).matches("``|-LRB-");
    }

    /**
     * The speaker named right after an inverted cue ("..., said The We Company's recently named executive chair
     * Marcelo Claure in an email", "...," wrote 43-year-old Martin Taylor of ...): the last name in the words up
     * to the first preposition or comma, else the last noun; 0 when none.
     */
    static int invertedSubject(Sentence s, int verb) {
        int noun = 0;
        int name = 0;
        for (int k = verb + 1; k <= s.size() && s.tag(k).matches("DT|NNP?S?|PRP\\$?|POS|JJ|RB|VBN|CD|HYPH"); k++) {
            if (OBJECT_PRONOUNS.contains(s.word(k).toLowerCase(Locale.ROOT)) || s.ner(k).matches("DATE|TIME") && s.tag(k).matches("NNP?|CD")) {
                break;
            }
            noun = s.tag(k).startsWith("NN") && !s.ner(k).matches("DURATION|NUMBER") || s.tag(k).equals("PRP") ? k : noun;
            name = s.ner(k).equals("PERSON") || s.ner(k).equals("ORGANIZATION") ? k : name;
        }
        return name > 0 ? name : noun;
    }

    /**
     * The subject of cue {@code verb}: its own; that of the verb it is coordinated with ("did not reveal ...
     * and said ..."); that of the verb a participle hangs on ("..., saying ..."); a name right after it
     * ("said Smith"); the noun phrase between a comma and the cue ("..., Noem said."); or 0.
     */
    /** Speech verbs whose object is the listener ("told reporters", "assured investors"), by lemma. */
    private static final String LISTENER_VERBS = "tell|inform|assure|reassure|remind";

    /**
     * "Apple shipped its display and Steve Jobs said that ...": the parser joined the name to the object of the
     * clause before as one subject of the cue; when the subject it gave is a common noun that no entity names and
     * its conjunct right before the cue is a person's name, the name is the subject. Returns the name's token, or 0.
     */
    private static int conjoinedName(Sentence s, int subj, int verb) {
        if (!s.tag(subj).matches("NNS?") || !s.ner(subj).equals("O")) {
            return 0;
        }
        for (int c : s.children(subj, "conj")) {
            if (c > subj && c < verb && s.ner(c).equals("PERSON") && s.tag(c).startsWith("NNP")) {
                for (int k = c + 1; k < verb; k++) {
                    if (!s.tag(k).matches("NNP|RB|MD|VB[DZP]?")) {
                        return 0; // more than the name and its auxiliaries between it and the cue
                    }
                }
                return c;
            }
        }
        return 0;
    }

    static int subject(Sentence s, int verb) {
        int own = s.child(verb, "nsubj");
        if (inverted(s, verb) && verb < s.size() && s.tag(verb + 1).startsWith("NNP")
                && !s.lemma(verb).matches("tell|inform|assure|ask|urge") && (own == 0 || !s.tag(own).startsWith("NNP"))) {
            // "The key, says Buser, is ...": a name set off right after the cue is its subject, whatever the parse
            int name = verb + 1;
            while (name < s.size() && s.tag(name + 1).startsWith("NNP")) {
                name++;
            }
            if (s.ner(name).matches("PERSON|ORGANIZATION") && (name == s.size() || s.tag(name + 1).matches("[,.]"))) {
                return name;
            }
        }
        int subj = s.child(verb, "nsubj");
        if (subj > 0 && !s.relation(subj).equals("nsubj:pass")) {
            int person = conjoinedName(s, subj, verb);
            return person > 0 ? person : subj;
        }
        if (s.lemma(verb).matches(LISTENER_VERBS) && s.relation(verb).equals("acl") && s.head(verb) > 0 && s.head(verb) < verb
                && s.tag(s.head(verb)).startsWith("NNP") && s.ner(s.head(verb)).equals("PERSON")) {
            // "“...,” co-author Prof Ann Roe, from the University of Iowa, told BBC News.": the parser hung the cue on
            // the name as a clause of it; the name is who told (the outlet after the cue only listened)
            return s.head(verb);
        }
        if (s.lemma(verb).matches(LISTENER_VERBS) && subj == 0 && verb > 3 && s.tag(verb - 1).equals(",")) {
            // "“...,” Ann Roe, chairman of the board, told reporters": the name before the phrases set off by commas
            for (int k = verb - 2; k > 1 && verb - k <= 20 && !s.tag(k).matches("VB[DPZ]|MD|''|``"); k--) {
                if (s.tag(k).equals(",") && s.tag(k - 1).equals("NNP") && s.ner(k - 1).equals("PERSON")) {
                    return k - 1;
                }
            }
        }
        if (s.tag(verb).equals("VBG") && s.relation(verb).equals("acl") && s.head(verb) > 0 && s.head(verb) < verb
                && s.tag(s.head(verb)).matches("NNP?S?") && !s.ner(s.head(verb)).matches("DURATION|TIME|DATE|NUMBER")
                && !s.children(verb, "ccomp").isEmpty()) {
            // "with forecasters warning that ...", "a letter saying that ...": a present participle that modifies a
            // noun has that noun for its subject (a stretch of time does not speak: "45 seconds explaining how ...")
            return s.head(verb);
        }
        int cause = s.head(verb);
        if (s.tag(verb).equals("VB") && s.relation(verb).equals("xcomp") && cause > 0 && cause < verb
                && s.lemma(cause).matches("lead|prompt|spur|force|cause") && s.child(cause, "obj") > cause
                && s.child(cause, "obj") < verb) {
            // "The strike led the ferry company to announce that ...", "prompted traders to argue that ...": what a
            // cause brought about was done, and by the one it moved, its object (not "urged them to say": asked for)
            return s.child(cause, "obj");
        }
        int h = verb;
        for (int steps = 0; steps < 4; steps++) {
            String rel = s.relation(h);
            boolean participle = s.tag(h).equals("VBG") && (rel.equals("advcl") || rel.equals("xcomp") || rel.equals("dep"));
            // "went on to say", "took to social media to say", "turned to the radio to describe", "used the speech to
            // announce": the infinitive's act is the subject's own (not "plans to say", "wants to announce": the spec's
            // R2, planned speech and desires); so is it under a verb of aspect, which says the act is made, going on or
            // begun ("continued to insist that ...", "began to warn that ...")
            boolean infinitive = s.tag(h).equals("VB") && rel.matches("xcomp|advcl") && s.head(h) > 0
                    && s.lemma(s.head(h)).matches("go|take|proceed|use|rush|hasten|move|turn|continue|begin|start|resume");
            if (!rel.equals("conj") && !participle && !infinitive || s.head(h) == 0 || !s.tag(s.head(h)).startsWith("VB")) {
                break;
            }
            h = s.head(h);
            if (participle && s.child(h, "nsubj:pass") > 0) {
                // "A letter was rejected by Carrow, hinting that it was forged": the passive's agent acts
                for (int agent : s.children(h, "obl")) {
                    if (agent > h && s.children(agent, "case").stream().anyMatch(c -> s.word(c).equalsIgnoreCase("by"))) {
                        return agent;
                    }
                }
            }
            int sj = s.child(h, "nsubj");
            if (sj > 0) {
                return sj;
            }
            if (participle && isCue(s, h) && inverted(s, h)) {
                // "“...,” replied the harbour master, noting that ...": the participle is the act of the speaker
                // set off after the cue it hangs on
                int after = invertedSubject(s, h);
                if (after > 0) {
                    return after;
                }
            }
        }
        if (s.tag(verb).equals("VBG") && verb > 2 && s.tag(verb - 1).equals(",") && s.child(verb, "nsubj") == 0) {
            // "Pompeo said that ... was “not inconsistent with international law”, saying he trusted ...", "some of
            // Trump's defenders took to social media to discredit her testimony, claiming that ...": a participle
            // closing the sentence is the main clause's subject's act, whatever the parser hung it on
            int root = s.root();
            int main = root > 0 && root < verb && s.tag(root).startsWith("VB") ? s.child(root, "nsubj") : 0;
            if (main > 0 && main < verb) {
                return main;
            }
        }
        // "..., said another witness": after a comma or a closing quotation mark, a noun after the cue is its
        // subject even when the parser calls it the object; elsewhere an object is an object ("accused him"), and
        // always after a verb whose object listens ("..., told BBC News": never inverted)
        boolean inverted = inverted(s, verb) && !s.lemma(verb).matches(LISTENER_VERBS);
        if (inverted) {
            int after = invertedSubject(s, verb);
            if (after > 0) {
                return after;
            }
        }
        if (verb < s.size() && !OBJECT_PRONOUNS.contains(s.word(verb + 1).toLowerCase(Locale.ROOT))
                && (inverted || !Set.of("obj", "iobj").contains(s.relation(verb + 1)))
                && (s.tag(verb + 1).startsWith("NNP") || s.tag(verb + 1).equals("PRP")
                || s.tag(verb + 1).equals("DT") || s.tag(verb + 1).startsWith("NN"))) {
            int j = verb + 1;
            while (j < s.size() && (s.tag(j + 1).startsWith("NN") || s.tag(j + 1).equals("DT")) && !s.tag(j).startsWith("NNP")) {
                j++;
            }
            while (j < s.size() && s.tag(j + 1).startsWith("NNP")) {
                j++;
            }
            if (inverted || !Set.of("obj", "iobj").contains(s.relation(j))) {
                return j;
            }
        }
        // "..., Noem said." / "..., a second person briefed on the call said.": the parser hung the subject
        // elsewhere; take the noun phrase between the last comma and the cue, when it holds no finite verb
        if (s.child(verb, "obj") == 0 && s.child(verb, "ccomp") == 0) {
            int comma = 0;
            for (int k = verb - 1; k >= Math.max(1, verb - 14) && comma == 0; k--) {
                if (s.tag(k).matches(",|''")) {
                    comma = k;
                } else if (s.tag(k).matches("VB[DPZ]|MD")) {
                    break;
                }
            }
            for (int k = comma + 1; comma > 0 && k < verb; k++) {
                int up = s.head(k);
                if ((up <= comma || up >= verb) && (s.tag(k).startsWith("NN") || s.tag(k).equals("PRP"))) {
                    return k;
                }
            }
        }
        // "..., Dick Clark Productions denied that ...": a name right before the cue the parser hung elsewhere
        if (s.child(verb, "nsubj") == 0 && verb > 1 && s.tag(verb - 1).startsWith("NNP")
                && s.ner(verb - 1).matches("PERSON|ORGANIZATION") && s.tag(verb).matches("VB[DZP]")) {
            return verb - 1;
        }
        // "The company that runs the AMAs, Dick Clark Productions, denies ...": the parser made the subject
        // the root of the sentence and hung the cue below it
        int root = s.root();
        if (root > 0 && root < verb && s.tag(root).startsWith("NN") && s.descends(verb, root)
                && s.child(root, "nsubj") == 0 && s.child(root, "cop") == 0) {
            return root;
        }
        return 0;
    }
}
