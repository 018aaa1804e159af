package org.iwprarchive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaType;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The module graph of ARCHITECTURE.md (api -> {ingest, search, domain}; ingest, search -> domain) and the house
 * rules of STYLE.md, enforced on the main code of every module.
 */
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

    /** A package depends on another, or the other on it, never both (through any number of steps). */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.iwprarchive.(*).(*)..").should().beFreeOfCycles();

    /** The API's JSON is records of its own: no endpoint takes or answers an entity. */
    @ArchTest
    static final ArchRule noEntityOnTheWire = methods().that().areMetaAnnotatedWith(RequestMapping.class)
            .should(new ArchCondition<JavaMethod>("not take or answer an entity") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    List<JavaType> types = new ArrayList<>(method.getParameterTypes());
                    types.add(method.getReturnType());
                    types.stream().flatMap(type -> type.getAllInvolvedRawTypes().stream())
                            .filter(type -> type.isAnnotatedWith(Entity.class))
                            .forEach(entity -> events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " has the entity " + entity.getName() + " in its signature")));
                }
            });

    /** Package-private by default: nothing outside a controller's package calls it. */
    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes().that().areAnnotatedWith(RestController.class)
            .should().notBePublic();

    /** A name says what a class is for; util, helper and common say nothing. */
    @ArchTest
    static final ArchRule noGrabBagPackages = noClasses().should()
            .resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..", "..common..", "..misc..");

    @ArchTest
    static final ArchRule onlySearchTouchesTheSearchSession = noClasses()
            .that().resideOutsideOfPackage("org.iwprarchive.search..")
            .should().dependOnClassesThat().resideInAPackage("org.hibernate.search..");
}
