package app.limber.routine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The routine rules are plain Java: no Spring, no JPA, no web; pages and storage live in sub-packages. */
@AnalyzeClasses(packages = "app.limber.routine", importOptions = ImportOption.DoNotIncludeTests.class)
class RoutineArchitectureTest {

    /** The rules (builder, edits, defaults) know nothing of requests or storage: the sub-packages adapt them. */
    @ArchTest
    static final ArchRule the_rules_use_no_web_or_jpa_types = noClasses().that().resideInAPackage("app.limber.routine")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
                    "jakarta.persistence..", "org.springframework.data..", "org.hibernate..");

    @ArchTest
    static final ArchRule the_builder_is_plain_java = noClasses().that().resideInAPackage("app.limber.routine")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                    "app.limber.routine.web..", "app.limber.routine.saved..");

    @ArchTest
    static final ArchRule storage_does_not_know_the_pages = noClasses().that()
            .resideInAPackage("app.limber.routine.saved..")
            .should().dependOnClassesThat().resideInAPackage("app.limber.routine.web..");
}
