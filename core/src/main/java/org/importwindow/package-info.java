/** ImportWindow core: the law as code. Plain Java, no framework. */
package org.importwindow;
