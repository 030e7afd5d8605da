package io.camelbandwidth.messaging.model.multichannel;

/** The media of a rich card (schema {@code rbmCardContent.media}): a media file and its height on the card. */
public final class RbmCardMedia extends RbmMediaFile {

    /** The height of the media on the card (schema {@code rbmMediaHeightEnum}). */
    public enum Height {
        SHORT,
        MEDIUM,
        TALL
    }

    private Height height;

    public static RbmCardMedia of(String fileUrl, Height height) {
        RbmCardMedia media = new RbmCardMedia();
        media.setFileUrl(fileUrl);
        media.setHeight(height);
        return media;
    }

    /** Required. */
    public Height getHeight() {
        return height;
    }

    public void setHeight(Height height) {
        this.height = height;
    }
}
