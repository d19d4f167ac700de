package com.stillpoint.booking.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Wall-clock values (a clinic's dates and opening hours, a plan's local time) are stored as ISO strings. The
 * default would turn them into instants in the JVM's own time zone, so a document written by a server in one zone
 * would read back shifted on a server in another.
 */
@Configuration(proxyBeanMethods = false)
class MongoConversions {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(adapter -> adapter.registerConverters(List.of(
                new LocalDateWriter(), new LocalDateReader(), new LocalTimeWriter(), new LocalTimeReader(),
                new LocalDateTimeWriter(), new LocalDateTimeReader())));
    }

    @WritingConverter
    static class LocalDateWriter implements Converter<LocalDate, String> {
        @Override
        public String convert(LocalDate source) {
            return source.toString();
        }
    }

    @ReadingConverter
    static class LocalDateReader implements Converter<String, LocalDate> {
        @Override
        public LocalDate convert(String source) {
            return LocalDate.parse(source);
        }
    }

    @WritingConverter
    static class LocalTimeWriter implements Converter<LocalTime, String> {
        @Override
        public String convert(LocalTime source) {
            return source.toString();
        }
    }

    @ReadingConverter
    static class LocalTimeReader implements Converter<String, LocalTime> {
        @Override
        public LocalTime convert(String source) {
            return LocalTime.parse(source);
        }
    }

    @WritingConverter
    static class LocalDateTimeWriter implements Converter<LocalDateTime, String> {
        @Override
        public String convert(LocalDateTime source) {
            return source.toString();
        }
    }

    @ReadingConverter
    static class LocalDateTimeReader implements Converter<String, LocalDateTime> {
        @Override
        public LocalDateTime convert(String source) {
            return LocalDateTime.parse(source);
        }
    }
}
