/** Legal parameters: dated values with their legal act and citation, e.g. the 50-yuan waiver threshold. */
package org.importwindow.law;
