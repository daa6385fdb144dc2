package org.amparo.interchange;

/** Where a long import is (bytes of the file read) and whether the person asked to stop. */
public interface ImportProgress {

    /** Reports nothing and never cancels. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void bytesRead(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void bytesRead(long done, long total);

    /** When true the work stops with {@link java.util.concurrent.CancellationException}; a commit rolls back. */
    boolean cancelled();
}
