package app.limber.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

/** The figures are drawn on a thread of their own at start: what waits for them, and what a failure does. */
class FiguresDrawnAsideTest {

    private static final Figures.Svg ONE = new Figures.Svg("<svg viewBox=\"0 0 10 20\"/>", "W/\"1\"");

    @Test
    void a_figure_that_cannot_be_drawn_stops_the_start_with_its_own_error() {
        Figures figures = new Figures(() -> {
            throw new IllegalStateException("no pose for cat-cow");
        });

        assertThatThrownBy(figures::afterSingletonsInstantiated).isInstanceOf(IllegalStateException.class)
                .hasMessage("no pose for cat-cow");
        assertThatThrownBy(() -> figures.has("cat-cow")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_application_whose_figures_cannot_be_drawn_does_not_start() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.registerBean(Figures.class, () -> new Figures(() -> {
                throw new IllegalStateException("no pose for cat-cow");
            }));

            assertThatThrownBy(context::refresh).hasMessage("no pose for cat-cow");
        }
    }

    @Test
    void pages_asking_before_the_drawing_is_done_wait_for_it() throws InterruptedException {
        CountDownLatch drawing = new CountDownLatch(1);
        Figures figures = new Figures(() -> {
            try {
                drawing.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Figures.Rendered(Map.of("cat-cow", ONE), Map.of("cat-cow", ONE), "v1");
        });
        Thread asker = new Thread(() -> figures.url("cat-cow"));
        asker.start();
        asker.join(200);
        assertThat(asker.isAlive()).as("waits while the figures are drawn").isTrue();

        drawing.countDown();
        asker.join(10_000);
        assertThat(asker.isAlive()).isFalse();
        assertThat(figures.url("cat-cow")).isEqualTo("/figures/cat-cow.svg?v=v1");
        assertThat(figures.height("cat-cow", 100)).isEqualTo(200);
    }
}
