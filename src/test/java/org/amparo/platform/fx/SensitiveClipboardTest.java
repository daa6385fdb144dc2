package org.amparo.platform.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensitiveClipboardTest {

    private String held;
    private final List<Runnable> pending = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private final SensitiveClipboard.Clip clip = new SensitiveClipboard.Clip() {
        @Override
        public String text() {
            return held;
        }

        @Override
        public void put(String text) {
            held = text;
        }

        @Override
        public void clear() {
            held = null;
        }
    };
    private final SensitiveClipboard clipboard = new SensitiveClipboard(clip, (delay, work) -> {
        delays.add(delay);
        pending.add(work);
    }, ClipboardService.KEEP);

    @Test
    void aCopiedANumberIsClearedThirtySecondsLater() {
        clipboard.copySensitive("A012345678");
        assertThat(held).isEqualTo("A012345678");
        assertThat(delays).containsExactly(Duration.ofSeconds(30));

        pending.forEach(Runnable::run);
        assertThat(held).isNull();
    }

    @Test
    void whatTheUserCopiedSinceIsLeftAlone() {
        clipboard.copySensitive("A012345678");
        held = "shopping list";
        pending.forEach(Runnable::run);
        assertThat(held).isEqualTo("shopping list");
    }

    @Test
    void nothingToCopyTouchesNothing() {
        held = "before";
        clipboard.copySensitive("");
        clipboard.copySensitive(null);
        assertThat(held).isEqualTo("before");
        assertThat(pending).isEmpty();
    }
}
