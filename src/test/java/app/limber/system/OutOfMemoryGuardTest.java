package app.limber.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class OutOfMemoryGuardTest {

    @Test
    void sees_an_out_of_memory_error_however_deep_it_is_wrapped() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        assertThat(OutOfMemoryGuard.outOfMemory(oom)).isTrue();
        assertThat(OutOfMemoryGuard.outOfMemory(new ServletException("Handler dispatch failed", oom))).isTrue();
        assertThat(OutOfMemoryGuard.outOfMemory(new RuntimeException(new IllegalStateException(oom)))).isTrue();
    }

    @Test
    void leaves_every_other_failure_alone() {
        assertThat(OutOfMemoryGuard.outOfMemory(new StackOverflowError())).isFalse();
        assertThat(OutOfMemoryGuard.outOfMemory(new ServletException(new IllegalStateException()))).isFalse();
        assertThat(OutOfMemoryGuard.outOfMemory(null)).isFalse();
    }
}
