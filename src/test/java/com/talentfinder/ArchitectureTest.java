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
                .that().resideInAnyPackage("..domain..", "..concurrent..", "..api..", "..store..", "..export..",
                        "com.talentfinder.insights..", "..demo..", "..app..", "..cli..")
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
    void concurrentDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("com.talentfinder.concurrent..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "com.talentfinder.concurrent..")
                .because("the thread plumbing store and export share knows nothing of freelancers, files or databases")
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
                .matching("com.talentfinder.(domain|concurrent|cleaning|api|demo|store|export|insights|app|cli)..")
                .should().beFreeOfCycles()
                .check(classes);
    }

    /**
     * The layer order of docs/architecture.md: domain, then cleaning (the freelancer's JSON form and URL safety,
     * shared by api, store and export), then the services, then app, then the two front ends. store implements
     * the api's storage ports (PageCache, CallLedger) and so may reach api; export and api never reach store.
     */
    @Test
    void layersOnlyReachDown() {
        com.tngtech.archunit.library.Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy("com.talentfinder.domain..")
                .layer("concurrent").definedBy("com.talentfinder.concurrent..")
                .layer("cleaning").definedBy("com.talentfinder.cleaning..")
                .layer("api").definedBy("com.talentfinder.api..")
                .layer("store").definedBy("com.talentfinder.store..")
                .layer("export").definedBy("com.talentfinder.export..")
                .layer("insights").definedBy("com.talentfinder.insights..")
                .layer("demo").definedBy("com.talentfinder.demo..")
                .layer("app").definedBy("com.talentfinder.app..")
                .layer("ui").definedBy("com.talentfinder.ui..")
                .layer("cli").definedBy("com.talentfinder.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("app").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("api").mayOnlyBeAccessedByLayers("store", "demo", "app", "ui", "cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app", "ui", "cli")
                .whereLayer("export").mayOnlyBeAccessedByLayers("app", "ui", "cli")
                .whereLayer("insights").mayOnlyBeAccessedByLayers("app", "ui", "cli")
                .whereLayer("demo").mayOnlyBeAccessedByLayers("app", "ui", "cli")
                .whereLayer("concurrent").mayOnlyBeAccessedByLayers("store", "export")
                .whereLayer("cleaning").mayOnlyBeAccessedByLayers("api", "store", "export", "insights", "demo",
                        "app", "ui", "cli")
                .check(classes);
    }

    /** The UI features: each reaches the others only through ui/common and the ui root's shared pieces. */
    private static final java.util.List<String> FEATURES = java.util.List.of("search", "detail", "shortlist",
            "settings", "help", "recovery", "insights", "saved");

    /** What features may use from the ui root package; the rest of it (the window's shell) is off limits. */
    static final java.util.Set<String> SHARED_UI_ROOT = java.util.Set.of("Messages", "TaskRunner", "FxTaskRunner",
            "SyncTaskRunner", "Ticker", "FxTicker", "StyleClasses", "Themes", "Shortcut", "KeyboardRules",
            "KeepWhole", "Screen");

    @Test
    void uiFeaturesReachEachOtherOnlyThroughCommon() {
        for (String feature : FEATURES) {
            String[] others = FEATURES.stream().filter(f -> !f.equals(feature))
                    .map(f -> "com.talentfinder.ui." + f + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("com.talentfinder.ui." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .orShould().dependOnClassesThat(uiShell())
                    .because("features meet in ui/common and through hooks the composition root wires")
                    .allowEmptyShould(true)
                    .check(classes);
        }
        noClasses().that().resideInAPackage("com.talentfinder.ui.common..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream()
                        .map(f -> "com.talentfinder.ui." + f + "..").toArray(String[]::new))
                .orShould().dependOnClassesThat(uiShell())
                .check(classes);
    }

    private static com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass>
            uiShell() {
        return com.tngtech.archunit.base.DescribedPredicate.describe("the window's shell in com.talentfinder.ui",
                c -> c.getPackageName().equals("com.talentfinder.ui")
                        && !SHARED_UI_ROOT.contains(
                                c.getName().substring("com.talentfinder.ui.".length()).split("\\$")[0]));
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
