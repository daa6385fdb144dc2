package org.amparo.cli;

import org.amparo.AppVersion;
import picocli.CommandLine.Command;

/** {@code amparo}: the top-level command. Each subcommand is one class with no logic of its own. */
@Command(name = "amparo",
        mixinStandardHelpOptions = true,
        versionProvider = AmparoCommand.Version.class,
        description = "Offline case management for advocates serving immigrant women survivors.%n"
                + "With no command, opens the desktop window.",
        subcommands = {
                InitCommand.class,
                DemoCommand.class,
                Import287gCommand.class,
                RescreenCommand.class,
                ImportCommand.class,
                ExportCommand.class,
                ScreenCommand.class,
                BenchCommand.class,
                SummaryCommand.class,
                BackupCommand.class,
                VerifyBackupCommand.class,
                RestoreCommand.class,
                RotateKeyCommand.class,
                PurgeCommand.class,
        })
public final class AmparoCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Declared once here and inherited by every command; {@link CliErrors} reads it. */
    @picocli.CommandLine.Option(names = "--debug", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Add a stack trace to unexpected errors.")
    boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the build. */
    public static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"amparo " + AppVersion.current()};
        }
    }
}
