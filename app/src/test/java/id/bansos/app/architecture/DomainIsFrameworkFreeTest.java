package id.bansos.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The domain is plain Java: Spring and Axon live only in the adapter packages ({@code ..axon..}) and in the
 * application module.
 */
class DomainIsFrameworkFreeTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.bansos");
    }

    @Test
    void domain_packages_do_not_use_spring_or_axon() {
        ArchRule rule = noClasses()
                .that().resideInAPackage("id.bansos..")
                .and().resideOutsideOfPackages("..axon..", "id.bansos.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..")
                .because("decisions are plain Java functions; Axon aggregates and Spring wiring are thin adapters");
        rule.check(classes);
    }

    @Test
    void bank_adapters_know_nothing_of_the_ledger() {
        noClasses().that().resideInAPackage("id.bansos.bank..")
                .should().dependOnClassesThat().resideInAnyPackage("id.bansos.ledger..", "id.bansos.disbursement..",
                        "id.bansos.reconciliation..", "id.bansos.app..")
                .because("bank adapters speak a neutral model of files and nothing else")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void the_domain_imports_were_found() {
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("id.bansos.ledger.kpm")).isTrue();
    }
}
