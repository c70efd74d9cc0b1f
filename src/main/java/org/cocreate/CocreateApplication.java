package org.cocreate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts Cocreate. The first argument may name a command-line tool instead of the site
 * ({@code pb …}, {@code spam …}); those run without starting a web server and print only
 * their answer.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CocreateApplication {

	public static void main(String[] args) {
		var command = CommandLineTools.find(args);
		if (command.isPresent()) {
			System.exit(command.get().run(args));
		}
		SpringApplication.run(CocreateApplication.class, args);
	}
}
