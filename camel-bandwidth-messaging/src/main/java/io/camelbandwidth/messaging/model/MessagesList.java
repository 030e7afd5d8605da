package io.camelbandwidth.messaging.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of {@code listMessages} (schema {@code messagesList}): message metadata, never the text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class MessagesList {

    private Long totalCount;
    private PageInfo pageInfo;
    private List<ListMessageItem> messages = new ArrayList<>();

    /** How many messages match the search (all pages). */
    public Long getTotalCount() {
        return totalCount;
    }

    public void setTotalCount(Long totalCount) {
        this.totalCount = totalCount;
    }

    public PageInfo getPageInfo() {
        return pageInfo;
    }

    public void setPageInfo(PageInfo pageInfo) {
        this.pageInfo = pageInfo;
    }

    /** The messages of this page. */
    public List<ListMessageItem> getMessages() {
        return messages;
    }

    public void setMessages(List<ListMessageItem> messages) {
        this.messages = messages == null ? new ArrayList<>() : messages;
    }

    @Override
    public String toString() {
        return "MessagesList[totalCount=" + totalCount + ", messages=" + messages.size() + "]";
    }
}
