package dev.relkit.demo.sakila;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateTimeSerializer;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The JSON of {@code graph}: the {@code SakilaViews} records as they are (component names are the
 * property names), nulls kept, money as plain JSON numbers, timestamps as ISO-8601 local
 * date-times with seconds always present ({@code "2005-05-25T11:30:00"}, where
 * {@code LocalDateTime.toString()} would drop the {@code :00}).
 */
public final class GraphJson {

    /** Seconds always, fractions never: Sakila's DATETIME columns have whole seconds. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule().addSerializer(LocalDateTime.class, new LocalDateTimeSerializer(TIMESTAMP)))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private GraphJson() {
    }

    /** The graph as indented JSON. */
    public static String write(Object graph) {
        try {
            return MAPPER.writeValueAsString(graph);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + graph.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
