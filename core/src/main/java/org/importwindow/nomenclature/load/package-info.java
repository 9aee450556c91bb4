/**
 * Loads the goods nomenclature from the bundled HS 2022 files and China's 2026 national lines
 * ({@link org.importwindow.nomenclature.load.NomenclatureLoader#loadBundled()}).
 */
package org.importwindow.nomenclature.load;
