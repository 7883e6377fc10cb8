package com.talentfinder;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture.md, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.talentfinder");
    }

    @Test
    void nonUiLayersDoNotUseJavaFx() {
        ArchRule rule = noClasses()
                .that().resideInAnyPackage("..domain..", "..api..", "..store..", "..export..", "com.talentfinder.insights..",
                        "..demo..", "..app..", "..cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                        "atlantafx..", "org.kordamp.ikonli..")
                .because("only ui/ may use JavaFX; the rest runs headless and from the command line");
        rule.check(classes);
    }

    @Test
    void domainDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..api..", "..store..", "..export..",
                        "com.talentfinder.insights..", "..demo..", "..app..", "..cli..", "..ui..")
                .check(classes);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("..api..", "..store..", "..export..", "com.talentfinder.insights..", "..demo..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..cli..")
                .check(classes);
    }

    @Test
    void exportWritesFormatsAndNeverReachesIntoTheDatabase() {
        noClasses().that().resideInAPackage("..export..")
                .should().dependOnClassesThat().resideInAnyPackage("..store..", "..app..")
                .because("use cases that read the database and write a file live in app/")
                .check(classes);
    }

    @Test
    void theNonUiLayersHaveNoPackageCycles() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("com.talentfinder.(domain|api|demo|store|export|insights|app|cli)..")
                .should().beFreeOfCycles()
                .check(classes);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().areAssignableTo(javafx.scene.Node.class)
                .orShould().dependOnClassesThat().resideInAPackage("javafx.stage..")
                .because("a ViewModel holds properties and commands; views own the nodes")
                .check(classes);
    }
}
