package seloste;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: cli -> Compiler -> load / check / render / write -> model. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("seloste");

    @Test
    void theModelUsesNothingButTheJdk() {
        classes().that().resideInAPackage("seloste.model..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("seloste.model..", "java..").check(CLASSES);
    }

    @Test
    void stagesDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("seloste.load..").should().dependOnClassesThat()
                .resideInAnyPackage("seloste.check..", "seloste.render..", "seloste.write..", "seloste.cli..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("seloste.check..").should().dependOnClassesThat()
                .resideInAnyPackage("seloste.load..", "seloste.render..", "seloste.write..", "seloste.cli..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("seloste.render..").should().dependOnClassesThat()
                .resideInAnyPackage("seloste.load..", "seloste.check..", "seloste.write..", "seloste.cli..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("seloste.write..").should().dependOnClassesThat()
                .resideInAnyPackage("seloste.load..", "seloste.check..", "seloste.render..", "seloste.cli..")
                .check(CLASSES);
    }

    @Test
    void recordsMachineReadableNoticesAndTranslationLocksAreMadeFromTheModelAlone() {
        String[] stages = {"seloste.load..", "seloste.check..", "seloste.render..", "seloste.write..",
            "seloste.cli.."};
        noClasses().that().resideInAPackage("seloste.translation..").should().dependOnClassesThat()
                .resideInAnyPackage(stages).orShould().dependOnClassesThat()
                .resideInAnyPackage("seloste.jsonld..", "seloste.ropa..").check(CLASSES);
        noClasses().that().resideInAPackage("seloste.jsonld..").should().dependOnClassesThat()
                .resideInAnyPackage(stages).orShould().dependOnClassesThat()
                .resideInAnyPackage("seloste.translation..", "seloste.ropa..").check(CLASSES);
        noClasses().that().resideInAPackage("seloste.ropa..").should().dependOnClassesThat()
                .resideInAnyPackage(stages).orShould().dependOnClassesThat()
                .resideInAnyPackage("seloste.translation..", "seloste.jsonld..").check(CLASSES);
    }

    @Test
    void onlyTheCommandLinePrintsOrExits() {
        noClasses().that().resideOutsideOfPackage("seloste.cli..").should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err").orShould().callMethod(System.class, "exit", int.class)
                .check(CLASSES);
    }

    @Test
    void nothingButTheCommandLineUsesTheCompilerFacade() {
        noClasses().that().resideOutsideOfPackages("seloste.cli..", "seloste").should().dependOnClassesThat()
                .resideInAPackage("seloste").check(CLASSES);
    }
}
