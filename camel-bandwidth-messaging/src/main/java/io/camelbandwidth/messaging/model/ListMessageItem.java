package io.camelbandwidth.messaging.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One message of a {@code listMessages} page (schema {@code listMessageItem}): metadata, no text. A group message is
 * listed once per recipient.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ListMessageItem {

    private String messageId;
    private String accountId;
    private String sourceTn;
    private String destinationTn;
    private String messageStatus;
    private String messageDirection;
    private String messageType;
    private Integer segmentCount;
    private Integer errorCode;
    private OffsetDateTime receiveTime;
    private String carrierName;
    private Integer messageSize;
    private Integer messageLength;
    private Integer attachmentCount;
    private Integer recipientCount;
    private String campaignClass;
    private String campaignId;
    private Integer bwLatency;
    private Integer carrierLatency;
    private String callingNumberCountryA3;
    private String calledNumberCountryA3;
    private String product;
    private String location;

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getSourceTn() {
        return sourceTn;
    }

    public void setSourceTn(String sourceTn) {
        this.sourceTn = sourceTn;
    }

    public String getDestinationTn() {
        return destinationTn;
    }

    public void setDestinationTn(String destinationTn) {
        this.destinationTn = destinationTn;
    }

    /** RECEIVED, QUEUED, SENDING, SENT, FAILED, DELIVERED, ACCEPTED or UNDELIVERED. */
    public String getMessageStatus() {
        return messageStatus;
    }

    public void setMessageStatus(String messageStatus) {
        this.messageStatus = messageStatus;
    }

    /** INBOUND or OUTBOUND. */
    public String getMessageDirection() {
        return messageDirection;
    }

    public void setMessageDirection(String messageDirection) {
        this.messageDirection = messageDirection;
    }

    /** sms, mms or rcs. */
    public String getMessageType() {
        return messageType;
    }

    public void setMessageType(String messageType) {
        this.messageType = messageType;
    }

    public Integer getSegmentCount() {
        return segmentCount;
    }

    public void setSegmentCount(Integer segmentCount) {
        this.segmentCount = segmentCount;
    }

    public Integer getErrorCode() {
        return errorCode;
    }

    public void setErrorCode(Integer errorCode) {
        this.errorCode = errorCode;
    }

    public OffsetDateTime getReceiveTime() {
        return receiveTime;
    }

    public void setReceiveTime(OffsetDateTime receiveTime) {
        this.receiveTime = receiveTime;
    }

    public String getCarrierName() {
        return carrierName;
    }

    public void setCarrierName(String carrierName) {
        this.carrierName = carrierName;
    }

    public Integer getMessageSize() {
        return messageSize;
    }

    public void setMessageSize(Integer messageSize) {
        this.messageSize = messageSize;
    }

    public Integer getMessageLength() {
        return messageLength;
    }

    public void setMessageLength(Integer messageLength) {
        this.messageLength = messageLength;
    }

    public Integer getAttachmentCount() {
        return attachmentCount;
    }

    public void setAttachmentCount(Integer attachmentCount) {
        this.attachmentCount = attachmentCount;
    }

    public Integer getRecipientCount() {
        return recipientCount;
    }

    public void setRecipientCount(Integer recipientCount) {
        this.recipientCount = recipientCount;
    }

    public String getCampaignClass() {
        return campaignClass;
    }

    public void setCampaignClass(String campaignClass) {
        this.campaignClass = campaignClass;
    }

    public String getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(String campaignId) {
        this.campaignId = campaignId;
    }

    public Integer getBwLatency() {
        return bwLatency;
    }

    public void setBwLatency(Integer bwLatency) {
        this.bwLatency = bwLatency;
    }

    public Integer getCarrierLatency() {
        return carrierLatency;
    }

    public void setCarrierLatency(Integer carrierLatency) {
        this.carrierLatency = carrierLatency;
    }

    public String getCallingNumberCountryA3() {
        return callingNumberCountryA3;
    }

    public void setCallingNumberCountryA3(String callingNumberCountryA3) {
        this.callingNumberCountryA3 = callingNumberCountryA3;
    }

    public String getCalledNumberCountryA3() {
        return calledNumberCountryA3;
    }

    public void setCalledNumberCountryA3(String calledNumberCountryA3) {
        this.calledNumberCountryA3 = calledNumberCountryA3;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    @Override
    public String toString() {
        // no numbers: toString() ends up in logs
        return "ListMessageItem[messageId=" + messageId + ", status=" + messageStatus + ", direction=" + messageDirection
               + "]";
    }
}
