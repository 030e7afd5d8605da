package io.camelbandwidth.messaging.model.multichannel;

/** A suggestion that opens a web page (schema {@code rbmActionOpenUrl}); see {@link RbmAction#openUrl}. */
public final class RbmOpenUrlAction extends RbmAction {

    /** Where the page opens (schema {@code rbmOpenUrlEnum}). */
    public enum Application {
        /** The device's browser: the default, and the fallback where WebView is not supported. */
        BROWSER,
        /** An in-app WebView; needs a {@link WebviewViewMode}. */
        WEBVIEW
    }

    /** How much of the screen a WebView takes (schema {@code rbmWebViewEnum}). */
    public enum WebviewViewMode {
        FULL,
        HALF,
        /** Three quarters of the screen. */
        TALL
    }

    private String url;
    private Application application;
    private WebviewViewMode webviewViewMode;

    public RbmOpenUrlAction() {
        setType(Type.OPEN_URL);
    }

    RbmOpenUrlAction(String text, String postback) {
        super(Type.OPEN_URL, text, postback);
    }

    /** Opens the page in an in-app WebView of this size, and returns this action, for chaining. */
    public RbmOpenUrlAction webview(WebviewViewMode mode) {
        setApplication(Application.WEBVIEW);
        setWebviewViewMode(mode);
        return this;
    }

    /** The page, required, http or https, at most 2048 characters. */
    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Application getApplication() {
        return application;
    }

    public void setApplication(Application application) {
        this.application = application;
    }

    /** Required with {@link Application#WEBVIEW}, not allowed with {@link Application#BROWSER}. */
    public WebviewViewMode getWebviewViewMode() {
        return webviewViewMode;
    }

    public void setWebviewViewMode(WebviewViewMode webviewViewMode) {
        this.webviewViewMode = webviewViewMode;
    }
}
