package app.limber.system.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageCacheBudgetTest {

    static final long MB = 1024 * 1024;

    @Test
    void kept_pages_take_the_setting_on_a_large_heap_and_a_sixteenth_of_a_small_one() {
        assertThat(PageCache.budget(16 * MB, 1024 * MB)).isEqualTo(16 * MB);
        assertThat(PageCache.budget(16 * MB, 128 * MB)).isEqualTo(8 * MB);
        assertThat(PageCache.budget(4 * MB, 128 * MB)).isEqualTo(4 * MB);
    }
}
