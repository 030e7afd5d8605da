package io.camelbandwidth.messaging.model.multichannel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RBM media file (schema {@code rbmMessageContentFile}): in RBM media content, and the media of an inbound RBM
 * message.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class RbmMediaFile {

    private String fileUrl;
    private String thumbnailUrl;

    public static RbmMediaFile of(String fileUrl) {
        RbmMediaFile file = new RbmMediaFile();
        file.setFileUrl(fileUrl);
        return file;
    }

    /** A video and the image shown before it plays. */
    public static RbmMediaFile of(String fileUrl, String thumbnailUrl) {
        RbmMediaFile file = of(fileUrl);
        file.setThumbnailUrl(thumbnailUrl);
        return file;
    }

    /** The file's URL, required, at most 1000 characters; the file at most 100 MB. */
    public String getFileUrl() {
        return fileUrl;
    }

    public void setFileUrl(String fileUrl) {
        this.fileUrl = fileUrl;
    }

    /** The thumbnail's URL (video files only), at most 1000 characters. */
    public String getThumbnailUrl() {
        return thumbnailUrl;
    }

    public void setThumbnailUrl(String thumbnailUrl) {
        this.thumbnailUrl = thumbnailUrl;
    }
}
