package app.limber.catalog;

import java.util.List;

/** A piece of the articles' general guidance (warming up, red flags, desk set-up...), with its sources. */
public record Guidance(String slug, Topic topic, String title, String body, List<String> points, List<Article> sources) {

    public Guidance {
        points = List.copyOf(points);
        sources = List.copyOf(sources);
    }
}
