package io.camelbandwidth.messaging.model.multichannel;

import java.util.List;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** RBM media (schema {@code rbmMessageMedia}); see {@link RbmContent#media}. */
@JsonDeserialize(using = JsonDeserializer.None.class)
public final class RbmMedia extends RbmContent {

    private List<RbmMediaFile> media;

    /** The files, at least one. */
    public List<RbmMediaFile> getMedia() {
        return media;
    }

    public void setMedia(List<RbmMediaFile> media) {
        this.media = media;
    }
}
