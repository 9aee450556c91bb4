/**
 * Enterprises that declare goods: their unified social credit code (GB 32100-2015), customs code, credit level
 * under GACC Order No. 251, and the foreign AEO programmes China recognises mutually.
 */
package org.importwindow.enterprise;
