package org.omicsbatch.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, enforced: the core knows nothing of JavaFX or the front doors. */
class LayeringTest {
    private static final String[] CORE = {"org.omicsbatch.model..", "org.omicsbatch.plan..",
        "org.omicsbatch.samplesheet..", "org.omicsbatch.aws..", "org.omicsbatch.submit..",
        "org.omicsbatch.sandbox..", "org.omicsbatch.drafts..", "org.omicsbatch.task..", "org.omicsbatch.cli.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.omicsbatch");
    }

    @Test
    void onlyUiUsesJavaFx() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp..")
                .check(classes);
    }

    @Test
    void sandboxStandsOnTheWireContractAlone() {
        noClasses().that().resideInAPackage("org.omicsbatch.sandbox..").should().dependOnClassesThat()
                .resideInAnyPackage("org.omicsbatch.aws..", "org.omicsbatch.submit..", "software.amazon..")
                .check(classes);
    }

    @Test
    void nothingUsesTheFrontDoors() {
        noClasses().that().resideInAnyPackage(CORE).and().resideOutsideOfPackage("org.omicsbatch.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.omicsbatch.cli..", "org.omicsbatch.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("org.omicsbatch.ui..").should().dependOnClassesThat()
                .resideInAPackage("org.omicsbatch.cli..").check(classes);
        noClasses().that().resideInAPackage("org.omicsbatch.cli..").should().dependOnClassesThat()
                .resideInAPackage("org.omicsbatch.ui..").check(classes);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.omicsbatch.model..").should().dependOnClassesThat()
                .resideInAnyPackage("org.omicsbatch.plan..", "org.omicsbatch.samplesheet..", "org.omicsbatch.aws..",
                        "org.omicsbatch.submit..", "org.omicsbatch.sandbox..", "org.omicsbatch.drafts..")
                .check(classes);
    }
}
