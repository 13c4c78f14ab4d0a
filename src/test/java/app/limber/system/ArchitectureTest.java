package app.limber.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Package by feature: the catalog and the system layer stand on their own; features build on them. */
@AnalyzeClasses(packages = "app.limber", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule system_depends_on_no_feature = noClasses().that().resideInAPackage("app.limber.system..")
            .should().dependOnClassesThat().resideInAnyPackage("app.limber.catalog..", "app.limber.routine..",
                    "app.limber.figure..", "app.limber.follow..", "app.limber.sheet..", "app.limber.home..");

    @ArchTest
    static final ArchRule catalog_depends_on_no_other_feature = noClasses().that()
            .resideInAPackage("app.limber.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("app.limber.routine..", "app.limber.follow..",
                    "app.limber.sheet..", "app.limber.home..");

    @ArchTest
    static final ArchRule player_and_sheet_find_routines_only_through_the_lookup = noClasses().that()
            .resideInAnyPackage("app.limber.follow..", "app.limber.sheet..")
            .should().dependOnClassesThat().resideInAnyPackage("app.limber.routine.web..", "app.limber.routine.saved..");

    @ArchTest
    static final ArchRule player_and_sheet_stay_apart = noClasses().that().resideInAPackage("app.limber.follow..")
            .should().dependOnClassesThat().resideInAPackage("app.limber.sheet..")
            .andShould().dependOnClassesThat().resideInAPackage("app.limber.home..");
}
