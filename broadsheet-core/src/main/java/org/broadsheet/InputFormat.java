package org.broadsheet;

/** What kind of input a page is. */
public enum InputFormat {
    /** Decide from the content: markup makes it HTML, anything else readable is flattened text. */
    AUTO,
    /** An HTML page. */
    HTML,
    /** A page already flattened to text: a browser's copy, a crawler's text dump. */
    TEXT
}
