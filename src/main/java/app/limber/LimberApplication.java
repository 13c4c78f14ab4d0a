package app.limber;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LimberApplication {

    public static void main(String[] args) {
        SpringApplication.run(LimberApplication.class, args);
    }
}
