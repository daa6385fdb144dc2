package org.amparo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.amparo.bench.BenchReport;
import org.amparo.bench.BenchRunner;
import org.amparo.security.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code amparo bench}: runs the benchmark suite on a fresh temporary vault and prints {@code amparo-bench/1}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Runs the benchmark suite on a fresh temporary vault of synthetic clients.",
            "Prints amparo-bench/1 JSON on stdout; progress on stderr.",
            "JVM flags for the start-up runs: -Damparo.bench.jvmArgs=\"...\"."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--clients", paramLabel = "N", defaultValue = "100000", description = "Vault size (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed for the synthetic data (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--only", paramLabel = "NAME", description = "Run only the benchmarks whose class name contains "
            + "NAME (any case; repeatable), e.g. --only summary --only search.")
    java.util.List<String> only = new java.util.ArrayList<>();

    @Spec
    CommandSpec spec;

    private final BenchRunner runner;

    @Inject
    BenchCommand(BenchRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() throws Exception {
        if (clients < 1) {
            throw new CliException(ExitCodes.BAD_INPUT, "--clients must be at least 1");
        }
        try {
            BenchReport report = runner.run(clients, seed, spec.commandLine().getErr()::println, only);
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            spec.commandLine().getOut().println(json.writeValueAsString(report));
            return ExitCodes.OK;
        } catch (VaultException e) {
            throw VaultErrors.toCli(e);
        }
    }
}
