package app.limber.routine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The routine rules are plain Java: no Spring, no JPA, no web; pages and storage live in sub-packages. */
@AnalyzeClasses(packages = "app.limber.routine", importOptions = ImportOption.DoNotIncludeTests.class)
class RoutineArchitectureTest {

    @ArchTest
    static final ArchRule the_builder_is_plain_java = noClasses().that().resideInAPackage("app.limber.routine")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                    "org.hibernate..", "app.limber.routine.web..", "app.limber.routine.saved..");

    @ArchTest
    static final ArchRule storage_does_not_know_the_pages = noClasses().that()
            .resideInAPackage("app.limber.routine.saved..")
            .should().dependOnClassesThat().resideInAPackage("app.limber.routine.web..");
}
