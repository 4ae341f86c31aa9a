package de.regiograph;

import de.regiograph.backup.BackupCommand;
import de.regiograph.importing.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) {
        if (ImportCommand.isCommand(args)) {
            System.exit(ImportCommand.run(args, System.out));
        }
        if (BackupCommand.isCommand(args)) {
            System.exit(BackupCommand.run(args, System.out));
        }
        SpringApplication.run(Application.class, args);
    }
}
