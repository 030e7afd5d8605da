package io.camelbandwidth.benchmarks;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON work of the hand-written clients (b) and (d): the same request and answer objects, and a mapper set up like
 * the component's, so that they do the same Jackson work as the component does. Kept here rather than borrowed from
 * the component so that the baseline does not change when the component's model does.
 */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Json() {
    }

    static Request request(Variant.Target target, long seq) {
        Request request = new Request();
        request.applicationId = target.applicationId();
        request.to = List.of(target.to());
        request.from = target.from();
        request.text = Variant.text(seq);
        request.tag = Variant.tag(seq);
        return request;
    }

    /** Bandwidth's messageRequest, the fields a send uses. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Request {
        public String applicationId;
        public List<String> to;
        public String from;
        public String text;
        public List<String> media;
        public String tag;
        public String priority;
        public OffsetDateTime expiration;
    }

    /** Bandwidth's message, as answered with 202. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Message {
        public String id;
        public String owner;
        public String applicationId;
        public OffsetDateTime time;
        public Integer segmentCount;
        public String direction;
        public List<String> to;
        public String from;
        public List<String> media;
        public String text;
        public String tag;
        public String priority;
        public OffsetDateTime expiration;
    }
}
