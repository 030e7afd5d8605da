package io.camelbandwidth.messaging;

import io.camelbandwidth.messaging.callback.CallbackCredentials;
import io.camelbandwidth.messaging.callback.EventRouter;
import io.camelbandwidth.messaging.callback.WebhookGate;
import io.camelbandwidth.messaging.callback.WebhookProcessor;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.component.platform.http.DefaultPlatformHttpConsumer;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives Bandwidth's messaging webhooks (delivery status and inbound messages): one exchange per event, with a
 * {@link io.camelbandwidth.messaging.model.BandwidthCallback} body.
 * <p>
 * The HTTP side is a {@code platform-http} consumer on {@code webhookPath}, so the callbacks arrive on whatever server
 * the runtime provides (Vert.x standalone, the servlet container in Spring Boot). Its security handler, a
 * {@code WebhookGate}, checks the credentials, declared size and content type before the server reads the body where
 * the engine allows it (Vert.x). A request is answered {@code 200} only when the route has processed every event in
 * it; see {@code WebhookProcessor} for the other answers.
 */
public class BandwidthSmsConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(BandwidthSmsConsumer.class);

    private Consumer httpConsumer;
    private String claimedPath;

    public BandwidthSmsConsumer(BandwidthSmsEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public BandwidthSmsEndpoint getEndpoint() {
        return (BandwidthSmsEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        BandwidthSmsConfiguration conf = getEndpoint().getConfiguration();
        CallbackCredentials credentials;
        if (conf.hasCallbackCredentials()) {
            credentials = CallbackCredentials.basic(conf.getCallbackUsername(), conf.getCallbackPassword());
        } else {
            credentials = CallbackCredentials.open();
            LOG.warn("Bandwidth callbacks on {} are not authenticated (allowUnauthenticatedCallbacks): anyone who can"
                     + " reach the path can post events", conf.getWebhookPath());
        }
        WebhookGate gate = new WebhookGate(credentials, conf.getMaxBodySize());
        getEndpoint().getComponent().claimWebhookPath(conf.getWebhookPath(), gate);
        claimedPath = conf.getWebhookPath();
        try {
            CamelContext context = getEndpoint().getCamelContext();
            IdempotentRepository repository = conf.getIdempotentRepository();
            if (repository != null && !context.hasService(repository)) {
                // the context owns it: consumers (and routes) that share it may stop without emptying it
                context.addService(repository, true, true);
            }
            WebhookProcessor webhook = new WebhookProcessor(conf.getMaxBodySize(), conf.getMaxEventsPerRequest(),
                    getEndpoint().getComponent().metrics().callbacks(conf.getAccountId())
                            .counting(new EventRouter(this, repository, this::getExceptionHandler)));
            // muteException: an error answer never carries a stack trace
            PlatformHttpEndpoint http = context.getEndpoint(
                    "platform-http:" + conf.getWebhookPath() + "?httpMethodRestrict=POST&muteException=true",
                    PlatformHttpEndpoint.class);
            // constructed here rather than by http.createConsumer, which would pass only its own oauthProfile handler
            httpConsumer = new DefaultPlatformHttpConsumer(http, webhook, gate);
            ServiceHelper.startService(httpConsumer);
        } catch (Exception e) {
            doStop();
            throw e;
        }
        LOG.info("Receiving Bandwidth callbacks of account {} on POST {}", conf.getAccountId(), conf.getWebhookPath());
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopAndShutdownService(httpConsumer);
        httpConsumer = null;
        if (claimedPath != null) {
            getEndpoint().getComponent().releaseWebhookPath(claimedPath);
            claimedPath = null;
        }
        super.doStop();
    }
}
