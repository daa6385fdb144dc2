package org.amparo.courthouse.risk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The risk engine is a pure engine (DESIGN.md): no JavaFX, no database, no files, no network. */
class CourthouseRiskPurityTest {

    @Test
    void riskEngineUsesNoJavaFxNoDatabaseNoFiles() {
        noClasses().that().resideInAPackage("org.amparo.courthouse.risk..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                        "java.nio.file..", "java.net..", "org.h2..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .because("the courthouse risk engine is a pure function of the facts and its bundled rules")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.amparo.courthouse.risk"));
    }
}
