package org.amparo.clients.ui;

/** The client form's checked fields and the message shown beside each when its value is not right. */
public enum ClientField {
    NAME("client.validation.name"),
    A_NUMBER("client.validation.aNumber"),
    DOB("client.validation.dob"),
    SEX("client.validation.sex"),
    COUNTRY("client.validation.country"),
    LANGUAGE("client.validation.language"),
    PHONE("client.validation.phone"),
    EMAIL("client.validation.email"),
    STATE("client.validation.state"),
    ZIP("client.validation.zip");

    private final String messageKey;

    ClientField(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
