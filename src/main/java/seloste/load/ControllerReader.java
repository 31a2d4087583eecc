package seloste.load;

import java.util.Optional;
import seloste.model.Address;
import seloste.model.Contact;
import seloste.model.Controller;
import seloste.model.ControllerType;
import seloste.model.LocalizedText;

/** Reads a {@code kind: controller} file, and the addresses and contacts it shares with notices. */
final class ControllerReader {

    private ControllerReader() {
    }

    static Controller read(MapReader r) {
        String id = Values.id(r);
        LocalizedText name = Values.requiredName(r, "name");
        ControllerType type = Values.keyword(r, "type", ControllerType.class).orElse(ControllerType.COMPANY);
        Optional<String> businessId = r.optString("business_id");
        Address postal = r.map("postal_address", "the postal address").map(ControllerReader::address)
                .orElseGet(() -> r.missing("postal_address", emptyAddress(r)));
        Optional<Address> visiting = r.map("visiting_address", "the visiting address").map(ControllerReader::address);
        Optional<String> phone = r.optString("phone");
        Optional<String> email = r.optString("email");
        Optional<String> website = r.optString("website");
        Optional<Contact> representative = r.map("representative", "the representative").map(ControllerReader::contact);
        Optional<Contact> dpo = r.map("dpo", "the data protection officer").map(ControllerReader::contact);
        Controller c = new Controller(id, name, type, businessId, postal, visiting, phone, email, website,
                representative, dpo, r.origin());
        r.done();
        return c;
    }

    static Address address(MapReader r) {
        LocalizedText street = Values.requiredName(r, "street");
        String postalCode = r.string("postal_code");
        LocalizedText city = Values.requiredName(r, "city");
        String country = Values.country(r, "country", "FI");
        Address a = new Address(street, postalCode, city, country, r.origin());
        r.done();
        return a;
    }

    static Contact contact(MapReader r) {
        Optional<LocalizedText> name = Values.name(r, "name");
        Optional<String> email = r.optString("email");
        Optional<String> phone = r.optString("phone");
        Optional<Address> address = r.map("address", "the address").map(ControllerReader::address);
        Contact c = new Contact(name, email, phone, address, r.origin());
        r.done();
        return c;
    }

    private static Address emptyAddress(MapReader r) {
        LocalizedText none = LocalizedText.uniform("", r.at());
        return new Address(none, "", none, "FI", r.origin());
    }
}
