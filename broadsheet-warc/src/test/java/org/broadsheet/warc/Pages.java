package org.broadsheet.warc;

/** Article pages for tests. */
final class Pages {

    private Pages() {
    }

    /** A small but real-looking news article with {@code title} as its headline. */
    static String article(String title) {
        String p = "<p>The town council voted on Tuesday to close the old library on the hill, ending a century of "
                + "service to readers who have borrowed books there since 1924, and officials said the building would "
                + "be sold.</p>";
        return "<!doctype html><html lang=en><head><meta charset=utf-8><title>" + title + "</title></head><body>"
                + "<nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>" + title + "</h1>"
                + "<p class=byline>By Ann Lee</p>" + p.repeat(4) + "</article><footer>© 2024 The Daily Example. "
                + "All rights reserved.</footer></body></html>";
    }
}
