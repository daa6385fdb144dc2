package org.amparo.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the UI's words complete: every key used in code or FXML exists in English and Spanish, both bundles have the
 * same keys and placeholders, and no key sits unused. (Modelled on JabRef's LocalizationConsistencyTest.)
 */
class LocalizationConsistencyTest {

    private static final Path MAIN_JAVA = Path.of("src/main/java");
    private static final Path MAIN_RESOURCES = Path.of("src/main/resources");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9.]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(MAIN_RESOURCES.resolve("org/amparo/" + name))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> matches(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        }
        return found;
    }

    /** Dotted literals in Java whose first part is one of the bundle's namespaces, plus every FXML %key. */
    private static Set<String> usedKeys(Set<String> namespaces) throws IOException {
        Set<String> used = matches(MAIN_JAVA, ".java", JAVA_LITERAL).stream()
                .filter(literal -> namespaces.contains(literal.substring(0, literal.indexOf('.'))))
                .collect(Collectors.toCollection(TreeSet::new));
        used.addAll(matches(MAIN_RESOURCES, ".fxml", FXML_KEY));
        return used;
    }

    private static Set<String> namespaces(Properties english) {
        return english.stringPropertyNames().stream().map(key -> key.substring(0, key.indexOf('.') < 0
                ? key.length() : key.indexOf('.'))).collect(Collectors.toSet());
    }

    @Test
    void everyKeyUsedInCodeOrFxmlExistsInBothLanguages() throws IOException {
        Properties english = bundle("messages.properties");
        Properties spanish = bundle("messages_es.properties");
        Set<String> used = usedKeys(namespaces(english));
        assertThat(used).isNotEmpty();
        assertThat(english.stringPropertyNames()).as("missing in messages.properties").containsAll(used);
        assertThat(spanish.stringPropertyNames()).as("missing in messages_es.properties").containsAll(used);
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties english = bundle("messages.properties");
        Properties spanish = bundle("messages_es.properties");
        assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(spanish.getProperty(key)).as(key).isNotBlank();
            assertThat(placeholders(spanish.getProperty(key))).as("placeholders of " + key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Properties english = bundle("messages.properties");
        Set<String> unused = new HashSet<>(english.stringPropertyNames());
        unused.removeAll(usedKeys(namespaces(english)));
        assertThat(unused).as("keys no code or FXML uses").isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
