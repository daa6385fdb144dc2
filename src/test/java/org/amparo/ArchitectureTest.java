package org.amparo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules that keep the rooms apart (DESIGN.md), each with its reason. */
class ArchitectureTest {

    private static final List<String> FEATURES =
            List.of("security", "clients", "cases", "screening", "courthouse", "deadlines", "summaries",
                    "evidence", "backup", "interchange", "retention", "shell");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.amparo");
    }

    @Test
    void jooqOnlyInDataPackagesAndPlatformDb() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("..data..", "org.amparo.platform.db..",
                        "org.amparo.db.jooq..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.amparo.db.jooq..")
                .because("repositories are the only place that sees the database schema");
        rule.check(main);
    }

    @Test
    void uiNeverTouchesData() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..data..")
                .because("views and view models go through services, never repositories")
                .check(main);
    }

    @Test
    void aFeatureReachesAnotherOnlyThroughItsService() {
        for (String feature : FEATURES) {
            String data = "org.amparo." + feature + ".data..";
            String ui = "org.amparo." + feature + ".ui..";
            noClasses().that().resideOutsideOfPackage("org.amparo." + feature + "..")
                    .and().resideOutsideOfPackage("org.amparo.bootstrap..")
                    .should().dependOnClassesThat().resideInAnyPackage(data)
                    .because("feature " + feature + " keeps its repositories to itself")
                    .allowEmptyShould(true)
                    .check(main);
            noClasses().that().resideOutsideOfPackage("org.amparo." + feature + "..")
                    .and().resideOutsideOfPackages("org.amparo.shell..", "org.amparo.bootstrap..", "org.amparo")
                    .should().dependOnClassesThat().resideInAnyPackage(ui)
                    .because("only the shell composes another feature's views")
                    .allowEmptyShould(true)
                    .check(main);
        }
    }

    @Test
    void pureEnginesUseNoJavaFxNoDatabaseNoFiles() {
        noClasses().that().resideInAnyPackage("org.amparo.screening.enforcement..", "org.amparo.screening.relief..",
                        "org.amparo.deadlines", "org.amparo.facts..", "org.amparo.courthouse.risk..",
                        "org.amparo.courthouse.ice287g..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                        "java.nio.file..", "java.net..", "org.h2..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .because("screening, risk and deadline engines are pure functions of the facts, testable from tables")
                .check(main);
    }

    @Test
    void viewModelsNeverUseSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .because("view models hold state and actions and are tested without the FX toolkit")
                .check(main);
    }

    @Test
    void injectorOnlyAtTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackages("org.amparo.bootstrap..", "org.amparo.platform.fx..")
                .and().doNotHaveFullyQualifiedName(AmparoApplication.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName("com.google.inject.Injector")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.google.inject.Guice")
                .because("services get what they need by constructor injection; no static service locator")
                .check(main);
    }

    @Test
    void standardStreamsOnlyInTheCli() {
        noClasses().that().resideOutsideOfPackage("org.amparo.cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("the desktop app logs through slf4j; only commands print")
                .check(main);
    }

    @Test
    void noJavaUtilLoggingNoSwingNoAwt() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(main);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
                .because("the desktop is JavaFX only").check(main);
    }

    @Test
    void nothingOpensANetworkConnection() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.MulticastSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.DatagramChannel")
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("java.nio.channels.AsynchronousSocketChannel")
                .because("nothing leaves the machine: no telemetry, no update checks, no web fonts")
                .check(main);
    }

    @Test
    void javaNetOnlyForClassPathResourcesOutsidePlatformDb() {
        DescribedPredicate<JavaClass> networkApi = resideInAPackage("java.net..")
                .and(DescribedPredicate.not(name("java.net.URL").or(name("java.net.URI"))))
                .as("java.net types other than URL/URI (resource locations)");
        noClasses().that().resideOutsideOfPackage("org.amparo.platform.db..")
                .should().dependOnClassesThat(networkApi)
                .because("only the future PostgreSQL mode in platform.db may reach a network; a URL may only name "
                        + "a class-path resource (FXML, CSS)")
                .check(main);
        noClasses().that().resideOutsideOfPackage("org.amparo.platform.db..")
                .should().callMethod(java.net.URL.class, "openConnection")
                .orShould().callMethod(java.net.URL.class, "openStream")
                .orShould().callMethod(java.net.URL.class, "getContent")
                .because("a URL opened by our code could be a network address; resources load through the class "
                        + "loader or FXMLLoader")
                .check(main);
    }

    @Test
    void classesLiveInTheirRooms() {
        classes().that().haveSimpleNameEndingWith("Repository")
                .should().resideInAPackage("..data..")
                .because("repositories live in their feature's data package")
                .check(main);
    }
}
