package de.regiograph.actor;

import de.regiograph.system.InvalidArgumentException;
import de.regiograph.system.Text;

/** A person to contact at an actor: personal data, stored sealed and shown to editors and admins only. */
public record ContactPerson(String name, String function, String email, String phone) {

    /** The contact with its fields checked and trimmed. */
    ContactPerson checked(String argument) {
        var mail = Text.optional(argument + ".email", email, 320);
        if (mail != null && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidArgumentException(argument + ".email", "not an e-mail address");
        }
        var number = Text.optional(argument + ".phone", phone, 50);
        if (number != null && !number.matches("[+0-9 ()/\\-]+")) {
            throw new InvalidArgumentException(
                    argument + ".phone", "only digits, spaces, + ( ) / - are allowed in a phone number");
        }
        return new ContactPerson(
                Text.required(argument + ".name", name, 200),
                Text.optional(argument + ".function", function, 200),
                mail,
                number);
    }
}
