package seloste.load;

import java.util.ArrayList;
import java.util.List;
import seloste.model.Recipient;
import seloste.model.RecipientRole;

/** Reads a {@code kind: recipients} file: recipients shared by the notices of a repository. */
final class RecipientsReader {

    private RecipientsReader() {
    }

    static List<Recipient> read(MapReader r) {
        List<Recipient> out = new ArrayList<>();
        for (MapReader item : r.maps("recipients", "a recipient")) {
            out.add(new Recipient(Values.id(item), Values.requiredName(item, "name"),
                    Values.requiredKeyword(item, "role", RecipientRole.class, RecipientRole.PROCESSOR),
                    Values.flag(item, "category", false), Values.text(item, "description"),
                    Values.country(item, "country", "FI"), Values.flag(item, "dpf_certified", false), item.origin()));
            item.done();
        }
        r.done();
        return out;
    }
}
