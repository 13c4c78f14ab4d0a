package app.limber.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of movement_text: a movement's name, summary, "feel it" and "where the articles differ" in a language. */
@Embeddable
class MovementTextRow {

    @Column(name = "lang")
    private String lang;

    @Column(name = "name")
    private String name;

    @Column(name = "summary")
    private String summary;

    @Column(name = "feel_it")
    private String feelIt;

    @Column(name = "sources_differ")
    private String sourcesDiffer;

    protected MovementTextRow() {
    }

    String lang() { return lang; }
    String name() { return name; }
    String summary() { return summary; }
    String feelIt() { return feelIt; }
    String sourcesDiffer() { return sourcesDiffer; }
}
