package io.camelbandwidth.messaging.send;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.BandwidthValidationException;
import io.camelbandwidth.messaging.model.MediaContent;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;

/**
 * Local media content (a file, bytes, a stream) that the producer uploads with {@code PUT …/media/{mediaId}}:
 * recognising it, reading it as bytes (never as text), finding its media type and checking its size before any
 * request.
 * <p>
 * A <b>body</b> is a picture for {@code sendMessage} when it is a {@link MediaContent}; a {@link File},
 * {@link Path} or {@link WrappedFile} (what {@code from("file:...")} gives) whose media type, from the header
 * {@code CamelBandwidthMediaContentType} or else the file name, is {@code image/*}, {@code audio/*},
 * {@code video/*} or {@code application/pdf}; or a {@code byte[]} or {@link InputStream} with the header
 * {@code CamelBandwidthMediaContentType}. A {@code Content-Type} header does not make one: it may be a transport's
 * (an incoming HTTP request's), not the route's decision ({@link #isBinaryByTransport}). Any other body is text, as
 * before (a {@code .txt} file is sent as its text).
 * <p>
 * Reads are bounded for every kind of file: at most {@code maxMediaSize} bytes plus one are read, whatever size the
 * file reports, and only regular files are read (a FIFO or a device such as {@code /dev/zero} is refused).
 */
final class LocalMedia {

    /** Media types by file extension: the types Bandwidth lists for uploads (spec {@code uploadMediaRequest}). */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("jpe", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("bmp", "image/bmp"),
            Map.entry("webp", "image/webp"), Map.entry("heic", "image/heic"), Map.entry("heif", "image/heif"),
            Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"), Map.entry("svg", "image/svg+xml"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("mp4", "video/mp4"), Map.entry("m4v", "video/mp4"), Map.entry("mpeg", "video/mpeg"),
            Map.entry("mpg", "video/mpeg"), Map.entry("mov", "video/quicktime"), Map.entry("webm", "video/webm"),
            Map.entry("avi", "video/avi"), Map.entry("wmv", "video/x-ms-wmv"), Map.entry("flv", "video/x-flv"),
            Map.entry("3gp", "video/3gpp"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("m4a", "audio/mp4"), Map.entry("ogg", "audio/ogg"),
            Map.entry("oga", "audio/ogg"), Map.entry("wav", "audio/wav"), Map.entry("amr", "audio/amr"),
            Map.entry("flac", "audio/flac"),
            Map.entry("pdf", "application/pdf"), Map.entry("vcf", "text/vcard"), Map.entry("vcard", "text/vcard"),
            Map.entry("ics", "text/calendar"), Map.entry("csv", "text/csv"), Map.entry("txt", "text/plain"),
            Map.entry("html", "text/html"), Map.entry("xml", "text/xml"), Map.entry("json", "application/json"),
            Map.entry("rtf", "application/rtf"), Map.entry("zip", "application/zip"));

    private LocalMedia() {
    }

    /** Whether the body of this message is local media content to send as a picture (see the class comment). */
    static boolean isMediaBody(Message in) {
        Object body = in.getBody();
        if (body instanceof MediaContent) {
            return true;
        }
        String explicit = in.getHeader(BandwidthSmsConstants.MEDIA_CONTENT_TYPE, String.class);
        if (body instanceof File || body instanceof Path || body instanceof WrappedFile) {
            String type = explicit != null ? explicit : typeOfName(fileName(body, in));
            return type != null && isPictureLike(type);
        }
        if (body instanceof byte[] || body instanceof InputStream) {
            return explicit != null;
        }
        return false;
    }

    /**
     * Whether the body is bytes or a stream that only a {@code Content-Type} header calls a picture: neither text to
     * send nor, without the route's word ({@code CamelBandwidthMediaContentType}), a picture.
     */
    static boolean isBinaryByTransport(Message in) {
        Object body = in.getBody();
        return (body instanceof byte[] || body instanceof InputStream)
               && in.getHeader(BandwidthSmsConstants.MEDIA_CONTENT_TYPE) == null
               && isPictureLike(in.getHeader(Exchange.CONTENT_TYPE, String.class));
    }

    /** image/*, audio/*, video/* and PDF: content that is certainly not meant as the text of a message. */
    static boolean isPictureLike(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.strip().toLowerCase(Locale.ROOT);
        return type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
               || type.startsWith("application/pdf");
    }

    /** Whether a media header item (or body) is local content rather than a URL. */
    static boolean isLocal(Object item) {
        return item instanceof MediaContent || item instanceof File || item instanceof Path || item instanceof WrappedFile
               || item instanceof byte[] || item instanceof InputStream;
    }

    /**
     * Reads local content as bytes with its media type.
     *
     * @param item        a {@link MediaContent}, {@link File}, {@link Path}, {@link WrappedFile}, {@code byte[]} or
     *                    {@link InputStream}
     * @param in          the message, for the content type and file name headers
     * @param isBody      whether the item is the body (then {@code Content-Type} and {@code CamelFileName} headers
     *                    apply to it)
     * @param field       the body or header named in validation failures
     * @param maxSize     the largest size allowed, in bytes
     * @throws BandwidthValidationException when it cannot be read, has no known media type, is empty or too large
     */
    static MediaContent read(Object item, Message in, boolean isBody, String field, long maxSize) {
        String explicit = in.getHeader(BandwidthSmsConstants.MEDIA_CONTENT_TYPE, String.class);
        if (item instanceof MediaContent) {
            MediaContent content = (MediaContent) item;
            String type = content.getContentType() != null ? content.getContentType() : explicit;
            return checked(new MediaContent(content.getName(), type, content.getData()), field, maxSize);
        }
        if (item instanceof WrappedFile) {
            Object file = ((WrappedFile<?>) item).getFile();
            if (file instanceof File || file instanceof Path) {
                return read(file, in, isBody, field, maxSize);
            }
            Object content = ((WrappedFile<?>) item).getBody();
            if (content == null) {
                content = in.getBody(byte[].class);
            }
            return read(content, in, isBody, field, maxSize);
        }
        if (item instanceof File || item instanceof Path) {
            Path path = item instanceof File ? ((File) item).toPath() : (Path) item;
            String name = path.getFileName() == null ? null : path.getFileName().toString();
            String type = explicit != null ? explicit : typeOfName(name);
            if (!Files.isRegularFile(path)) {
                // a FIFO blocks until written to, a device such as /dev/zero never ends: neither is a picture
                throw new BandwidthValidationException(field, "the file " + name + " is not a regular file");
            }
            try {
                long size = Files.size(path);
                if (size > maxSize) {
                    throw tooLarge(field, name, size, maxSize);
                }
                try (InputStream file = Files.newInputStream(path)) {
                    // bounded whatever the size said: a file may grow while it is read
                    return checked(new MediaContent(name, type, readAtMost(file, field, maxSize)), field, maxSize);
                }
            } catch (IOException e) {
                throw new BandwidthValidationException(field, "cannot read the file " + name + " ("
                                                              + e.getClass().getSimpleName() + ")");
            }
        }
        String name = isBody ? in.getHeader(Exchange.FILE_NAME_ONLY, in.getHeader(Exchange.FILE_NAME, String.class),
                String.class) : null;
        String type = explicit;
        if (type == null && isBody) {
            type = in.getHeader(Exchange.CONTENT_TYPE, in.getHeader(Exchange.FILE_CONTENT_TYPE, String.class), String.class);
        }
        if (type == null) {
            type = typeOfName(name);
        }
        if (item instanceof byte[]) {
            return checked(new MediaContent(name, type, (byte[]) item), field, maxSize);
        }
        if (item instanceof InputStream) {
            try {
                return checked(new MediaContent(name, type, readAtMost((InputStream) item, field, maxSize)), field,
                        maxSize);
            } catch (IOException e) {
                throw new BandwidthValidationException(field, "cannot read the media stream ("
                                                              + e.getClass().getSimpleName() + ")");
            }
        }
        throw new BandwidthValidationException(field, "must be a media URL or local content (File, Path, byte[],"
                                                      + " InputStream, MediaContent), not " + item.getClass().getName());
    }

    /** The bytes of a stream, refused beyond {@code maxSize}: one byte more tells a too large one without reading it all. */
    private static byte[] readAtMost(InputStream in, String field, long maxSize) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
        if (data.length > maxSize) {
            throw new BandwidthValidationException(field, "the media has more than " + maxSize + " bytes (maxMediaSize)");
        }
        return data;
    }

