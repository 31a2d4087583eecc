package seloste.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import seloste.model.Recipient;
import seloste.model.Retention;
import seloste.model.Transfer;
import seloste.model.TransferMechanism;
import seloste.render.NoticeView.Block;
import seloste.render.NoticeView.Field;
import seloste.render.NoticeView.Section;

/** The sections on where data go and how long they stay: transfers outside the EU/EEA and retention. */
final class TransferSections {

    private TransferSections() {
    }

    static Section transfers(ViewContext c) {
        if (c.notice.transfers().isEmpty()) {
            return Section.of("transfers", c.t("heading.transfers"), List.of(c.t("transfers.none")), List.of());
        }
        List<Block> blocks = new ArrayList<>();
        for (Transfer t : c.notice.transfers()) {
            Recipient r = c.recipient(t.recipient());
            List<Field> f = new ArrayList<>();
            f.add(c.field("country", c.country(t.country())));
            f.add(c.field("mechanism", mechanism(c, t, r)));
            c.text(t.safeguardsCopy()).ifPresent(copy ->
                    f.add(new Field(c.t("label.safeguards_copy"), List.of(copy), ViewContext.webHref(copy))));
            String heading = c.t("transfers.heading", "recipient", c.text(r.name()), "country", c.country(t.country()));
            blocks.add(Block.of("transfer-" + (blocks.size() + 1), heading, List.of(), f));
        }
        return Section.of("transfers", c.t("heading.transfers"), List.of(c.t("transfers.intro")), blocks);
    }

    private static String mechanism(ViewContext c, Transfer t, Recipient r) {
        TransferMechanism m = t.mechanism().orElseThrow(() -> new ViewException("The transfer to "
                + r.id() + " in the notice " + c.notice.id() + " does not say on what ground it is made"));
        if (!m.valid()) {
            throw new ViewException("The transfer to " + r.id() + " in the notice " + c.notice.id()
                    + " relies on " + m.keyword() + ", which can no longer be relied on");
        }
        if (m == TransferMechanism.ADEQUACY && t.country().strip().toUpperCase(Locale.ROOT).equals("US")) {
            return c.t("transfer.adequacy_us");
        }
        if (m == TransferMechanism.DEROGATION) {
            return t.derogation().map(d -> c.t("transfer.derogation." + d.keyword()))
                    .orElse(c.t("transfer.derogation_unspecified"));
        }
        return c.t("transfer." + m.keyword());
    }

    static Section retention(ViewContext c) {
        List<Block> blocks = new ArrayList<>();
        List<String> headings = c.notice.retention().stream().map(r -> heading(c, r)).toList();
        for (Retention r : c.notice.retention()) {
            List<Field> f = new ArrayList<>();
            Optional<String> period = period(c, r);
            period.ifPresent(p -> f.add(c.field("period", p)));
            c.text(r.criteria()).ifPresent(t -> f.add(c.field("criteria", t)));
            c.text(r.law()).ifPresent(t -> f.add(c.field("retention_law", t)));
            String heading = headings.get(blocks.size());
            // two rules for the same data and purposes (before and after an event) are told apart by their periods
            if (Collections.frequency(headings, heading) > 1) {
                heading = heading + " – " + period.orElse(Integer.toString(blocks.size() + 1));
            }
            blocks.add(Block.of("retention-" + (blocks.size() + 1), heading, List.of(), f));
        }
        return Section.of("retention", c.t("heading.retention"), List.of(c.t("retention.intro")), blocks);
    }

    /** What a rule covers: its data categories, its purposes, or both ("Tilaustiedot (Kirjanpito)"). */
    static String heading(ViewContext c, Retention r) {
        if (r.data().isEmpty()) {
            return r.purposes().isEmpty() ? c.t("retention.all") : c.purposeNames(r.purposes());
        }
        if (r.purposes().isEmpty()) {
            return c.categoryNames(r.data());
        }
        return c.t("retention.heading", "data", c.categoryNames(r.data()), "purposes", c.purposeNames(r.purposes()));
    }

    /** "10 vuotta tilikauden päättymisestä": the period in words and the event it runs from. */
    static Optional<String> period(ViewContext c, Retention r) {
        return r.period().map(p -> {
            String words = c.period(p);
            if (r.from().isPresent()) {
                return c.t("retention.from." + r.from().get().keyword(), "period", words);
            }
            return c.text(r.fromText())
                    .map(event -> c.t("retention.from_text", "period", words, "event", event))
                    .orElse(words);
        });
    }
}
