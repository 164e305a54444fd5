package org.cobalt.bench.batch;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON mapping shared by results files and the worker protocol: one object per line, no pretty printing. */
public final class ResultJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ResultJson() {
    }

    /** The mapper (thread-safe). */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** One JSON line (without the newline). */
    public static String line(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Parses a results-file line. */
    public static ResultRecord parseRecord(String line) throws JacksonException {
        return MAPPER.readValue(line, ResultRecord.class);
    }

    /** Parses one JSON line into a type. */
    public static <T> T parse(String line, Class<T> type) throws JacksonException {
        return MAPPER.readValue(line, type);
    }
}
