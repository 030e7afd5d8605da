package io.camelbandwidth.messaging.model.multichannel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A media attachment of an MMS entry (schema {@code mmsMessageContentFile}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class MmsMediaFile {

    private String fileUrl;

    public static MmsMediaFile of(String fileUrl) {
        MmsMediaFile file = new MmsMediaFile();
        file.setFileUrl(fileUrl);
        return file;
    }

    /** The URL Bandwidth fetches the file from, required, at most 1000 characters. */
    public String getFileUrl() {
        return fileUrl;
    }

    public void setFileUrl(String fileUrl) {
        this.fileUrl = fileUrl;
    }
}
