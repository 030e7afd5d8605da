package io.camelbandwidth.messaging.send;

import java.util.concurrent.CompletableFuture;

import io.camelbandwidth.messaging.BandwidthValidationException;
import org.apache.camel.Exchange;

/**
 * One operation of the producer: builds and validates its request from the exchange, calls Bandwidth through the
 * client and puts the answer on the exchange.
 */
public interface OperationHandler {

    /**
     * Starts the operation.
     *
     * @return completes when the exchange carries the result, or exceptionally with the failure
     * @throws BandwidthValidationException before any request, when the exchange does not make a valid request
     */
    CompletableFuture<Void> start(Exchange exchange);
}
