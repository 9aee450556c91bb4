package org.importwindow.tariff.load;

import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.reference.ReferenceData;

/**
 * Supplies the bundled nomenclature and reference data to {@link MeasureCheckCli}, found with
 * {@link java.util.ServiceLoader} (register an implementation in
 * {@code META-INF/services/org.importwindow.tariff.load.MeasureCheckReferences}). Without one the command line
 * checks codes and areas for form only.
 */
public interface MeasureCheckReferences {
    /** May return null when not available. */
    Nomenclature nomenclature();

    /** May return null when not available. */
    ReferenceData referenceData();
}
