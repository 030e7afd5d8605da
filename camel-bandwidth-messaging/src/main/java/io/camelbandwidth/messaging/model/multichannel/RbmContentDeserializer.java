package io.camelbandwidth.messaging.model.multichannel;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads RBM content as the one kind whose fields it has. The spec's kinds share no field but {@code suggestions}, so
 * the fields present decide; content with the fields of two kinds, or of none, is not RBM content.
 */
final class RbmContentDeserializer extends StdDeserializer<RbmContent> {

    static final String KINDS_RULE = "RBM content must have the fields of exactly one of: text (text), media (media),"
                                     + " a standalone card (orientation, cardContent) or a carousel (cardWidth,"
                                     + " cardContents)";
    private static final Map<Class<? extends RbmContent>, List<String>> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put(RbmText.class, List.of("text"));
        KINDS.put(RbmMedia.class, List.of("media"));
        KINDS.put(RbmStandaloneCard.class, List.of("orientation", "thumbnailImageAlignment", "cardContent"));
        KINDS.put(RbmCarousel.class, List.of("cardWidth", "cardContents"));
    }

    RbmContentDeserializer() {
        super(RbmContent.class);
    }

    @Override
    public RbmContent deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = context.readTree(parser);
        Class<? extends RbmContent> kind = null;
        if (node.isObject()) {
            for (Map.Entry<Class<? extends RbmContent>, List<String>> candidate : KINDS.entrySet()) {
                if (candidate.getValue().stream().anyMatch(node::hasNonNull)) {
                    if (kind != null) {
                        return context.reportInputMismatch(RbmContent.class, KINDS_RULE);
                    }
                    kind = candidate.getKey();
                }
            }
        }
        if (kind == null) {
            return context.reportInputMismatch(RbmContent.class, KINDS_RULE);
        }
        return context.readTreeAsValue(node, kind);
    }
}
