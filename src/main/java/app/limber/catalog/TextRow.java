package app.limber.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One translated line of a numbered English list (a step, a caution, a cue, a guidance point, or a source's
 * figures keyed by its article): which line, in which language, and its words. Each table names the columns its own
 * way; the collections map them with attribute overrides.
 */
@Embeddable
class TextRow {

    @Column(name = "no")
    private int no;

    @Column(name = "lang")
    private String lang;

    @Column(name = "text")
    private String text;

    protected TextRow() {
    }

    int no() {
        return no;
    }

    String lang() {
        return lang;
    }

    String text() {
        return text;
    }
}
