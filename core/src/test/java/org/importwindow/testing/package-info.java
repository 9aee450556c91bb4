/** Helpers shared by the core's tests (the core's main code has no JSON library, so its tests bring their own). */
package org.importwindow.testing;
