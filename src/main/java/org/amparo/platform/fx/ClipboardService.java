package org.amparo.platform.fx;

import com.google.inject.ImplementedBy;
import java.time.Duration;

/**
 * Copies sensitive text (an A-number) to the system clipboard and clears it after {@link #KEEP}, unless the
 * clipboard meanwhile holds something else (then it is left alone). No toolkit types, so ViewModels can use it.
 */
@ImplementedBy(FxClipboardService.class)
public interface ClipboardService {

    Duration KEEP = Duration.ofSeconds(30);

    void copySensitive(String text);
}
