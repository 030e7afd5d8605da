package io.camelbandwidth.messaging;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.AcceptedMessage;
import io.camelbandwidth.simulator.RecordedRequest;
import io.camelbandwidth.simulator.StoredMedia;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static io.camelbandwidth.messaging.testkit.TestAccount.ACCOUNT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A picture dropped into a watched folder is uploaded to Bandwidth's media store and sent as an MMS referencing it;
 * a text file in the same folder is still sent as its text.
 */
class FileToMmsTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    @TempDir
    static Path folder;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + folder.resolve("photos") + "?initialDelay=0&delay=20&readLock=changed&readLockCheckInterval=50"
                     + "&readLockMinAge=100&readLockTimeout=5000")
                        .setHeader(BandwidthSmsConstants.TEXT, simple("New photo: ${header.CamelFileName}"))
                        .to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333"));
            }
        };
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 2, 0xff8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void pictureFileBecomesUploadedMediaAndAnMmsReferencingIt() throws Exception {
        byte[] picture = png();
        Path photos = Files.createDirectories(folder.resolve("photos"));
        Files.write(photos.resolve("cat.png"), picture);

        AcceptedMessage mms = bandwidth.simulator().awaitAccepted(1, WAIT).get(0);

        assertTrue(mms.isMms());
        assertEquals("New photo: cat.png", mms.text());
        assertEquals(1, mms.media().size());
        String url = mms.media().get(0);
        String prefix = bandwidth.simulator().baseUri() + "/users/" + ACCOUNT_ID + "/media/";
        assertTrue(url.startsWith(prefix) && url.endsWith("-cat.png"), url);
        StoredMedia stored = bandwidth.simulator().storedMedia(ACCOUNT_ID, url.substring(prefix.length())).orElseThrow();
        assertArrayEquals(picture, stored.content(), "the picture arrives byte for byte");
        assertEquals("image/png", stored.contentType());

        List<RecordedRequest> requests = bandwidth.simulator().requests();
        assertEquals("PUT", requests.get(0).method(), "uploaded first");
        assertEquals("image/png", requests.get(0).header("Content-Type"));
        assertEquals("POST", requests.get(1).method(), "then sent");
    }

    @Test
    void textFileIsStillText() throws Exception {
        Path photos = Files.createDirectories(folder.resolve("photos"));
        Files.writeString(photos.resolve("note.txt"), "Just text", StandardCharsets.UTF_8);

        AcceptedMessage sms = bandwidth.simulator().awaitAccepted(1, WAIT).get(0);

        assertFalse(sms.isMms());
        assertEquals("Just text", sms.text());
        assertNull(bandwidth.simulator().requests().stream().filter(r -> r.method().equals("PUT")).findAny().orElse(null));
        assertTrue(bandwidth.simulator().storedMedia(ACCOUNT_ID).isEmpty());
    }
}
