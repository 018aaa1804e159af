package org.iwprarchive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module graph of ARCHITECTURE.md, enforced: api -> {ingest, search, domain}; ingest, search -> domain. */
@AnalyzeClasses(packages = "org.iwprarchive", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleDependencyTests {

    @ArchTest
    static final ArchRule domainDependsOnNoOtherModule = noClasses()
            .that().resideInAPackage("org.iwprarchive.domain..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.iwprarchive.ingest..", "org.iwprarchive.search..", "org.iwprarchive.api..");

    @ArchTest
    static final ArchRule ingestDependsOnlyOnDomain = noClasses()
            .that().resideInAPackage("org.iwprarchive.ingest..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.iwprarchive.search..", "org.iwprarchive.api..");

    @ArchTest
    static final ArchRule searchDependsOnlyOnDomain = noClasses()
            .that().resideInAPackage("org.iwprarchive.search..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.iwprarchive.ingest..", "org.iwprarchive.api..");

    @ArchTest
    static final ArchRule onlySearchTouchesTheSearchSession = noClasses()
            .that().resideOutsideOfPackage("org.iwprarchive.search..")
            .should().dependOnClassesThat().resideInAPackage("org.hibernate.search..");
}
