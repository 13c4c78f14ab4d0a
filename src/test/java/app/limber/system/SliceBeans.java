package app.limber.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What every page of a web slice needs that the slice does not load: the {@code @figures} the templates ask for
 * (the real ones are drawn over the catalog, which comes from the database). Slices show no figures.
 */
@TestConfiguration(proxyBeanMethods = false)
class SliceBeans {

    @Bean("figures")
    NoFigures figures() {
        return new NoFigures();
    }

    /** Answers the templates' {@code @figures.has(slug)}: no figure, so none of its other methods is asked. */
    public static final class NoFigures {

        public boolean has(String slug) {
            return false;
        }
    }
}
