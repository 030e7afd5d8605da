package io.camelbandwidth.messaging.callback;

import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.model.BandwidthCallback;
import io.camelbandwidth.messaging.model.BandwidthCallbackMessage;
import io.camelbandwidth.messaging.model.ErrorCodeInfo;
import org.apache.camel.Message;

/**
 * Puts a callback event on a Camel message: the event as body, its key facts as headers.
 */
final class CallbackHeaders {

    private CallbackHeaders() {
    }

    static void populate(Message target, BandwidthCallback event) {
        target.setBody(event);
        setIfPresent(target, BandwidthSmsConstants.EVENT_TYPE, event.getType());
        setIfPresent(target, BandwidthSmsConstants.TO, event.getTo());
        setIfPresent(target, BandwidthSmsConstants.DESCRIPTION, event.getDescription());
        BandwidthCallbackMessage message = event.getMessage();
        if (message != null) {
            setIfPresent(target, BandwidthSmsConstants.MESSAGE_ID, message.getId());
            setIfPresent(target, BandwidthSmsConstants.FROM, message.getFrom());
            setIfPresent(target, BandwidthSmsConstants.TAG, message.getTag());
            setIfPresent(target, BandwidthSmsConstants.DIRECTION, message.getDirection());
            setIfPresent(target, BandwidthSmsConstants.SEGMENT_COUNT, message.getSegmentCount());
            setIfPresent(target, BandwidthSmsConstants.MESSAGE_TIME, message.getTime());
        }
        if (event.getErrorCode() != null) {
            ErrorCodeInfo info = event.getErrorCodeInfo().orElseThrow();
            target.setHeader(BandwidthSmsConstants.ERROR_CODE, info.code());
            target.setHeader(BandwidthSmsConstants.ERROR_CATEGORY, info.category());
            setIfPresent(target, BandwidthSmsConstants.ERROR_NAME, info.name());
            target.setHeader(BandwidthSmsConstants.ERROR_RESEND_MAY_HELP, info.resendMayHelp());
        }
    }

    private static void setIfPresent(Message target, String header, Object value) {
        if (value != null) {
            target.setHeader(header, value);
        }
    }
}
