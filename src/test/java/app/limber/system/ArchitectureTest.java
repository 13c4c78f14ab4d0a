package app.limber.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;

/**
 * Package by feature: system and catalog stand on their own; figure and routine build on the catalog; the player
 * (follow) and the print sheet (sheet) build on routines, and nothing builds on them; the offline shell (pwa) and the
 * workday reminders (reminder) read the catalog and nothing builds on them either.
 */
@AnalyzeClasses(packages = "app.limber", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule features_depend_only_on_what_they_build_on =
            layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("system").definedBy("app.limber.system..")
            .layer("catalog").definedBy("app.limber.catalog..")
            .layer("figure").definedBy("app.limber.figure..")
            .layer("routine").definedBy("app.limber.routine..")
            .layer("follow").definedBy("app.limber.follow..")
            .layer("sheet").definedBy("app.limber.sheet..")
            .layer("home").definedBy("app.limber.home..")
            .layer("pwa").definedBy("app.limber.pwa..")
            .layer("reminder").definedBy("app.limber.reminder..")
            .whereLayer("home").mayNotBeAccessedByAnyLayer()
            .whereLayer("pwa").mayNotBeAccessedByAnyLayer()
            .whereLayer("reminder").mayNotBeAccessedByAnyLayer()
            .whereLayer("follow").mayNotBeAccessedByAnyLayer()
            .whereLayer("sheet").mayNotBeAccessedByAnyLayer()
            .whereLayer("routine").mayOnlyBeAccessedByLayers("follow", "sheet", "home")
            .whereLayer("figure").mayOnlyBeAccessedByLayers("follow", "sheet", "routine", "pwa")
            .whereLayer("catalog").mayOnlyBeAccessedByLayers("figure", "routine", "follow", "sheet", "home", "pwa",
                    "reminder")
            .whereLayer("system").mayOnlyBeAccessedByLayers("catalog", "figure", "routine", "follow", "sheet",
                    "home", "pwa", "reminder");

    @ArchTest
    static final ArchRule player_and_sheet_find_routines_only_through_the_lookup = noClasses().that()
            .resideInAnyPackage("app.limber.follow..", "app.limber.sheet..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("app.limber.routine.web..", "app.limber.routine.saved..");

    /** Controllers call services (or plain Java), never each other's methods: shared page code has its own home. */
    @ArchTest
    static final ArchRule no_controller_depends_on_another = noClasses().that().areMetaAnnotatedWith(Controller.class)
            .should().dependOnClassesThat(DescribedPredicate.describe("are controllers",
                    // @RestController itself is meta-annotated with @Controller: annotations are not controllers.
                    (JavaClass target) -> !target.isAnnotation() && target.isMetaAnnotatedWith(Controller.class)));

    /** "Now" comes from the one Clock bean (ClockConfig), so a test can pin it; no class reads the system clock. */
    @ArchTest
    static final ArchRule now_comes_from_the_clock_bean = noClasses().that().doNotHaveSimpleName("ClockConfig")
            .should().callMethodWhere(DescribedPredicate.describe("reads the system clock",
                    (JavaMethodCall call) -> readsTheSystemClock(call)));

    /**
     * Settings come in through validated {@code @ConfigurationProperties} records, checked when the app starts;
     * an {@code @Value} string is read unchecked, wherever it sits (field, method, constructor parameter).
     */
    @ArchTest
    static final ArchRule settings_come_from_validated_properties_records = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName(Value.class.getName())
            .because("settings belong in a validated @ConfigurationProperties record (see system.LimitSettings)");

    /**
     * The CSRF token is set up once, in system (SecurityConfig, CsrfTokenBeforeRendering, CsrfTokens): no page
     * asks for its token itself to get the cookie out before the response commits.
     */
    @ArchTest
    static final ArchRule csrf_is_set_up_only_in_system = noClasses().that()
            .resideOutsideOfPackage("app.limber.system..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.security.web.csrf..");

    private static boolean readsTheSystemClock(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        String name = call.getName();
        boolean nowWithoutClock = owner.getPackageName().equals("java.time") && name.equals("now")
                && call.getTarget().getRawParameterTypes().stream().noneMatch(t -> t.isEquivalentTo(Clock.class));
        return nowWithoutClock || owner.isEquivalentTo(Clock.class) && name.startsWith("system")
                || owner.isEquivalentTo(System.class) && name.equals("currentTimeMillis");
    }
}