    private static MediaContent checked(MediaContent content, String field, long maxSize) {
        String which = content.getName() == null ? "the media" : "the media " + content.getName();
        if (content.getContentType() == null || content.getContentType().isBlank()) {
            throw new BandwidthValidationException(field, "the media type of " + (content.getName() == null
                    ? "the media" : content.getName()) + " is unknown: set the header "
                                                          + BandwidthSmsConstants.MEDIA_CONTENT_TYPE);
        }
        if (!content.getContentType().contains("/")) {
            throw new BandwidthValidationException(field, "the media type '" + content.getContentType()
                                                          + "' is not a type/subtype");
        }
        if (content.size() == 0) {
            throw new BandwidthValidationException(field, which + " is empty");
        }
        if (content.size() > maxSize) {
            throw tooLarge(field, content.getName(), content.size(), maxSize);
        }
        return content;
    }

    private static BandwidthValidationException tooLarge(String field, String name, long size, long maxSize) {
        return new BandwidthValidationException(field, (name == null ? "the media" : name) + " has " + size
                                                       + " bytes; maxMediaSize allows " + maxSize
                                                       + " (Bandwidth: 3.5 MB per MMS file)");
    }

    /** The media type for a file name's extension, or {@code null}. */
    static String typeOfName(String name) {
        if (name == null) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            String type = TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
            if (type != null) {
                return type;
            }
        }
        return URLConnection.guessContentTypeFromName(name);
    }

    private static String fileName(Object body, Message in) {
        if (body instanceof File) {
            return ((File) body).getName();
        }
        if (body instanceof Path) {
            Path name = ((Path) body).getFileName();
            return name == null ? null : name.toString();
        }
        Object file = ((WrappedFile<?>) body).getFile();
        if (file instanceof File) {
            return ((File) file).getName();
        }
        return in.getHeader(Exchange.FILE_NAME_ONLY, in.getHeader(Exchange.FILE_NAME, String.class), String.class);
    }

    /** A unique media id that keeps the file name readable: {@code {uuid}-{name}}. */
    static String newMediaId(String name) {
        String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.length() > 100) {
            safe = safe.substring(safe.length() - 100);
        }
        return UUID.randomUUID() + (safe.isEmpty() ? "" : "-" + safe);
    }
}
