/** Persistence of the goods nomenclature (HS sections, chapters, headings, subheadings and national lines). */
package org.importwindow.server.nomenclature;
