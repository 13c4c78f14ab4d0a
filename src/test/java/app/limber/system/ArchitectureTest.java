package app.limber.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;

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

    /** "Now" comes from the one Clock bean (ClockConfig), so a test can pin it; no class reads the system clock. */
    @ArchTest
    static final ArchRule now_comes_from_the_clock_bean = noClasses().that().doNotHaveSimpleName("ClockConfig")
            .should().callMethodWhere(DescribedPredicate.describe("reads the system clock",
                    (JavaMethodCall call) -> readsTheSystemClock(call)));

    private static boolean readsTheSystemClock(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        String name = call.getName();
        boolean nowWithoutClock = owner.getPackageName().equals("java.time") && name.equals("now")
                && call.getTarget().getRawParameterTypes().stream().noneMatch(t -> t.isEquivalentTo(Clock.class));
        return nowWithoutClock || owner.isEquivalentTo(Clock.class) && name.startsWith("system")
                || owner.isEquivalentTo(System.class) && name.equals("currentTimeMillis");
    }
}
