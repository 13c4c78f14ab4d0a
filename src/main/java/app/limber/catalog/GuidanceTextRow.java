package app.limber.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of guidance_text: a guidance entry's title and body in a language. */
@Embeddable
class GuidanceTextRow {

    @Column(name = "lang")
    private String lang;

    @Column(name = "title")
    private String title;

    @Column(name = "body")
    private String body;

    protected GuidanceTextRow() {
    }

    String lang() { return lang; }
    String title() { return title; }
    String body() { return body; }
}
