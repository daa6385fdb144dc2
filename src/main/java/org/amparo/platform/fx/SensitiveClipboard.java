package org.amparo.platform.fx;

import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * The clearing rule of {@link ClipboardService}, without the toolkit: put the text, and after the delay clear the
 * clipboard only if it still holds exactly that text.
 */
public final class SensitiveClipboard implements ClipboardService {

    /** The system clipboard's plain text. */
    public interface Clip {
        String text();

        void put(String text);

        void clear();
    }

    private final Clip clip;
    private final BiConsumer<Duration, Runnable> later;
    private final Duration keep;

    /** @param later runs the given work once after the given delay (on the thread the clip needs) */
    public SensitiveClipboard(Clip clip, BiConsumer<Duration, Runnable> later, Duration keep) {
        this.clip = clip;
        this.later = later;
        this.keep = keep;
    }

    @Override
    public void copySensitive(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        clip.put(text);
        later.accept(keep, () -> {
            if (text.equals(clip.text())) {
                clip.clear();
            }
        });
    }
}
