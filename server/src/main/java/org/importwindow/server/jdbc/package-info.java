/** JDBC helpers shared by the feature stores: batch writes. */
package org.importwindow.server.jdbc;
