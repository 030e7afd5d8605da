package io.camelbandwidth.messaging.model.multichannel;

/** A suggestion that dials a number (schema {@code rbmActionDial}); see {@link RbmAction#dial}. */
public final class RbmDialAction extends RbmAction {

    private String phoneNumber;

    public RbmDialAction() {
        setType(Type.DIAL_PHONE);
    }

    RbmDialAction(String text, String postback) {
        super(Type.DIAL_PHONE, text, postback);
    }

    /** The number to dial, required, E.164. */
    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }
}
