package io.camelbandwidth.messaging.model.multichannel;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Bandwidth's answer to a multi-channel message (schema {@code createMultiChannelMessageResponse}): the envelope of
 * {@code links}, the accepted message in {@code data}, and {@code errors} (empty on success; error answers use the
 * same envelope and become the component's exceptions).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class MultiChannelMessageResponse {

    private List<Link> links;
    private MultiChannelMessage data;
    private List<ErrorObject> errors;

    public List<Link> getLinks() {
        return links;
    }

    public void setLinks(List<Link> links) {
        this.links = links;
    }

    /** The accepted message. */
    public MultiChannelMessage getData() {
        return data;
    }

    public void setData(MultiChannelMessage data) {
        this.data = data;
    }

    public List<ErrorObject> getErrors() {
        return errors;
    }

    public void setErrors(List<ErrorObject> errors) {
        this.errors = errors;
    }

    @Override
    public String toString() {
        return "MultiChannelMessageResponse[data=" + data + ", errors=" + (errors == null ? 0 : errors.size()) + "]";
    }

    /** A related resource (schema {@code link}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Link {

        private String rel;
        private String href;

        public String getRel() {
            return rel;
        }

        public void setRel(String rel) {
            this.rel = rel;
        }

        public String getHref() {
            return href;
        }

        public void setHref(String href) {
            this.href = href;
        }
    }

    /** One error of the envelope (schema {@code errorObject}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class ErrorObject {

        private String type;
        private String description;
        private ErrorSource source;

        /** A short category, e.g. {@code request-validation}. */
        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public ErrorSource getSource() {
            return source;
        }

        public void setSource(ErrorSource source) {
            this.source = source;
        }
    }

    /** What in the request caused an error (schema {@code errorSource}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class ErrorSource {

        private String parameter;
        private String field;
        private String header;
        private String reference;

        /** The URI query parameter at fault. */
        public String getParameter() {
            return parameter;
        }

        public void setParameter(String parameter) {
            this.parameter = parameter;
        }

        /** The request body field at fault, e.g. {@code channelList[0].from}. */
        public String getField() {
            return field;
        }

        public void setField(String field) {
            this.field = field;
        }

        public String getHeader() {
            return header;
        }

        public void setHeader(String header) {
            this.header = header;
        }

        /** A resource id or path linked to the error. */
        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }
    }
}
