package org.amparo;

import org.amparo.cli.CliMain;

/**
 * Entry point. No arguments: the desktop window. Any argument: the command line, which never starts JavaFX.
 * (The main class must not extend {@code Application} when JavaFX is on the class path.)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // jOOQ prints a banner and a "tip of the day" through the logger on first use; neither belongs in Amparo.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (args.length == 0) {
            AmparoApplication.launchDesktop(args);
        } else {
            System.exit(CliMain.run(args));
        }
    }
}
