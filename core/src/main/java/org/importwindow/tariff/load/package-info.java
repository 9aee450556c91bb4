/**
 * Loading measures: the documented measure file format (docs/measure-file-format.md), an importer that checks every
 * row and imports nothing when any row is wrong ({@link org.importwindow.tariff.load.MeasureImport}), the bundled
 * measure files ({@link org.importwindow.tariff.load.BundledMeasures}), a validation command line
 * ({@link org.importwindow.tariff.load.MeasureCheckCli}), the converter of the 2026 tariff sample and a generator of
 * a synthetic full-size national schedule.
 */
package org.importwindow.tariff.load;
