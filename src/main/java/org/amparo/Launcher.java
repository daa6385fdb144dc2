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
        if (args.length == 0) {
            AmparoApplication.launchDesktop(args);
        } else {
            System.exit(CliMain.run(args));
        }
    }
}
