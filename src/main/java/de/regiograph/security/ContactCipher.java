package de.regiograph.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals personal contact data before it reaches the database: AES-256-GCM with a random IV per value,
 * bound to the record's key (additional authenticated data), so that no Cypher query — the research
 * endpoint, Bolt clients, exports, search, filters — sees or can match the plain text. Only the
 * application, holding the key ({@code REGIOGRAPH_CONTACT_KEY}), opens it for editors and admins.
 */
@Component
public class ContactCipher {

    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    ContactCipher(@Value("${regiograph.contact.key:}") String key) {
        this.key = key.isBlank() ? null : new SecretKeySpec(decodeKey(key), "AES");
    }

    private static byte[] decodeKey(String key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("REGIOGRAPH_CONTACT_KEY must be Base64 (e.g. openssl rand -base64 32)");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(
                    "REGIOGRAPH_CONTACT_KEY must be 32 bytes in Base64 (openssl rand -base64 32), was " + bytes.length);
        }
        return bytes;
    }

    /** Whether a key is configured; without one, contact data can be neither written nor read. */
    public boolean available() {
        return key != null;
    }

    /** The sealed form of the text for the record {@code owner}: {@code v1:<Base64 of IV and ciphertext>}. */
    public String seal(String owner, String text) {
        try {
            var iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            var cipher = cipher(Cipher.ENCRYPT_MODE, iv, owner);
            var sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            var out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Contact data could not be sealed", e);
        }
    }

    /** The text of a value sealed for {@code owner}; fails when the key or the owner differ. */
    public String open(String owner, String sealed) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalStateException("Unknown format of sealed contact data");
        }
        try {
            var bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            var cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(bytes, IV_BYTES), owner);
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "Contact data of " + owner + " could not be opened with the configured key");
        }
    }

    private Cipher cipher(int mode, byte[] iv, String owner) throws GeneralSecurityException {
        if (key == null) {
            throw new IllegalStateException("no REGIOGRAPH_CONTACT_KEY configured");
        }
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
