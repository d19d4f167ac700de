package com.stillpoint.localstack;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The dev console with its real configuration file, on free ports, launching nothing: the mail capture and the SMS
 * sink only. Every class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = LocalStackApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + LocalStackApplication.CONFIG_NAME,
                "local-stack.launch=false",
                "local-stack.mail.smtp-port=0",
                "local-stack.sms.delivery-delay=100ms"
        })
public @interface DevConsoleTest {
}
