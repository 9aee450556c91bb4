/**
 * The goods nomenclature: HS 2022 sections, chapters, headings and subheadings with China's 8-digit national
 * lines, in English and Chinese, as a tree with search.
 */
package org.importwindow.nomenclature;
