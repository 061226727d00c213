package org.broadsheet.classify;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.broadsheet.article.Boilerplate;

/**
 * Short lines that publishing systems put inside articles and that are never part of the story:
 * "Advertisement", "Share this article", "Sign up for our newsletter". Only whole, short lines are
 * matched, so a sentence that merely contains such words is untouched.
 */
public final class StockPhrases {

    private static final int MAX_LENGTH = 80;

    private static final Map<Boilerplate, Pattern> PATTERNS = inOrder(Map.of(
            Boilerplate.ADVERTISEMENT, Pattern.compile(
                    "^(advertisement|advertising|advert|ad|sponsored( content)?|story continues below( advertisement)?"
                            + "|continue reading (the )?(main story|below)|anzeige|publicidad|publicité|реклама)$"),
            Boilerplate.NAVIGATION, Pattern.compile(
                    "^((back )?to (the )?top|back to top|skip to (main )?content|menu|search|home|sign in|log in"
                            + "|previous( (article|story|post))?|next( (article|story|post))?|load more|show more"
                            + "|(view|see|show) all( \\(\\d+\\))?|back to (gallery|article|story)|report( (this|abuse|comment))?)$"),
            Boilerplate.SHARE, Pattern.compile(
                    "^(share( this( article| story| page)?)?( on \\w+)?|tweet|email|print|facebook|twitter|whatsapp"
                            + "|linkedin|pinterest|reddit|copy link|follow us( on \\w+)?|share - \\w+|like this|order reprints"
                            + "|print this (article|page|story)|email this (article|page|story)|pin|pin it|buffer|flipboard|telegram"
                            + "|messenger|sms|mail|copy|\\d[\\d.,k]* (shares?|comments?|likes?|views?))$"),
            Boilerplate.BANNER, Pattern.compile(
                    "^(sign up( now| here)?|subscribe( now| today)?|sign up for (our|the) .{0,40}newsletter.{0,20}"
                            + "|log ?in|register|already a subscriber\\?.*)$"),
            Boilerplate.RELATED, Pattern.compile(
                    "^(related( articles| stories| content| coverage| links)?|read more|more( stories)?"
                            + "|recommended( for you)?|most (read|popular|viewed)|see also|also read|you may also like"
                            + "|trending( now)?|more from .{1,40}|read next|up next|what to read next|don'?t miss|leggi anche"
                            + "|lesen sie auch|lire aussi|leia também|lea también|читайте также|about the author)$")));

    /** Longer lines whose opening or shape gives them away, up to {@link #MAX_PROMPT_LENGTH} characters. */
    private static final Map<Boilerplate, Pattern> PROMPTS = inOrder(Map.of(
            Boilerplate.NAVIGATION, Pattern.compile(
                    "^((back )?to (the )?top|back to top|skip to (main )?content|menu|search|home|sign in|log in"
                            + "|previous( (article|story|post))?|next( (article|story|post))?|load more|show more"
                            + "|(view|see|show) all( \\(\\d+\\))?|back to (gallery|article|story)|report( (this|abuse|comment))?)$"),
            Boilerplate.SHARE, Pattern.compile(
                    "^(follow (us|\\w+ on)|like us on|join (us|the conversation) on)\\b.*"),
            Boilerplate.BANNER, Pattern.compile(
                    "^(subscribe|sign up|get (our|the) .{0,30}newsletter|join (our|the) .{0,40}(newsletter|forums?|community)"
                            + "|support (us|our journalism)|become a (member|subscriber|patron))\\b.*"),
            Boilerplate.OTHER, Pattern.compile(
                    "^((image|photo|picture|slide)s? )?\\d+ (of|/) \\d+$|^(like |suka )?loading\\.*$|^(caption|close|text size|expand|collapse|"
                            + "toggle caption|hide caption|view (gallery|slideshow)|enlarge (this )?image)$")));

    private static final int MAX_PROMPT_LENGTH = 160;

    private static final Pattern TRAILING = Pattern.compile("[\\s:.!>»›|…]+$");
    private static final Pattern LEADING = Pattern.compile("^[\\s<«‹|📱👉➡️]+");

    private StockPhrases() {
    }

    /** Tried in the order of {@link Boilerplate}: a phrase of two kinds ("log in") gets the same kind on every run. */
    private static Map<Boilerplate, Pattern> inOrder(Map<Boilerplate, Pattern> patterns) {
        return Collections.unmodifiableMap(new EnumMap<>(patterns));
    }

    /** The kind of stock line {@code text} is, or {@code null}. */
    public static Boilerplate kindOf(String text) {
        if (text.length() > MAX_PROMPT_LENGTH) {
            return null;
        }
        String t = normalized(text);
        Boilerplate whole = text.length() <= MAX_LENGTH ? firstMatching(PATTERNS, t) : null;
        return whole != null ? whole : firstMatching(PROMPTS, t);
    }

    /**
     * The kind of stock line {@code text} is when the whole line is a stock phrase ("More:", "Advertisement",
     * "Share this article"), or {@code null}; unlike {@link #kindOf}, a longer line that merely opens like a
     * prompt ("Sign up for ...") is not one.
     */
    public static Boilerplate wholeLineKindOf(String text) {
        return text.length() > MAX_LENGTH ? null : firstMatching(PATTERNS, normalized(text));
    }

    private static String normalized(String text) {
        return TRAILING.matcher(LEADING.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll("");
    }

    private static Boilerplate firstMatching(Map<Boilerplate, Pattern> patterns, String t) {
        for (Map.Entry<Boilerplate, Pattern> en : patterns.entrySet()) {
            if (en.getValue().matcher(t).matches()) {
                return en.getKey();
            }
        }
        return null;
    }
}
