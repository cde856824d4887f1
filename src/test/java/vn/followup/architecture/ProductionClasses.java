package vn.followup.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The product's classes as ArchUnit reads them, imported once per test JVM: the import takes
 * seconds, and the architecture tests share it.
 */
final class ProductionClasses {

  private static JavaClasses classes;

  private ProductionClasses() {
  }

  static synchronized JavaClasses get() {
    if (classes == null) {
      classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.followup");
    }
    return classes;
  }
}
