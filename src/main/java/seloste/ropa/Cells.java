package seloste.ropa;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import seloste.model.Address;
import seloste.model.CategoryKind;
import seloste.model.Contact;
import seloste.model.Controller;
import seloste.model.DataCategory;
import seloste.model.Keyword;
import seloste.model.Language;
import seloste.model.LocalizedText;
import seloste.model.Recipient;
import seloste.model.Retention;
import seloste.model.Transfer;
import seloste.model.TransferMechanism;

/**
 * The text of one cell. A cell is one line: its items are joined with "; " and every run of white space
 * in the sources becomes one space, so the record reads the same in a spreadsheet, in CSV and in a diff.
 */
final class Cells {

    static final String SEPARATOR = "; ";

    private final Language language;
    private final RopaTexts texts;

    Cells(Language language, RopaTexts texts) {
        this.language = language;
        this.texts = texts;
    }

    String text(LocalizedText t) {
        return clean(t.get(language));
    }

    Optional<String> text(Optional<LocalizedText> t) {
        return t.map(this::text).filter(s -> !s.isEmpty());
    }

    String t(String key) {
        return texts.t(key);
    }

    String keyword(String prefix, Keyword k) {
        return texts.t(prefix + "." + k.keyword());
    }

    static String join(List<String> items) {
        return String.join(SEPARATOR, items.stream().filter(s -> !s.isBlank()).toList());
    }

    /** Sentences one after another, each ending in a full stop: security measures, criteria. */
    static String sentences(List<String> items) {
        return String.join(" ", items.stream().filter(s -> !s.isBlank()).map(Cells::sentence).toList());
    }

    static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Name, business ID, postal address, phone, e-mail and website. */
    String controller(Controller c) {
        List<String> parts = new ArrayList<>();
        String name = text(c.name());
        parts.add(c.businessId().map(b -> name + " (" + t("business_id") + " " + b + ")").orElse(name));
        parts.add(address(c.postalAddress()));
        c.phone().ifPresent(p -> parts.add(t("phone") + " " + p));
        c.email().ifPresent(parts::add);
        c.website().ifPresent(parts::add);
        return join(parts);
    }

    String contact(Optional<Contact> contact) {
        if (contact.isEmpty()) {
            return t("none_designated");
        }
        Contact c = contact.get();
        List<String> parts = new ArrayList<>();
        text(c.name()).ifPresent(parts::add);
        c.phone().ifPresent(p -> parts.add(t("phone") + " " + p));
        c.email().ifPresent(parts::add);
        c.address().map(this::address).ifPresent(parts::add);
        return join(parts);
    }

    String address(Address a) {
        String city = clean(a.postalCode() + " " + text(a.city()));
        String country = a.country().equalsIgnoreCase("FI") ? "" : country(a.country());
        return String.join(", ", List.of(text(a.street()), city, country).stream().filter(s -> !s.isBlank()).toList());
    }

    /** {@code Kaarnatieto Oy (henkilötietojen käsittelijä)}, with the country when it is not Finland. */
    String recipient(Recipient r) {
        String role = keyword("role", r.role());
        String where = r.country().equalsIgnoreCase("FI") ? "" : ", " + country(r.country());
        return text(r.name()) + " (" + role + where + ")";
    }

    /** {@code Yhdysvallat: Lettercraft Inc. – ground. Suojatoimet: where the safeguards are documented.} */
    String transfer(Transfer t, Optional<Recipient> recipient) {
        List<String> grounds = new ArrayList<>();
        t.mechanism().ifPresent(m -> grounds.add(m == TransferMechanism.ADEQUACY && t.country().equalsIgnoreCase("US")
                ? t("mechanism.adequacy_us") : keyword("mechanism", m)));
        t.derogation().ifPresent(d -> grounds.add(keyword("derogation", d)));
        String s = country(t.country()) + ": " + recipient.map(r -> text(r.name())).orElse(t.recipient())
                + (grounds.isEmpty() ? "" : " – " + String.join(", ", grounds));
        return text(t.safeguardsCopy()).map(c -> sentence(s) + " " + t("safeguards") + " " + sentence(c)).orElse(s);
    }

    /** {@code Tilaustiedot: 10 vuotta tilikauden päättymisestä. Kriteerit. Peruste: Kirjanpitolaki.} */
    String retention(Retention r, String data) {
        List<String> sentences = new ArrayList<>();
        Optional<String> period = r.period().map(this::period);
        Optional<String> from = text(r.fromText());
        if (period.isPresent()) {
            sentences.add(r.from().map(e -> texts.t("event." + e.keyword(), period.get()))
                    .orElse(from.map(f -> period.get() + " " + f).orElse(period.get())));
        }
        text(r.criteria()).ifPresent(sentences::add);
        text(r.law()).ifPresent(l -> sentences.add(t("law") + " " + l));
        return data + ": " + String.join(" ", sentences.stream().map(Cells::sentence).toList());
    }

    String category(DataCategory c) {
        String name = text(c.name());
        if (c.kind() == CategoryKind.ORDINARY) {
            return name;
        }
        String kind = t("kind." + c.kind().keyword());
        return name + " (" + c.special().map(s -> kind + ": " + keyword("special", s)).orElse(kind) + ")";
    }

    /** {@code P1Y6M} as "1 vuosi ja 6 kuukautta", "1 år och 6 månader", "1 year and 6 months". */
    String period(Period p) {
        List<String> parts = new ArrayList<>();
        unit(parts, p.getYears(), "year");
        unit(parts, p.getMonths(), "month");
        unit(parts, p.getDays(), "day");
        if (parts.isEmpty()) {
            unit(parts, 0, "day");
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + t("and") + " "
                + parts.get(parts.size() - 1);
    }

    private void unit(List<String> parts, int n, String unit) {
        if (n != 0 || parts.isEmpty() && unit.equals("day")) {
            parts.add(n + " " + t("unit." + unit + (n == 1 ? ".one" : ".other")));
        }
    }

    /** The country's name in the record's language, from the JDK's CLDR data. */
    String country(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        String name = new Locale("", c).getDisplayCountry(Locale.forLanguageTag(language.code()));
        return name.isBlank() ? c : name;
    }

    private static String sentence(String s) {
        return s.matches(".*[.!?]$") ? s : s + ".";
    }
}
