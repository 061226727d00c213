package org.broadsheet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The package rules of ARCHITECTURE.md, checked on the compiled classes of {@code src/main}: the stages
 * depend on each other in one direction only, and the article model depends on nothing.
 */
class PackageDependenciesTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.broadsheet");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.broadsheet.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void articleModelDependsOnTheJdkAlone() {
        classes().that().resideInAPackage("org.broadsheet.article..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.broadsheet.article..", "java..")
                .check(CORE);
    }

    @Test
    void onlyTheEntryPointsUseThePipeline() {
        // the stages never reach back to the package that runs them (Extractor, Broadsheet)
        noClasses().that().resideInAPackage("org.broadsheet.*..")
                .should().dependOnClassesThat().resideInAPackage("org.broadsheet")
                .check(CORE);
    }
}
