package seloste.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import seloste.model.Art9Condition;
import seloste.model.LegalBasis;
import seloste.model.Purpose;
import seloste.render.NoticeView.Block;
import seloste.render.NoticeView.Field;
import seloste.render.NoticeView.Section;

/**
 * The rights of the data subject, chosen by the legal bases the notice relies on: portability only
 * with consent or contract (Art. 20(1)), the Art. 21(1) objection only with public task or
 * legitimate interests, the direct-marketing objection whenever a purpose markets directly, and
 * withdrawal of consent only where consent is relied on (Art. 7(3), 9(2)(a)).
 */
final class RightsSections {

    private RightsSections() {
    }

    static Section rights(ViewContext c) {
        List<Block> rights = new ArrayList<>();
        rights.add(right(c, "access", List.of()));
        rights.add(right(c, "rectification", List.of()));
        rights.add(right(c, "erasure", erasureLimits(c)));
        rights.add(right(c, "restriction", List.of()));
        List<Purpose> portable = purposes(c, p -> p.reliesOn(LegalBasis.CONSENT) || p.reliesOn(LegalBasis.CONTRACT)
                || explicitConsent(p));
        if (!portable.isEmpty()) {
            rights.add(right(c, "portability", List.of(appliesTo(c, "rights.applies_to", portable))));
        }
        List<Purpose> consented = purposes(c, p -> p.reliesOn(LegalBasis.CONSENT) || explicitConsent(p));
        if (!consented.isEmpty()) {
            List<Field> how = new ArrayList<>();
            for (Purpose p : consented) {
                how.add(Field.of(c.text(p.name()), c.text(p.withdrawal()).orElse(c.t("rights.withdrawal.how"))));
            }
            rights.add(Block.of("right-withdrawal", c.t("rights.withdrawal.heading"),
                    List.of(c.t("rights.withdrawal.text")), how));
        }
        List<Block> objections = new ArrayList<>();
        List<Purpose> objectable = purposes(c, p -> p.reliesOn(LegalBasis.PUBLIC_TASK)
                || p.reliesOn(LegalBasis.LEGITIMATE_INTERESTS));
        if (!objectable.isEmpty()) {
            objections.add(right(c, "objection", List.of(appliesTo(c, "rights.applies_to", objectable))));
        }
        List<Purpose> marketing = purposes(c, Purpose::directMarketing);
        if (!marketing.isEmpty()) {
            objections.add(right(c, "direct_marketing", List.of(appliesTo(c, "rights.applies_to", marketing))));
        }
        Block exercise = Block.of("exercising-rights", c.t("rights.request.heading"),
                List.of(request(c), c.t("rights.request.identity"), c.t("rights.request.response"),
                        c.t("rights.request.free")), List.of());
        return Section.of("rights", c.t("heading.rights"), List.of(c.t("rights.intro")), rights)
                .withObjections(objections)
                .withClosing(List.of(exercise));
    }

    private static Block right(ViewContext c, String key, List<String> more) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(c.t("rights." + key + ".text"));
        paragraphs.addAll(more);
        return Block.of("right-" + key.replace('_', '-'), c.t("rights." + key + ".heading"), paragraphs, List.of());
    }

    /** Art. 17(3)(b): no erasure of data needed for a legal obligation or a public task. */
    private static List<String> erasureLimits(ViewContext c) {
        List<String> limits = new ArrayList<>();
        List<Purpose> legal = purposes(c, p -> p.reliesOn(LegalBasis.LEGAL_OBLIGATION));
        if (!legal.isEmpty()) {
            limits.add(c.t("rights.erasure.limit_legal_obligation") + " "
                    + appliesTo(c, "rights.limit_applies_to", legal));
        }
        List<Purpose> task = purposes(c, p -> p.reliesOn(LegalBasis.PUBLIC_TASK));
        if (!task.isEmpty()) {
            limits.add(c.t("rights.erasure.limit_public_task") + " " + appliesTo(c, "rights.limit_applies_to", task));
        }
        return limits;
    }

    /** How to make a request: the notice's own words, else an e-mail address, else the controller. */
    private static String request(ViewContext c) {
        Optional<String> own = c.text(c.notice.rightsRequests());
        if (own.isPresent()) {
            return own.get();
        }
        Optional<String> email = c.notice.contact().flatMap(k -> k.email()).or(() -> c.controller.email());
        return email.map(e -> c.t("rights.request.email", "email", e)).orElse(c.t("rights.request.controller"));
    }

    private static boolean explicitConsent(Purpose p) {
        return p.art9Condition().filter(Art9Condition.EXPLICIT_CONSENT::equals).isPresent();
    }

    private static List<Purpose> purposes(ViewContext c, Predicate<Purpose> test) {
        return c.notice.purposes().stream().filter(test).toList();
    }

    private static String appliesTo(ViewContext c, String key, List<Purpose> purposes) {
        return c.t(key, "purposes", c.list(purposes.stream().map(p -> c.text(p.name())).toList()));
    }
}
