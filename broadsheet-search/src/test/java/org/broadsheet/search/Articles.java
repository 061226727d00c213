package org.broadsheet.search;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Articles in the JSON form that extract writes, built for tests. */
final class Articles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Articles() {
    }

    static ObjectNode article(String url, String language, String title, String text, String publisher,
            String published, List<String> authors) {
        ObjectNode o = JSON.createObjectNode();
        o.put("schemaVersion", "1.2");
        o.put("source", url == null ? "page.html" : url);
        o.put("url", url);
        o.putNull("canonicalUrl");
        o.put("title", title);
        authors.forEach(o.putArray("authors")::add);
        o.put("publisher", publisher);
        o.putArray("section").add("World");
        o.putObject("language").put("code", language);
        if (published == null) {
            o.putNull("published");
        } else {
            o.putObject("published").put("value", published).put("source", "meta");
        }
        o.put("text", text);
        var blocks = o.putArray("blocks");
        for (String p : text.split("\n")) {
            blocks.addObject().put("type", "paragraph").put("text", p);
        }
        o.putArray("removed").addObject().put("kind", "navigation").put("text", "Home | World").put("reason",
                "mostly links");
        o.putArray("warnings");
        o.put("compromised", false);
        o.putArray("injectedSpam");
        return o;
    }

    /** A long English wire story, for near-duplicate tests: several hundred distinct words. */
    static String wireStory() {
        return "The central bank raised its main interest rate by a quarter of a percentage point on Thursday, the "
                + "fourth increase this year, saying that inflation in services had proved more stubborn than its "
                + "economists expected in the spring.\n"
                + "Governor Maria Lopez told reporters in the capital that the committee had been split, with two of "
                + "its seven members voting to hold rates steady because of signs that hiring was slowing in "
                + "manufacturing and construction.\n"
                + "\"We will do what it takes to bring prices back to target, but we are watching the labour market "
                + "closely,\" Lopez said, adding that the bank would publish new forecasts in November.\n"
                + "Shares of the largest lenders rose after the announcement, while the currency gained against the "
                + "dollar and the euro for a third straight session as traders priced in another move before the "
                + "end of the year.\n"
                + "Consumer prices rose 4.2 percent in August from a year earlier, down from a peak of 7.9 percent "
                + "last autumn, according to the national statistics office, but rents and restaurant bills kept "
                + "climbing at their fastest pace in a decade.\n"
                + "Opposition lawmakers said the increase would hurt families with variable-rate mortgages, and a "
                + "union of small businesses called for targeted relief on energy bills instead.";
    }
}
