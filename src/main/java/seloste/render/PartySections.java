package seloste.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import seloste.model.Address;
import seloste.model.Contact;
import seloste.model.Controller;
import seloste.render.NoticeView.Block;
import seloste.render.NoticeView.Field;
import seloste.render.NoticeView.Section;

/** The sections about who is who: the controller, whom to contact, and the supervisory authority. */
final class PartySections {

    private PartySections() {
    }

    static Section controller(ViewContext c) {
        Controller ctl = c.controller;
        List<Field> fields = new ArrayList<>();
        fields.add(c.field("name", c.controllerName()));
        ctl.businessId().ifPresent(id -> fields.add(c.field("business_id", id)));
        fields.add(c.field("postal_address", address(c, ctl.postalAddress())));
        ctl.visitingAddress().ifPresent(a -> fields.add(c.field("visiting_address", address(c, a))));
        ctl.phone().ifPresent(p -> fields.add(c.field("phone", p)));
        ctl.email().ifPresent(e -> fields.add(c.emailField("email", e)));
        ctl.website().ifPresent(w -> fields.add(c.webField("website", w)));
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.untitled("controller-details", List.of(), fields, List.of()));
        ctl.representative().ifPresent(r -> blocks.add(Block.of("representative", c.t("controller.representative"),
                List.of(c.t("controller.representative_text")), contactFields(c, r))));
        return Section.of("controller", c.t("heading.controller"), List.of(), blocks);
    }

    static Section contact(ViewContext c) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        Optional<Contact> contact = c.notice.contact();
        if (contact.isPresent()) {
            blocks.add(Block.of("contact-person", c.t("contact.person"), List.of(), contactFields(c, contact.get())));
        } else {
            paragraphs.add(c.t("contact.controller"));
        }
        c.controller.dpo().ifPresent(d -> blocks.add(
                Block.of("dpo", c.t("contact.dpo"), List.of(c.t("contact.dpo_text")), contactFields(c, d))));
        return Section.of("contact", c.t("heading.contact"), paragraphs, blocks);
    }

    static Section complaint(ViewContext c) {
        List<Field> fields = List.of(
                c.field("visiting_address", c.t("authority.visiting_address")),
                c.field("postal_address", c.t("authority.postal_address")),
                c.field("switchboard", c.t("authority.switchboard")),
                c.field("registry", c.t("authority.registry")),
                c.emailField("email", c.t("authority.email")),
                c.webField("website", c.t("authority.website")));
        Block authority = Block.of("supervisory-authority", c.t("authority.name"), List.of(), fields);
        Block form = Block.untitled("complaint-form", List.of(c.t("complaint.form")), List.of(), List.of());
        return Section.of("complaint", c.t("heading.complaint"),
                List.of(c.t("complaint.right"), c.t("complaint.authority")), List.of(authority))
                .withClosing(List.of(form));
    }

    static List<Field> contactFields(ViewContext c, Contact contact) {
        List<Field> fields = new ArrayList<>();
        c.text(contact.name()).ifPresent(n -> fields.add(c.field("name", n)));
        contact.address().ifPresent(a -> fields.add(c.field("postal_address", address(c, a))));
        contact.phone().ifPresent(p -> fields.add(c.field("phone", p)));
        contact.email().ifPresent(e -> fields.add(c.emailField("email", e)));
        return fields;
    }

    /** One line: street, postal code and city, and the country when it is not Finland. */
    static String address(ViewContext c, Address a) {
        StringBuilder b = new StringBuilder(c.text(a.street()));
        b.append(", ").append(a.postalCode()).append(' ').append(c.text(a.city()));
        if (!a.country().strip().equalsIgnoreCase("FI")) {
            b.append(", ").append(c.country(a.country()));
        }
        return b.toString();
    }
}
