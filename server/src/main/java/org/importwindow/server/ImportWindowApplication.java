package org.importwindow.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The single window: web pages, REST API and persistence around the core engines. */
@SpringBootApplication
public class ImportWindowApplication {
    public static void main(String[] args) {
        SpringApplication.run(ImportWindowApplication.class, args);
    }
}
